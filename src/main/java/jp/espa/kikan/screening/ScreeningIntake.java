package jp.espa.kikan.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CorporateNumber;
import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.screening.PlanSubmission.Party;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.platform.AlreadyRegisteredException;
import jp.espa.kikan.platform.DisplayText;
import jp.espa.kikan.platform.InvalidInputException;

import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.EmergencyCase;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;

/**
 * Receives plans and emergency notifications for {@link ScreeningService}: checks them, writes the case to the
 * registry and starts its process, in the caller's transaction, so that bad input leaves neither a row nor a process
 * instance behind.
 */
@Service
class ScreeningIntake {

    /** ESPA's screening duty applies from 17 May 2024; nothing can have been received before. */
    static final LocalDate REGIME_START = LocalDate.of(2024, 5, 17);

    private final ScreeningRepository cases;
    private final CaseFile caseFile;
    private final SectorRegistry registry;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final CaseVariables caseVariables;
    private final ScreeningEngine engine;

    ScreeningIntake(ScreeningRepository cases, CaseFile caseFile, SectorRegistry registry, AccessChecks access,
                    StatutoryTime time, CaseVariables caseVariables, ScreeningEngine engine) {
        this.cases = cases;
        this.caseFile = caseFile;
        this.registry = registry;
        this.access = access;
        this.time = time;
        this.caseVariables = caseVariables;
        this.engine = engine;
    }

    /**
     * A plan or notification to register: for a plan the exemption claimed (checked), for an emergency notification the
     * ordinance's emergency case it relies on and the day of the introduction.
     */
    record Filing(String applicationNumber, CaseKind kind, String operatorCorporateNumber, String sectorCode,
                  String equipmentCategoryCode, LocalDate receivedOn, PlanContent plan, ActContent.ExemptionClaim exemption,
                  EmergencyCase emergencyCase, LocalDate introducedOn) {
    }

    ScreeningCaseRow submitPlan(PlanSubmission s, Actor actor) {
        CaseKind kind = s.kind() == PlanKind.ENTRUSTMENT ? CaseKind.ENTRUSTMENT : CaseKind.INTRODUCTION;
        ActContent.ExemptionClaim claim = ExemptionClaims.check(s.kind(), s.exemption(), s.exemptionClaim(), s.plan().parties());
        PlanRules.check(s.kind(), s.plan(), "plan.");
        Filing filing = new Filing(s.applicationNumber(), kind, s.operatorCorporateNumber(), s.sectorCode(),
                s.equipmentCategoryCode(), s.receivedOn(), s.plan(), claim, null, null);
        return register(filing, actor, Action.FILE_PLAN, ScreeningVariables.SCREENING_PROCESS, Map.of());
    }

    ScreeningCaseRow submitEmergencyNotification(EmergencyNotification n, Actor actor) {
        PlanRules.check(PlanKind.INTRODUCTION, n.plan(), "plan.");
        if (n.introducedOn().isAfter(receivedOrToday(n.receivedOn()))) {
            throw new InvalidInputException("introducedOn", "事後届出は、既に行った導入について届け出るものです（導入日は届出日以前の日にしてください）。");
        }
        if (n.introducedOn().isBefore(REGIME_START)) {
            throw new InvalidInputException("introducedOn", "届出の義務は " + REGIME_START + " 以後の導入に適用されます。");
        }
        Filing filing = new Filing(n.applicationNumber(), CaseKind.EMERGENCY_NOTIFICATION, n.operatorCorporateNumber(),
                n.sectorCode(), n.equipmentCategoryCode(), n.receivedOn(), n.plan(), null, n.emergencyCase(), n.introducedOn());
        return register(filing, actor, Action.FILE_EMERGENCY_NOTIFICATION, ScreeningVariables.POST_INTRODUCTION_REVIEW_PROCESS, Map.of(
                ScreeningVariables.TRIGGER, "EMERGENCY_NOTIFICATION",
                ScreeningVariables.INTRODUCED_ON, n.introducedOn().toString(),
                ScreeningVariables.URGENCY_REASON, DisplayText.excerpt(n.urgencyReason(), DisplayText.EXCERPT)));
    }

