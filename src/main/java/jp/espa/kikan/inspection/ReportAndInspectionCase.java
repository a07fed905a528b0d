package jp.espa.kikan.inspection;

import static jp.espa.kikan.inspection.InspectionVariables.*;

import java.time.LocalDate;
import java.util.List;

import jp.espa.kikan.inspection.ReportAndInspectionRepository.InspectionRequest;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;

/**
 * One request for a report or an inspection (Art 58) as on record: the request and its case file. Each step checks what
 * the law allows on the facts given and returns the act to record; the service records it.
 */
public final class ReportAndInspectionCase {

    enum Kind {
        REPORT("報告又は資料の提出の求め"),
        INSPECTION("立入検査");

        final String labelJa;

        Kind(String labelJa) {
            this.labelJa = labelJa;
        }
    }

    /**
     * What the request serves (必要な限度において), and so the paragraph of Art 58 it rests on: a designation (Art 58(1),
     * reports only), or a provision Art 58(2) lists (Art 51; Art 52(6) and (10), including as Art 54(2) and 55(3)
     * apply them, which Art 56(1) extends to Art 58(2); Art 55(1) and (2)).
     */
    public enum Purpose {
        PLAN_REVIEW("導入等計画書に係る勧告・命令（法第52条第6項・第10項）", 2),
        PLAN_CHANGE("変更の案に係る勧告・命令（法第54条第2項において準用する法第52条第6項・第10項）", 2),
        POST_INTRODUCTION("導入後の勧告・命令（法第55条第1項・第2項、同条第3項において準用する法第52条第10項）", 2),
        COMPLIANCE("勧告・命令の履行状況（法第52条第6項・第10項、法第55条第1項・第2項）", 2),
        DESIGNATION("特定社会基盤事業者の指定（法第50条第1項）", 1),
        REVOCATION("特定社会基盤事業者の指定の解除（法第51条）", 2);

        final String labelJa;
        /** The paragraph of Art 58 the request rests on. */
        final int paragraph;

        Purpose(String labelJa, int paragraph) {
            this.labelJa = labelJa;
            this.paragraph = paragraph;
        }

        public String labelJa() {
            return labelJa;
        }

        public int paragraph() {
            return paragraph;
        }

        /** The key of Art 58(1) or (2) in the citations table (documents/citations.tsv). */
        public String citation() {
            return "ACT_58_" + paragraph;
        }

        /** The item of Art 96 that punishes a report not made or false: item 4 for Art 58(1), item 5 for Art 58(2). */
        public String penalty() {
            return paragraph == 1 ? "ACT_96_4" : "ACT_96_5";
        }

        String basisJa() {
            return "法第58条第" + paragraph + "項";
        }

        String penaltyJa() {
            return "法第96条第" + (paragraph == 1 ? 4 : 5) + "号";
        }
    }

    enum Status { AWAITING_REPORT, REPORT_OVERDUE, REPORT_RECEIVED, INSPECTION_SCHEDULED, CLOSED }

    /** The result a case ends with, from the act the last step recorded. */
    enum Result {
        REPORT_SUFFICIENT("報告を受領（内容は十分）"),
        REPORT_INSUFFICIENT("報告を受領（内容は不十分）"),
        NO_REPORT("期限までに報告なし（法第96条第4号又は第5号の対象となり得る事実を記録）"),
        INSPECTED("立入検査を実施"),
        INSPECTION_REFUSED("立入検査の拒否・妨害・忌避（法第96条第5号の対象となり得る事実を記録）");

        final String labelJa;

        Result(String labelJa) {
            this.labelJa = labelJa;
        }
    }

    /** An act of the case file: its type, day, decision and the day it sets (if any), and its content. */
    record Act(LegalActType type, LocalDate on, String decision, LocalDate effectiveOn, ActContent content) {

        static Act of(LegalActType type, LocalDate on, String decision, String text) {
            return new Act(type, on, decision, null, new ActContent.Note(text));
        }
    }

    private final InspectionRequest request;
    private final List<LegalAct> acts;
    private final StatutoryTime time;

    ReportAndInspectionCase(InspectionRequest request, List<LegalAct> acts, StatutoryTime time) {
        this.request = request;
        this.acts = acts;
        this.time = time;
    }

    InspectionRequest request() {
        return request;
    }

    Kind kind() {
        return Kind.valueOf(request.kind());
    }

    // ---- The request

    /** Art 58(1) reaches only reports: an inspection serves only the provisions of Art 58(2). */
    static void requireKindAllowed(Kind kind, Purpose purpose) {
        if (purpose.paragraph == 1 && kind == Kind.INSPECTION) {
            throw new InvalidInputException(PURPOSE, "指定のための求めは報告又は資料の提出に限られます（法第58条第1項）。"
                    + "立入検査は同条第2項に掲げる規定の施行に必要な限度においてのみ行うことができます。");
        }
    }

    /** The request's matters and day: a report is due after today, an inspection is planned for today or later. */
    static void checkRequest(Kind kind, String matters, LocalDate dueOn, LocalDate today) {
        if (matters == null || matters.isBlank() || matters.length() > 4000) {
            throw new InvalidInputException(MATTERS, "「求める事項・検査する事項」を4000字以内で入力してください。");
        }
        if (kind == Kind.REPORT && !dueOn.isAfter(today)) {
            throw new InvalidInputException(DUE_ON, "報告の期限は明日以降の日付にしてください。");
        }
        if (kind == Kind.INSPECTION && dueOn.isBefore(today)) {
            throw new InvalidInputException(DUE_ON, "立入検査の予定日は本日以降の日付にしてください。");
        }
    }

