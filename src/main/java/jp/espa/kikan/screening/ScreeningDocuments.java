package jp.espa.kikan.screening;

import static jp.espa.kikan.documents.DocumentModel.TO_BE_ENTERED;
import static jp.espa.kikan.documents.DocumentModel.authority;
import static jp.espa.kikan.documents.DocumentModel.era;

import java.time.LocalDate;
import java.util.Optional;

import jp.espa.kikan.documents.CaseDocuments;
import jp.espa.kikan.documents.CaseRef;
import jp.espa.kikan.documents.Citations;
import jp.espa.kikan.documents.DocumentKind;
import jp.espa.kikan.documents.DocumentModel;
import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.CompetentOrdinance;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.Acceptance;
import jp.espa.kikan.registry.ActContent.CorrectionRequest;
import jp.espa.kikan.registry.ActContent.ExemptionCheck;
import jp.espa.kikan.registry.ActContent.ExemptionClaim;
import jp.espa.kikan.registry.ActContent.Order;
import jp.espa.kikan.registry.ActContent.PeriodChange;
import jp.espa.kikan.registry.ActContent.Recommendation;
import jp.espa.kikan.registry.ActContent.RiskAssessment;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.ExemptionGround;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.ParentControl;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;

import org.springframework.stereotype.Component;

/** What the written acts of a screening (Art 52-56) say, from the case, its plan and its case file. */
@Component
class ScreeningDocuments implements CaseDocuments {

    private final ScreeningRepository screenings;
    private final CaseFile caseFile;
    private final SectorRegistry sectors;
    private final StatutoryPeriods periods;
    private final Citations citations;

    ScreeningDocuments(ScreeningRepository screenings, CaseFile caseFile, SectorRegistry sectors, StatutoryPeriods periods,
                       Citations citations) {
        this.screenings = screenings;
        this.caseFile = caseFile;
        this.sectors = sectors;
        this.periods = periods;
        this.citations = citations;
    }

    @Override
    public Procedure procedure() {
        return Procedure.SCREENING;
    }

    @Override
    public Optional<CaseRef> caseRef(String applicationNumber) {
        return screenings.findByApplicationNumber(applicationNumber)
                .map(c -> CaseRef.inSector(sectors.sector(c.sectorCode()).orElseThrow(), c.operatorId()));
    }