    /** Registers a filing and starts the process named. */
    private ScreeningCaseRow register(Filing f, Actor actor, Action action, String processKey, Map<String, Object> extraVariables) {
        Recorded recorded = recordFiling(f, actor, action);
        ScreeningCaseRow c = recorded.screeningCase();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ScreeningVariables.CASE, caseVariables.of(c, recorded.sector(), recorded.equipment(), recorded.parties()));
        variables.putAll(extraVariables);
        engine.start(processKey, c.applicationNumber(), variables);
        return c;
    }

    /** A case just written, with the registry entries its filing was checked against and its parties as filed. */
    private record Recorded(ScreeningCaseRow screeningCase, Sector sector, EquipmentCategory equipment, List<PlanParty> parties) {
    }

    ScreeningCaseRow record(Filing f, Actor actor, Action action) {
        return recordFiling(f, actor, action).screeningCase();
    }

    /**
     * Checks a filing against the registry and the actor's right to file for that operator (the portal) or to
     * register for that sector (the competent ministry, for paper notifications), then writes the case, its parties
     * and its receipt.
     */
    private Recorded recordFiling(Filing f, Actor actor, Action action) {
        String submittedBy = actor.userId();
        if (f.kind() == CaseKind.EMERGENCY_NOTIFICATION && f.emergencyCase() == null) {
            throw new InvalidInputException("emergencyCase", "事後届出には、根拠とする主務省令の緊急の場合（法第52条第1項ただし書）を"
                    + "指定してください。");
        }
        if (cases.findByApplicationNumber(f.applicationNumber()).isPresent()) {
            throw new AlreadyRegisteredException("applicationNumber", "受付番号 " + f.applicationNumber() + " は既に登録されています。");
        }
        LocalDate receivedOn = receivedOrToday(f.receivedOn());
        Sector sector = registry.sector(f.sectorCode()).filter(Sector::active)
                .orElseThrow(() -> new InvalidInputException("sectorCode", "対象事業 " + f.sectorCode() + " は登録されていないか、施行されていません。"));
        EquipmentCategory equipment = registry.equipmentCategory(f.equipmentCategoryCode())
                .filter(category -> category.sectorCode().equals(sector.code()))
                .orElseThrow(() -> new InvalidInputException("equipmentCategoryCode",
                        f.equipmentCategoryCode() + " は対象事業 " + sector.code() + " の特定重要設備ではありません。"));
        if (equipment.closed()) {
            // A placeholder of an earlier release that no ordinance item matches: its cases keep it, new filings name the item.
            throw new InvalidInputException("equipmentCategoryCode", equipment.code()
                    + " は廃止された区分です。主務省令の号を指定してください（GET /api/equipment-categories?sectorCode=" + sector.code() + "）。");
        }
        Operator operator = designatedOperator(f.operatorCorporateNumber(), sector, receivedOn);
        if (!access.permits(actor, action, new Subject(sector.reviewerGroup(), operator.id()))) {
            throw new NotPermittedException(submittedBy + " は、対象事業 " + sector.code() + " について " + operator.name() + " の届出を行うアカウントではありません。");
        }

        boolean emergency = f.kind() == CaseKind.EMERGENCY_NOTIFICATION;
        // A plan's clocks wait for its 受理 after the ministry's formal check (and an exemption claimed, for the
        // ministry's confirmation); an emergency notification is filed after the fact and has none.
        CaseStatus status = emergency ? CaseStatus.POST_INTRODUCTION_REVIEW : CaseStatus.AWAITING_ACCEPTANCE;
        PlanContent plan = f.plan();
        ScreeningCaseRow c = new ScreeningCaseRow(UUID.randomUUID(), f.applicationNumber(), f.kind(), operator.id(), operator.name(),
                operator.corporateNumber(), sector.code(), equipment.code(), plan.outline(), plan.content(), plan.plannedFrom(),
                plan.plannedUntil(), plan.preventiveMeasures(), f.exemption() == null ? null : f.exemption().ground().name(),
                receivedOn, null, null, null, status, null, submittedBy, OffsetDateTime.now());
        cases.insert(c);
        List<PlanParty> parties = toParties(plan.parties());
        cases.insertParties(c.id(), parties);
        String received = CaseVariables.kindJa(f.kind()) + "の提出（提出者 " + submittedBy + "）";
        if (emergency) {
            caseFile.record(Procedure.SCREENING, c.applicationNumber(), LegalActType.EMERGENCY_NOTIFICATION_RECEIPT, receivedOn,
                    submittedBy, new ActContent.EmergencyNotificationReceipt(received, f.emergencyCase(),
                            CaseVariables.emergencyProvision(sector.competentMinistry()), f.introducedOn()));
        } else {
            caseFile.record(Procedure.SCREENING, c.applicationNumber(), LegalActType.RECEIPT, receivedOn, submittedBy, received);
        }
        if (f.exemption() != null) {
            ActContent.ExemptionClaim claim = f.exemption();
            String label = "適用除外（" + claim.ground().citation() + "：" + claim.ground().labelJa() + "）の申出。";
            caseFile.record(Procedure.SCREENING, c.applicationNumber(), LegalActType.EXEMPTION_CLAIMED, receivedOn, submittedBy,
                    new ActContent.ExemptionClaim(exemptionClaimed(c, parties) ? label + "所管省庁が確認する"
                            : label + "ただし他の供給者の設備が組み込まれており、適用除外に当たらない（法第五十二条第一項括弧書）",
                            claim.ground(), claim.supplierName(), claim.parentControl(), claim.parentVotingShare(),
                            claim.controlledThrough(), claim.facts()));
        }
        return new Recorded(c, sector, equipment, parties);
    }

    /**
     * Whether the plan claims an exemption its own content does not rule out: equipment from a controlled subsidiary
     * or a public body (施行令第十条第一項) needs no plan (Art 52(1), the parenthetical), unless equipment of other suppliers is built in (then the
     * component suppliers or re-contractors are other businesses). The ministry confirms the claim before it counts.
     */
    static boolean exemptionClaimed(ScreeningCaseRow c, List<PlanParty> parties) {
        return c.exemption() != null && parties.stream()
                .noneMatch(p -> p.role() == PartyRole.COMPONENT_SUPPLIER || p.role() == PartyRole.RECONTRACTOR);
    }

    private LocalDate receivedOrToday(LocalDate receivedOn) {
        LocalDate today = time.today();
        if (receivedOn == null) {
            return today;
        }
        if (receivedOn.isAfter(today) || receivedOn.isBefore(REGIME_START)) {
            throw new InvalidInputException("receivedOn", "受付日は " + REGIME_START + " から本日（" + today + "）までの日にしてください。");
        }
        return receivedOn;
    }

    private Operator designatedOperator(String corporateNumber, Sector sector, LocalDate on) {
        if (!CorporateNumber.isValid(corporateNumber)) {
            throw new InvalidInputException("operatorCorporateNumber", "法人番号の検査用数字が一致しません。");
        }
        Operator operator = registry.operatorByCorporateNumber(corporateNumber)
                .orElseThrow(() -> new InvalidInputException("operatorCorporateNumber",
                        "法人番号 " + corporateNumber + " の事業者は登録されていません。"));
        if (!registry.isDesignated(operator.id(), sector.code(), on)) {
            throw new InvalidInputException("operatorCorporateNumber",
                    operator.name() + " は " + on + " において対象事業 " + sector.code() + " の特定社会基盤事業者ではありません。");
        }
        return operator;
    }

    static List<PlanParty> toParties(List<Party> parties) {
        return parties.stream().map(p -> new PlanParty(p.role(), p.name(), p.representative(), p.address(),
                        p.countryOfIncorporation(), p.corporateNumber(), p.componentItem(), p.foreignGovernmentSalesShare(),
                        p.plantCountry(),
                        p.votingHolders() == null ? List.of() : p.votingHolders().stream()
                                .map(h -> new PlanParty.VotingHolder(h.name(), h.country(), h.share())).toList(),
                        p.officers() == null ? List.of() : p.officers().stream()
                                .map(o -> new PlanParty.Officer(o.name(), o.birthDate(), o.nationality())).toList()))
                .toList();
    }
}