    static Status firstStatus(Kind kind) {
        return kind == Kind.REPORT ? Status.AWAITING_REPORT : Status.INSPECTION_SCHEDULED;
    }

    /** 報告徴収 or 立入検査の決定: the act of the request, with its basis, purpose and matters. */
    Act requested() {
        Kind kind = kind();
        Purpose purpose = Purpose.valueOf(request.purpose());
        return new Act(kind == Kind.REPORT ? LegalActType.REPORT_REQUESTED : LegalActType.INSPECTION_DECIDED,
                request.requestedOn(), kind.name(), request.dueOn(), new ActContent.Note(kind.labelJa + "（"
                + purpose.basisJa() + "）。目的: " + purpose.labelJa + (request.applicationNumber() == null ? ""
                : "（受付番号 " + request.applicationNumber() + "）") + "。事項: " + request.matters()));
    }

    // ---- The operator's report

    static void checkReport(String summary) {
        if (summary == null || summary.isBlank() || summary.length() > 4000) {
            throw new InvalidInputException("summary", "報告の内容（summary）を4000文字以内で記載してください。");
        }
    }

    /** A report filed after the due date is accepted as LATE, until the ministry records that none came. */
    Act reportSubmitted(String summary) {
        LocalDate today = time.today();
        return Act.of(LegalActType.REPORT_SUBMITTED, today, today.isAfter(request.dueOn()) ? "LATE" : "ON_TIME", summary.strip());
    }

    // ---- The ministry's steps

    /** A report is missing only from the day after its due date: the operator may report on that day itself. */
    void requireDuePassed() {
        time.requireReached(request.dueOn().plusDays(1), "報告がない旨の記録", "報告の期限 " + request.dueOn());
    }

    /** 報告の確認: whether the report answers what was asked. */
    Act reportReviewed(boolean sufficient, String note) {
        requireLength(REPORT_REVIEW_NOTE, note, 4000);
        return Act.of(LegalActType.REPORT_REVIEWED, time.today(), sufficient ? "SUFFICIENT" : "INSUFFICIENT", note);
    }

    /** 期限までに報告なし: the official records the non-compliance, a fact relevant to the penalty of Art 96. */
    Act reportMissing(String note) {
        requireDuePassed();
        Purpose purpose = Purpose.valueOf(request.purpose());
        requireLength(NON_COMPLIANCE_NOTE, note, 3000);
        return Act.of(LegalActType.REPORT_NOT_SUBMITTED, time.today(), null, "期限（" + request.dueOn() + "）までに"
                + purpose.basisJa() + "の規定による報告がない（" + purpose.penaltyJa() + "の罰則の対象となり得る事実）。" + note);
    }

    /**
     * 立入検査の記録: on a day from the request to today, by the officials named, who carried and showed their
     * identification card (Art 58(3)); whether the operator let them inspect, and what they found.
     */
    Act inspected(LocalDate inspectedOn, String inspectors, String places, boolean idCardShown, boolean refusedOrObstructed,
                  String result) {
        if (inspectedOn.isBefore(request.requestedOn()) || inspectedOn.isAfter(time.today())) {
            throw new InvalidInputException(INSPECTED_ON, "検査日は立入検査の決定日（" + request.requestedOn() + "）以後、本日以前にしてください。");
        }
        requireLength(INSPECTORS, inspectors, 500);
        requireLength(PLACES_INSPECTED, places, 500);
        requireLength(INSPECTION_RESULT, result, 2500);
        if (!idCardShown) {
            throw new InvalidInputException(ID_CARD_SHOWN,
                    "立入検査をする職員は、その身分を示す証明書を携帯し、関係人の請求があったときは、これを提示しなければなりません（法第58条第3項）。");
        }
        return new Act(LegalActType.INSPECTION_CONDUCTED, time.today(), refusedOrObstructed ? "REFUSED_OR_OBSTRUCTED" : "COMPLETED",
                inspectedOn, new ActContent.Note("検査職員: " + inspectors + "（身分証明書を提示）。場所: " + places + "。結果: " + result
                + (refusedOrObstructed ? "（検査の拒否・妨害・忌避: 法第96条第5号の罰則の対象となり得る事実）" : "")));
    }

    /** The act the case ends on: the review of the report, the record of none, or the inspection. */
    LegalAct lastStep() {
        return acts.stream().filter(a -> a.actType() == LegalActType.REPORT_REVIEWED
                        || a.actType() == LegalActType.REPORT_NOT_SUBMITTED || a.actType() == LegalActType.INSPECTION_CONDUCTED)
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("Nothing to conclude in " + request.caseNumber()));
    }

    /** 結果の記録: the case ends with the result of the act its last step recorded. */
    Result result() {
        LegalAct last = lastStep();
        return switch (last.actType()) {
            case REPORT_REVIEWED -> "SUFFICIENT".equals(last.decision()) ? Result.REPORT_SUFFICIENT : Result.REPORT_INSUFFICIENT;
            case REPORT_NOT_SUBMITTED -> Result.NO_REPORT;
            default -> "COMPLETED".equals(last.decision()) ? Result.INSPECTED : Result.INSPECTION_REFUSED;
        };
    }

    Act concluded(Result result) {
        return Act.of(LegalActType.INSPECTION_CONCLUDED, time.today(), result.name(), result.labelJa);
    }

    /** The case file keeps at most 8,000 characters an act; each field has its share. */
    private static void requireLength(String field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidInputException(field, max + "字以内で入力してください。");
        }
    }
}
