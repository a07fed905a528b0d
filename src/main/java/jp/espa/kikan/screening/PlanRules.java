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
            throw new InvalidInputException(prefix + "parties", "An introduction plan names at least one SUPPLIER.");
        }
        if (kind == PlanKind.ENTRUSTMENT) {
            if (!roles.contains(PartyRole.CONTRACTOR)) {
                throw new InvalidInputException(prefix + "parties", "An entrustment plan names at least one CONTRACTOR.");
            }
            if (plan.plannedUntil() == null) {
                throw new InvalidInputException(prefix + "plannedUntil", "An entrustment plan states the last day of the entrustment.");
            }
        }
        if (plan.plannedUntil() != null && plan.plannedUntil().isBefore(plan.plannedFrom())) {
            throw new InvalidInputException(prefix + "plannedUntil", "Must not be before plannedFrom.");
        }
        for (int i = 0; i < parties.size(); i++) {
            checkParty(kind, parties.get(i), prefix + "parties[" + i + "].");
        }
    }

    private static void checkParty(PlanKind kind, Party party, String field) {
        if (party.role() == PartyRole.RECONTRACTOR && kind != PlanKind.ENTRUSTMENT) {
            throw new InvalidInputException(field + "role", "Re-contractors appear only in entrustment plans.");
        }
        if (party.role() == PartyRole.COMPONENT_SUPPLIER && isBlank(party.componentItem())) {
            throw new InvalidInputException(field + "componentItem", "A component supplier names the component it supplies.");
        }
        boolean supplies = party.role() == PartyRole.SUPPLIER || party.role() == PartyRole.COMPONENT_SUPPLIER;
        if (supplies && party.plantCountry() == null) {
            throw new InvalidInputException(field + "plantCountry", "Suppliers state the country of the manufacturing plant.");
        }
        if (!supplies && party.plantCountry() != null) {
            throw new InvalidInputException(field + "plantCountry", "Only suppliers state a plant country.");
        }
        if ("JP".equals(party.countryOfIncorporation()) && !CorporateNumber.isValid(party.corporateNumber())) {
            throw new InvalidInputException(field + "corporateNumber",
                    "A company incorporated in Japan is identified by a valid 13-digit corporate number (check digit).");
        }
        if (!"JP".equals(party.countryOfIncorporation()) && party.corporateNumber() != null) {
            throw new InvalidInputException(field + "corporateNumber",
                    "Foreign companies are identified by name and country, without a corporate number.");
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
