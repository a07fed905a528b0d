package jp.espa.kikan.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;

/** A case as the API shows it: status, dates and the legal acts; parties without officers' personal data. */
record ScreeningView(UUID caseId, String applicationNumber, CaseKind kind, CaseStatus status, Outcome outcome,
                     String outcomeLabel, String operatorCorporateNumber, String operatorName, String sectorCode,
                     String equipmentCategoryCode, LocalDate receivedOn, LocalDate acceptedOn, LocalDate periodLastDay,
                     LocalDate extensionCap, LocalDate replyDueOn,
                     LocalDate introductionAllowedFrom, List<PartyView> parties, List<LegalAct> acts) {

    record PartyView(PartyRole role, String name, String countryOfIncorporation, String plantCountry,
                     BigDecimal foreignGovernmentSalesShare, int officerCount) {
    }

    /** The case file's personal part: the parties as filed, for the competent ministry and the filer only. */
    record CaseFileView(UUID caseId, List<PlanParty> parties) {
    }

    /**
     * The answer to a filing: where the case stands and its clocks. Until the ministry's formal check accepts the plan
     * (受理), the dates are provisional: what they will be if it is accepted as of its arrival.
     */
    record Receipt(UUID caseId, String applicationNumber, CaseStatus status, LocalDate receivedOn, LocalDate acceptedOn,
                   boolean provisional, LocalDate standstillLastDay, LocalDate introductionAllowedFrom,
                   LocalDate extensionCap, boolean voluntary, String note) {

        /** {@code graceEndsOn}: the Art 53 grace of the operator's designation; a plan filed inside it is voluntary. */
        static Receipt of(ScreeningCaseRow c, LocalDate graceEndsOn, StatutoryPeriods periods) {
            boolean voluntary = graceEndsOn != null && !c.receivedOn().isAfter(graceEndsOn);
            boolean provisional = c.status() == CaseStatus.AWAITING_ACCEPTANCE || c.status() == CaseStatus.AWAITING_CORRECTION;
            LocalDate lastDay = provisional ? periods.standstillLastDay(c.receivedOn()) : c.periodLastDay();
            LocalDate cap = provisional ? periods.extensionCap(c.receivedOn()) : c.extensionCap();
            return new Receipt(c.id(), c.applicationNumber(), c.status(), c.receivedOn(), c.acceptedOn(), provisional,
                    lastDay, lastDay == null ? null : lastDay.plusDays(1), cap, voluntary,
                    voluntary ? "Filed within the grace period of the designation (Art 53, until " + graceEndsOn
                            + "): the duty to file does not yet apply; the plan is screened as filed." : null);
        }
    }

    static ScreeningView of(ScreeningCaseRow c, List<PlanParty> parties, List<LegalAct> acts) {
        return new ScreeningView(c.id(), c.applicationNumber(), c.kind(), c.status(), c.outcome(),
                c.outcome() == null ? null : c.outcome().labelJa(), c.corporateNumber(), c.operatorName(),
                c.sectorCode(), c.equipmentCategoryCode(), c.receivedOn(), c.acceptedOn(), c.periodLastDay(), c.extensionCap(),
                replyDueOn(c, acts), introductionAllowedFrom(c),
                parties.stream().map(p -> new PartyView(p.role(), p.name(), p.countryOfIncorporation(), p.plantCountry(),
                        p.foreignGovernmentSalesShare(), p.officers().size())).toList(),
                acts);
    }

    /** The last day of the operator's reply (Art 52(7)) while one is awaited: the pending recommendation's. */
    private static LocalDate replyDueOn(ScreeningCaseRow c, List<LegalAct> acts) {
        return c.status() != CaseStatus.AWAITING_REPLY ? null : acts.stream()
                .filter(act -> act.actType() == LegalActType.RECOMMENDATION).reduce((earlier, later) -> later)
                .map(LegalAct::dueOn).orElse(null);
    }

    /** When the operator may introduce: after the (possibly shortened or extended) period, unless an order stands. */
    private static LocalDate introductionAllowedFrom(ScreeningCaseRow c) {
        if (c.outcome() == null || c.periodLastDay() == null) {
            return null;
        }
        return switch (c.outcome()) {
            case NO_CONCERNS, PERIOD_ENDED_NO_RECOMMENDATION, REFUSAL_JUSTIFIED, NO_ORDER, PERIOD_ENDED_NO_ORDER ->
                    c.periodLastDay().plusDays(1);
            // after introduction (Art 55) there is no period: the equipment is in service already
            case RECOMMENDATION_ACCEPTED, EXEMPT, ORDER_ISSUED, NOT_RECOMMENDED -> null;
        };
    }
}
