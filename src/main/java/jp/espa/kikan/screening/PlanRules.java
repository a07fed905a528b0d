package jp.espa.kikan.screening;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.espa.kikan.registry.CorporateNumber;
import jp.espa.kikan.screening.PlanSubmission.Party;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.platform.InvalidInputException;

/** The rules of a plan's contents that bean validation cannot express (Art 52(2) and the ordinances' forms). */
final class PlanRules {

    private PlanRules() {
    }

    static void check(PlanKind kind, PlanContent plan, String prefix) {
        List<Party> parties = plan.parties();
        Set<PartyRole> roles = parties.stream().map(Party::role).collect(Collectors.toSet());
        if (kind == PlanKind.INTRODUCTION && !roles.contains(PartyRole.SUPPLIER)) {
            throw new InvalidInputException(prefix + "parties", "導入計画には供給者（SUPPLIER）を1者以上記載してください。");
        }
        if (kind == PlanKind.ENTRUSTMENT) {
            if (!roles.contains(PartyRole.CONTRACTOR)) {
                throw new InvalidInputException(prefix + "parties", "委託計画には委託の相手方（CONTRACTOR）を1者以上記載してください。");
            }
            if (plan.plannedUntil() == null) {
                throw new InvalidInputException(prefix + "plannedUntil", "委託計画には委託の終了日（plannedUntil）を記載してください。");
            }
        }
        if (plan.plannedUntil() != null && plan.plannedUntil().isBefore(plan.plannedFrom())) {
            throw new InvalidInputException(prefix + "plannedUntil", "開始日（plannedFrom）より前の日にはできません。");
        }
        for (int i = 0; i < parties.size(); i++) {
            checkParty(kind, parties.get(i), prefix + "parties[" + i + "].");
        }
    }

    private static void checkParty(PlanKind kind, Party party, String field) {
        if (party.role() == PartyRole.RECONTRACTOR && kind != PlanKind.ENTRUSTMENT) {
            throw new InvalidInputException(field + "role", "再委託先は委託計画にのみ記載します。");
        }
        if (party.role() == PartyRole.COMPONENT_SUPPLIER && isBlank(party.componentItem())) {
            throw new InvalidInputException(field + "componentItem", "構成設備の供給者には、供給する構成設備を記載してください。");
        }
        boolean supplies = party.role() == PartyRole.SUPPLIER || party.role() == PartyRole.COMPONENT_SUPPLIER;
        if (supplies && party.plantCountry() == null) {
            throw new InvalidInputException(field + "plantCountry", "供給者には製造工場の所在国を記載してください。");
        }
        if (!supplies && party.plantCountry() != null) {
            throw new InvalidInputException(field + "plantCountry", "製造工場の所在国は供給者についてのみ記載します。");
        }
        if ("JP".equals(party.countryOfIncorporation()) && !CorporateNumber.isValid(party.corporateNumber())) {
            throw new InvalidInputException(field + "corporateNumber",
                    "日本法人は正しい13桁の法人番号（検査用数字を含む）で特定してください。");
        }
        if (!"JP".equals(party.countryOfIncorporation()) && party.corporateNumber() != null) {
            throw new InvalidInputException(field + "corporateNumber",
                    "外国法人は名称と国で特定し、法人番号は記載しません。");
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