    @Override
    public void fill(DocumentKind kind, String applicationNumber, Optional<LegalAct> act, DocumentModel m) {
        ScreeningCaseRow c = screenings.findByApplicationNumber(applicationNumber).orElseThrow();
        Sector sector = sectors.sector(c.sectorCode()).orElseThrow();
        m.addressedTo(c.operatorId(), sector);
        m.put("applicationNumber", c.applicationNumber());
        m.put("sectorName", sector.nameJa());
        m.put("equipmentName", sectors.equipmentCategory(c.equipmentCategoryCode()).map(EquipmentCategory::nameJa)
                .orElse(c.equipmentCategoryCode()));
        m.put("outline", c.outline());
        m.put("receivedOn", era(c.receivedOn()));
        m.put("acceptedOn", era(c.acceptedOn()));
        m.put("extensionCap", era(c.extensionCap()));
        boolean afterIntroduction = c.kind() == CaseKind.EMERGENCY_NOTIFICATION || latest(c, LegalActType.POST_INTRODUCTION_REVIEW_STARTED).isPresent();
        m.put("afterIntroduction", afterIntroduction);
        // after an emergency notification Art 55(2) applies, after a plan's introduction Art 55(1): as the decision to
        // recommend recorded it (cases of earlier releases have none: their kind tells)
        m.put("recommendedUnder", latest(c, LegalActType.RECOMMENDATION_DECIDED)
                .map(a -> a.content(ActContent.RecommendationDecision.class).provision())
                .orElse(c.kind() == CaseKind.EMERGENCY_NOTIFICATION ? "ACT_55_2" : "ACT_55_1"));
        // the emergency case of the ordinance the notification relied on (Art 52(1) proviso), for the notices naming it
        latest(c, LegalActType.EMERGENCY_NOTIFICATION_RECEIPT).map(a -> a.content(ActContent.EmergencyNotificationReceipt.class))
                .filter(receipt -> receipt.emergencyCase() != null).ifPresent(receipt -> {
                    m.put("emergencyCase", receipt.emergencyCase().labelJa());
                    m.put("emergencyProvision", receipt.provision());
                });
        m.dated(act, kind == DocumentKind.ACCEPTANCE_NOTICE ? accepted(c) : null);
        switch (kind) {
            case ACCEPTANCE_NOTICE -> {
                LocalDate accepted = m.day();
                m.put("acceptedOn", era(accepted));
                m.put("periodLastDay", era(act.map(a -> a.content(Acceptance.class).periodLastDay())
                        .orElseGet(() -> periods.standstillLastDay(accepted))));
                m.put("extensionCap", era(act.map(a -> a.content(Acceptance.class).extensionCap())
                        .orElseGet(() -> periods.extensionCap(accepted))));
            }
            case CORRECTION_REQUEST -> m.put("matters", act.map(a -> a.content(CorrectionRequest.class).matters())
                    .or(() -> latest(c, LegalActType.COMPLETENESS_CHECKED).map(LegalAct::text)).orElse(TO_BE_ENTERED));
            case SHORTENING_NOTICE, EXTENSION_NOTICE -> {
                // a draft: the decision on record, if one was taken; the notice: what its act says
                Optional<LegalAct> decision = latest(c, LegalActType.REVIEW_DECIDED, LegalActType.EXTENSION_FIRST_DECIDED,
                        LegalActType.EXTENSION_DECIDED);
                Optional<PeriodChange> change = act.map(a -> a.content(PeriodChange.class));
                LocalDate after = change.map(PeriodChange::newLastDay).or(() -> decision.map(LegalAct::effectiveOn)).orElse(null);
                m.put("originalLastDay", era(change.isPresent() ? change.get().previousLastDay() : c.periodLastDay()));
                m.put("newLastDay", era(after));
                m.put("dayAfterNewLastDay", era(after == null ? null : after.plusDays(1)));
                m.put("reasons", change.map(PeriodChange::reasons).or(() -> decision.map(LegalAct::text)).orElse(TO_BE_ENTERED));
            }
            case RECOMMENDATION -> {
                Optional<Recommendation> r = act.map(a -> a.content(Recommendation.class));
                m.put("measures", r.map(x -> x.measure().labelJa()).orElse(TO_BE_ENTERED));
                m.put("content", r.map(Recommendation::content).orElse(TO_BE_ENTERED));
                m.put("facts", r.map(Recommendation::facts).or(() -> latest(c, LegalActType.RISK_ASSESSED)
                        .map(a -> a.content(RiskAssessment.class).findingsJa())).orElse("—"));
                m.put("reasons", r.map(Recommendation::reasons).or(() -> latest(c, LegalActType.REVIEW_DECIDED,
                        LegalActType.EMERGENCY_NOTIFICATION_REVIEWED, LegalActType.RECOMMENDATION_DECIDED, LegalActType.POST_INTRODUCTION_REVIEW_STARTED)
                        .map(LegalAct::text)).orElse("—"));
                m.put("deliveredOn", r.map(x -> era(x.deliveredOn())).orElse(TO_BE_ENTERED));
                m.put("replyDueOn", r.map(x -> era(x.replyDueOn())).orElse("勧告を受けた日から起算して十日以内"));
            }
            case ORDER -> {
                Optional<Order> o = act.map(a -> a.content(Order.class));
                m.put("ground", o.map(x -> x.ground().labelJa()).orElse(TO_BE_ENTERED));
                m.put("content", o.map(Order::content).orElse(TO_BE_ENTERED));
                m.put("facts", o.map(Order::facts).orElse(TO_BE_ENTERED));
                m.put("reasons", o.map(Order::reasons).orElse(TO_BE_ENTERED));
                m.put("deliveredOn", o.map(x -> era(x.deliveredOn())).orElse(TO_BE_ENTERED));
                m.put("complyBy", o.map(x -> era(x.complyBy())).orElse(TO_BE_ENTERED));
                m.put("appeal", AppealInstructions.text(authority(sector)));
            }
            case EXEMPTION_CONFIRMATION -> exemptionConfirmation(c, sector, act, m);
            default -> throw new IllegalArgumentException(kind + " is not a screening document");
        }
    }

