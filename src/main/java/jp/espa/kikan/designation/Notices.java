package jp.espa.kikan.designation;

import java.time.LocalDate;

import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.registry.Designation;

/**
 * The contents of the notices of the ordinance's forms, as sent to the operator and published. A designation and a
 * revocation are dispositions: their notices state the reasons (Administrative Procedure Act Art 14, as a designation
 * imposes the duties of Art 52-55) and how to appeal (教示, Administrative Appeal Act Art 82, Case Litigation Act Art 46).
 */
final class Notices {

    static final String DESIGNATION_FORM = "FORM_1";
    static final String CHANGE_FORM = "FORM_2";
    static final String REVOCATION_FORM = "FORM_3";

    /** What a late change notice may entail: the criminal fine, not an administrative penalty (過料). */
    static final String LATE_CHANGE_NOTICE_PENALTY = Articles.ART_96_6 + "の罰金（三十万円以下。法人には"
            + Articles.ART_97 + "により同条の罰金刑）の対象となり得ます";

    private Notices() {
    }

    /**
     * Whether a notice's contents are themselves what the gazette publishes: a change's publication (Art 50(2) 後段) is.
     * The designation's and the revocation's notices are addressed to the operator with their reasons; the gazette
     * publishes their particulars only (Art 50(2) 前段, Art 51 後段), which the registry shows as its entry.
     */
    static boolean isPublication(String form) {
        return CHANGE_FORM.equals(form);
    }

    /** 様式第一: name, address, business and date of the designation (Art 50(2)), its reasons and the 教示. */
    static String designation(Designation d, String sectorName, String reasons, String authority) {
        return "特定社会基盤事業者指定通知書（様式第一）\n"
                + "名称: " + d.operatorName() + "\n住所: " + d.operatorAddress() + "\n法人番号: " + d.corporateNumber()
                + "\n特定社会基盤事業: " + sectorName + "\n指定日: " + d.designatedOn()
                + "\n" + Articles.ACT_DEFINED + "第五十条第一項の規定により、"
                + "特定社会基盤事業者として指定します。"
                + "\n【理由】\n" + reasons.strip()
                + "\n（" + Articles.ART_53_1 + "により、" + d.graceEndsOn() + "までは導入等計画書の届出義務の猶予期間です。）\n"
                + AppealInstructions.text(authority);
    }

    /** The changed name or address as published (Art 50(2) 後段; 様式第二 is the operator's own notice of it). */
    static String change(Designation d, String sectorName, String kindLabel, String oldValue, String newValue,
                         LocalDate effectiveOn) {
        return "特定社会基盤事業者の名称等の変更の公示\n"
                + "特定社会基盤事業: " + sectorName + "\n法人番号: " + d.corporateNumber()
                + "\n変更事項: " + kindLabel + "\n変更前: " + oldValue + "\n変更後: " + newValue + "\n変更日: " + effectiveOn;
    }

    /** 様式第三: the revocation (Art 51 前段), its reasons and the 教示. */
    static String revocation(Designation d, String sectorName, LocalDate revokedOn, String reason, String authority) {
        return "特定社会基盤事業者指定解除通知書（様式第三）\n"
                + "名称: " + d.operatorName() + "\n住所: " + d.operatorAddress() + "\n法人番号: " + d.corporateNumber()
                + "\n特定社会基盤事業: " + sectorName + "\n解除日: " + revokedOn
                + "\n" + Articles.ART_51_FORMER + "の規定により、特定社会基盤事業者の指定を解除します。"
                + "\n【理由】\n" + reason.strip() + "\n"
                + AppealInstructions.text(authority);
    }
}
