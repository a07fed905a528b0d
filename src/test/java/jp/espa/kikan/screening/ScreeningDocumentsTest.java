package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.registry.ScreeningCase;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.support.PdfText;
import jp.espa.kikan.support.NoticePictures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every written act of the screening produces its document when the act is recorded: kept with the act (by its id),
 * numbered in the competent ministry's series, hashed; its text says what the act said, in 令和 dates.
 */
class ScreeningDocumentsTest extends ProcessTestSupport {

    record Kept(String kind, String actType, String number, String sha256, byte[] content) {
    }

    @BeforeEach
    void onTheDayOfFiling() {
        today("2026-11-26");
    }

    @Test
    void acceptanceExtensionRecommendationOpportunityAndOrderEachIssueTheirDocument() throws Exception {
        ScreeningCase c = file(TestPlans.introduction(nextApplicationNumber("DOC"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "供給者の資本関係の追加調査",
                "extendedLastDay", "2027-02-26"));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "外国政府の影響"));
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "勧告相当との意見"));
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-11-26",
                "recommendationDeliveredOn", "2026-11-26", "recommendationMeasures", "CHANGE_PLAN",
                "recommendationContent", "構成設備の供給者の変更"));
        service.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
        complete(c, "Task_AssessRefusal", Map.of("refusalJustified", false, "refusalAssessment", "理由は正当でない"));
        complete(c, "Task_DecideOrder", Map.of("issueOrder", true, "orderContent", "構成設備の供給者の変更を命ずる",
                "orderDecisionReason", "勧告に正当な理由なく従わない"));
        complete(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "命令相当との意見"));
        complete(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2026-11-26", "orderDeliveredOn", "2026-11-26", "orderComplyBy", "2030-03-29",
                "orderContent", "構成設備の供給者の変更を命ずる"));

        List<Kept> kept = documents(c);
        // no opportunity to explain before the order (Art 88 of the Act sets APA Chapter 3 aside for it)
        assertThat(kept).extracting(Kept::kind).containsExactly("ACCEPTANCE_NOTICE", "EXTENSION_NOTICE", "RECOMMENDATION", "ORDER");
        assertThat(kept).extracting(Kept::actType).containsExactly("ACCEPTANCE", "EXTENSION_NOTICE", "RECOMMENDATION", "ORDER");
        int first = number(kept.get(0));
        for (int i = 0; i < kept.size(); i++) {
            Kept d = kept.get(i);
            NoticePictures.keep(d.kind(), d.content());
            assertThat(d.sha256()).as("hash recorded = hash of the bytes kept").isEqualTo(sha256(d.content()));
            assertThat(d.number()).as("MLIT's series, consecutive").isEqualTo("国経安第" + (first + i) + "号");
            assertThat(PdfText.of(d.content())).contains("サンプル鉄道株式会社（デモ）代表取締役社長架空二郎殿",
                    "国土交通大臣見本三郎", d.number());
        }
        assertThat(PdfText.of(kept.get(0).content())).contains("令和8年11月26日に受理", "令和8年12月25日", "令和9年3月25日");
        assertThat(PdfText.of(kept.get(1).content())).contains("令和9年2月26日までとした", "供給者の資本関係の追加調査");
        for (Kept d : kept) {
            assertThat(PdfText.of(d.content())).as("同法 after the first full mention").doesNotContain("経済安全保障推進法第");
        }
        // the recommendation: the measure by its one label, the facts found, the reasons, how and by when to reply
        assertThat(PdfText.of(kept.get(2).content())).contains("「経済安全保障推進法」という。）第五十二条第六項",
                "構成設備の供給者の変更", "導入等計画書の内容の変更", "供給者等のリスク評価において、次の事項が認められた",
                "ExampleComponentsLtd.：外国で設立された法人", "外国政府の影響", "様式第六", "令和8年12月7日").doesNotContain("delivered");
        // the order: only the ground that applies, the facts, why the reply's reasons fail, the day to comply by
        assertThat(PdfText.of(kept.get(3).content())).contains("同法第五十二条第十項",
                "勧告を応諾しない旨の通知をし、応諾しないことについて正当な理由がないと認められる",
                "令和8年11月26日、貴社に対し、導入等計画書の内容の変更（構成設備の供給者の変更）を勧告し",
                "応諾しない旨及びその理由として「費用が過大」を通知した", "理由は正当でない",
                "令和12年3月29日までに", "構成設備の供給者の変更を命ずる", "勧告に正当な理由なく従わない", "【教示】",
                "国土交通大臣に対して審査請求")
                .doesNotContain("又は応諾するかどうかを通知しなかった", "行政手続法第十四条");
    }

    @Test
    void aCorrectionRequestAndAShorteningIssueTheirDocuments() {
        ScreeningCase c = file(TestPlans.introduction(nextApplicationNumber("DOC"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", false, "correctionRequest", "構成設備の供給者の役員の国籍を記載"));
        assertThat(documents(c)).extracting(Kept::kind).containsExactly("CORRECTION_REQUEST");
        NoticePictures.keep("CORRECTION_REQUEST", documents(c).get(0).content());
        assertThat(PdfText.of(documents(c).get(0).content())).contains("構成設備の供給者の役員の国籍を記載", "令和8年11月26日付け");

        ScreeningCase other = file(TestPlans.introduction(nextApplicationNumber("DOC"), LocalDate.of(2026, 11, 26)));
        complete(other, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(other, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "国内供給者のみ",
                "shortenStandstill", true, "shortenedLastDay", "2026-12-01"));
        assertThat(documents(other)).extracting(Kept::kind).containsExactly("ACCEPTANCE_NOTICE", "SHORTENING_NOTICE");
        NoticePictures.keep("SHORTENING_NOTICE", documents(other).get(1).content());
        assertThat(PdfText.of(documents(other).get(1).content())).contains("令和8年12月1日までとした", "令和8年12月2日以後",
                "令和8年12月25日", "国内供給者のみ");
    }

    private List<Kept> documents(ScreeningCase c) {
        return jdbc.query("""
                        select d.kind, a.act_type, d.document_number, d.sha256, d.content from document d
                        join case_act a on a.id = d.case_act_id where d.procedure = 'SCREENING' and d.case_number = ?
                        order by d.issued_at""",
                (rs, i) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5)),
                c.applicationNumber());
    }

    private static int number(Kept d) {
        return Integer.parseInt(d.number().replaceAll("\\D", ""));
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
