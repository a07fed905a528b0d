package jp.espa.kikan.designation;

import java.time.LocalDate;

import jp.espa.kikan.registry.Designation;

/** The contents of the notices of the ordinance's forms, as sent to the operator and published. */
final class Notices {

    static final String DESIGNATION_FORM = "FORM_1";
    static final String CHANGE_FORM = "FORM_2";
    static final String REVOCATION_FORM = "FORM_3";

    private Notices() {
    }

    /** 様式第一: name, address, business and date of the designation (Art 50(2)). */
    static String designation(Designation d, String sectorName) {
        return "特定社会基盤事業者指定通知書（様式第一）\n"
                + "名称: " + d.operatorName() + "\n住所: " + d.operatorAddress() + "\n法人番号: " + d.corporateNumber()
                + "\n特定社会基盤事業: " + sectorName + "\n指定日: " + d.designatedOn()
                + "\n経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律第50条第1項の規定により、"
                + "特定社会基盤事業者として指定します。\n（法第53条により、" + d.graceEndsOn() + "までは導入等計画書の届出義務の猶予期間です。）";
    }

    /** 様式第二: the changed name or address as published. */
    static String change(Designation d, String sectorName, String kindLabel, String oldValue, String newValue,
                         LocalDate effectiveOn) {
        return "特定社会基盤事業者の名称等の変更（様式第二）\n"
                + "特定社会基盤事業: " + sectorName + "\n法人番号: " + d.corporateNumber()
                + "\n変更事項: " + kindLabel + "\n変更前: " + oldValue + "\n変更後: " + newValue + "\n変更日: " + effectiveOn;
    }

    /** 様式第三: the revocation (Art 51). */
    static String revocation(Designation d, String sectorName, LocalDate revokedOn, String reason) {
        return "特定社会基盤事業者指定解除通知書（様式第三）\n"
                + "名称: " + d.operatorName() + "\n住所: " + d.operatorAddress() + "\n法人番号: " + d.corporateNumber()
                + "\n特定社会基盤事業: " + sectorName + "\n解除日: " + revokedOn + "\n理由: " + reason
                + "\n法第51条の規定により、特定社会基盤事業者の指定を解除します。";
    }
}