    /**
     * 適用除外の確認: the ground of 施行令第十条第一項 confirmed (its citation from the checked table), the supplier, the
     * provisions and, for a subsidiary, the control claimed; a draft shows the claim on record.
     */
    private void exemptionConfirmation(ScreeningCaseRow c, Sector sector, Optional<LegalAct> act, DocumentModel m) {
        Optional<ExemptionClaim> claim = latest(c, LegalActType.EXEMPTION_CLAIMED).map(a -> a.content(ExemptionClaim.class))
                .filter(x -> x.ground() != null);
        Optional<ExemptionCheck> check = act.map(a -> a.content(ExemptionCheck.class)).filter(x -> x.ground() != null);
        Optional<ExemptionGround> ground = check.map(ExemptionCheck::ground).or(() -> claim.map(ExemptionClaim::ground));
        Optional<ParentControl> control = check.isPresent() ? Optional.ofNullable(check.get().parentControl())
                : claim.map(ExemptionClaim::parentControl);
        Optional<CompetentOrdinance> ordinance = CompetentOrdinance.ofMinistry(sector.competentMinistry());
        // a claim of an earlier release named no item: the article's list, and the words the claim was made in
        boolean legacy = ground.isEmpty() && c.exemption() != null && act.isPresent();
        m.put("groundCitation", ground.map(g -> citations.full().get(g.citationKey()))
                .orElse(legacy ? citations.full().get("CO_10_1") : TO_BE_ENTERED));
        m.put("groundLabel", ground.map(ExemptionGround::labelJa)
                .orElse(legacy ? ExemptionGround.describedJa(c.exemption()) : TO_BE_ENTERED));
        m.put("supplierName", check.map(ExemptionCheck::supplierName).or(() -> claim.map(ExemptionClaim::supplierName))
                .orElseGet(() -> legacy ? String.join("、", screenings.parties(c.id()).stream()
                        .filter(p -> p.role() == PartyRole.SUPPLIER).map(PlanParty::name).toList()) : TO_BE_ENTERED));
        m.put("provisions", check.map(ExemptionCheck::provisions).or(() -> ground.map(g -> g.citation()
                + control.flatMap(pc -> ordinance.map(o -> "、" + pc.citation(o))).orElse("")))
                .orElse(legacy ? citations.full().get("CO_10_1") : TO_BE_ENTERED));
        m.put("control", control.map(pc -> pc.labelJa() + claim.map(x -> "（自己の計算において所有する議決権の割合 "
                        + x.parentVotingShare().stripTrailingZeros().toPlainString() + "％"
                        + (x.controlledThrough() == null ? "" : "、" + x.controlledThrough() + "を通じた支配") + "）").orElse(""))
                .orElse(ground.isPresent() || legacy ? "—" : TO_BE_ENTERED));
        m.put("reasons", act.map(LegalAct::text).orElse(TO_BE_ENTERED));
    }

    /** The day of 受理 a draft of the acceptance notice bears: as the completeness check set it. */
    private LocalDate accepted(ScreeningCaseRow c) {
        return latest(c, LegalActType.COMPLETENESS_CHECKED).map(LegalAct::effectiveOn).orElse(c.receivedOn());
    }

    private Optional<LegalAct> latest(ScreeningCaseRow c, LegalActType... types) {
        return caseFile.latest(Procedure.SCREENING, c.applicationNumber(), types);
    }
}
