package jp.espa.kikan.documents;

import java.util.Arrays;
import java.util.Optional;

import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;

/**
 * The written acts of the procedures, each with the legal act that issues it and its template in {@code documents/}.
 * A disposition (designation, revocation, order) carries the 教示; {@code toOperator} says whether the document is
 * addressed to the operator of the case (and so reaches the portal that represents it).
 */
public enum DocumentKind {
    ACCEPTANCE_NOTICE(Procedure.SCREENING, LegalActType.ACCEPTANCE, null, "acceptance-notice", "導入等計画書の受理について（通知）", false, true),
    CORRECTION_REQUEST(Procedure.SCREENING, LegalActType.CORRECTION_REQUESTED, null, "correction-request", "導入等計画書の補正について（求め）", false, true),
    SHORTENING_NOTICE(Procedure.SCREENING, LegalActType.SHORTENING_NOTICE, null, "shortening-notice", "導入等の禁止期間の短縮について（通知）", false, true),
    EXTENSION_NOTICE(Procedure.SCREENING, LegalActType.EXTENSION_NOTICE, null, "extension-notice", "導入等の禁止期間の延長について（通知）", false, true),
    RECOMMENDATION(Procedure.SCREENING, LegalActType.RECOMMENDATION, null, "recommendation", "勧告書", false, true),
    ORDER(Procedure.SCREENING, LegalActType.ORDER, null, "order", "命令書", true, true),
    OPPORTUNITY_TO_EXPLAIN(Procedure.DESIGNATION, LegalActType.OPPORTUNITY_TO_EXPLAIN, "GIVEN", "opportunity-to-explain", "弁明の機会の付与について（通知）", false, true),
    DESIGNATION_NOTICE(Procedure.DESIGNATION, LegalActType.DESIGNATION, null, "designation-notice", "特定社会基盤事業者指定通知書", true, true),
    CHANGE_PUBLICATION(Procedure.DESIGNATION, LegalActType.CHANGE_PUBLISHED, null, "change-publication", "特定社会基盤事業者の名称等の変更の公示", false, true),
    REVOCATION_NOTICE(Procedure.DESIGNATION, LegalActType.REVOCATION, null, "revocation-notice", "特定社会基盤事業者指定解除通知書", true, true),
    PUBLIC_COMMENT_RESULTS(Procedure.SECTOR_ADDITION, LegalActType.PUBLIC_COMMENT_RESULTS, null, "public-comment-results", "意見公募手続の結果の公示", false, false),
    REPORT_REQUEST(Procedure.INSPECTION, LegalActType.REPORT_REQUESTED, null, "report-request", "報告又は資料の提出について（求め）", false, true),
    EXEMPTION_CONFIRMATION(Procedure.SCREENING, LegalActType.EXEMPTION_CHECKED, "CONFIRMED", "exemption-confirmation", "導入等計画書の届出を要しない者からの導入であることの確認について（通知）", false, true);

    private final Procedure procedure;
    private final LegalActType actType;
    private final String decision;
    private final String template;
    private final String title;
    private final boolean disposition;
    private final boolean toOperator;

    DocumentKind(Procedure procedure, LegalActType actType, String decision, String template, String title,
                 boolean disposition, boolean toOperator) {
        this.procedure = procedure;
        this.actType = actType;
        this.decision = decision;
        this.template = template;
        this.title = title;
        this.disposition = disposition;
        this.toOperator = toOperator;
    }

    /** The document an act issues, if it is a written act (an opportunity to explain only when it was given). */
    public static Optional<DocumentKind> issuedBy(Procedure procedure, LegalAct act) {
        return Arrays.stream(values())
                .filter(kind -> kind.procedure == procedure && kind.actType == act.actType()
                        && (kind.decision == null || kind.decision.equals(act.decision())))
                .findFirst();
    }

    public Procedure procedure() {
        return procedure;
    }

    public LegalActType actType() {
        return actType;
    }

    String template() {
        return template + ".ftlh";
    }

    public String title() {
        return title;
    }

    public boolean disposition() {
        return disposition;
    }

    public boolean toOperator() {
        return toOperator;
    }
}
