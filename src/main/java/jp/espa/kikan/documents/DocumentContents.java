package jp.espa.kikan.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.inspection.ReportAndInspectionCase.Purpose;
import jp.espa.kikan.inspection.ReportAndInspectionRepository;
import jp.espa.kikan.inspection.ReportAndInspectionRepository.InspectionRequest;
import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.legal.CompetentOrdinance;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.Acceptance;
import jp.espa.kikan.registry.ActContent.ChangePublication;
import jp.espa.kikan.registry.ActContent.CorrectionRequest;
import jp.espa.kikan.registry.ActContent.CriteriaEvaluation;
import jp.espa.kikan.registry.ActContent.ExemptionCheck;
import jp.espa.kikan.registry.ActContent.ExemptionClaim;
import jp.espa.kikan.registry.ActContent.Order;
import jp.espa.kikan.registry.ActContent.PeriodChange;
import jp.espa.kikan.registry.ActContent.PublicCommentResults;
import jp.espa.kikan.registry.ActContent.Recommendation;
import jp.espa.kikan.registry.ActContent.Revocation;
import jp.espa.kikan.registry.ActContent.RiskAssessment;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CaseKind;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.DesignationRegistry.ChangeNotice;
import jp.espa.kikan.registry.DesignationRegistry.Proposal;
import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.ExemptionGround;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.OfficeHolders;
import jp.espa.kikan.registry.ParentControl;
import jp.espa.kikan.registry.PartyRole;
import jp.espa.kikan.registry.PlanParty;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.ScreeningCaseRow;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.sectoraddition.SectorReviewRepository;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.SectorReview;

import org.springframework.stereotype.Component;

/**
 * What a document says, filled from the registry: the case, its operator and sector, and the acts in its case file.
 * For an issued document the act is the one just recorded; for a draft (before the act) the decision on record and
 * placeholders stand in for what the official enters with the act itself.
 */
@Component
class DocumentContents {

    /** Whose case it is: the issuing ministry (or the Cabinet Office), its reviewers' group, and the operator. */
    record CaseRef(String issuerCode, String ministryGroup, UUID operatorId) {
    }

    static final String CABINET_OFFICE = "CAO";
    private static final String DESIGNATION_KEY = "DESIGNATION-";
    private static final String CHANGE_KEY = "CHANGE-";
    private static final String TO_BE_ENTERED = "（発出時に記載）";
    private final CaseRepository screenings;
    private final CaseFile caseFile;
    private final SectorRegistry sectors;
    private final DesignationRegistry designations;
    private final SectorReviewRepository reviews;
    private final DocumentStore store;
    private final StatutoryPeriods periods;
    private final OfficeHolders officeHolders;
    private final Citations citations;
    private final ReportAndInspectionRepository inspections;

    DocumentContents(CaseRepository screenings, CaseFile caseFile, SectorRegistry sectors, DesignationRegistry designations,
                     SectorReviewRepository reviews, DocumentStore store, StatutoryPeriods periods, OfficeHolders officeHolders,
                     Citations citations, ReportAndInspectionRepository inspections) {
        this.screenings = screenings;
        this.caseFile = caseFile;
        this.sectors = sectors;
        this.designations = designations;
        this.reviews = reviews;
        this.store = store;
        this.periods = periods;
        this.officeHolders = officeHolders;
        this.citations = citations;
        this.inspections = inspections;
    }

    /** The case a case number names in a procedure, if any. */
    Optional<CaseRef> caseRef(Procedure procedure, String caseNumber) {
        return switch (procedure) {
            case SCREENING -> screenings.findByApplicationNumber(caseNumber).map(c -> ofSector(c.sectorCode(), c.operatorId()));
            case DESIGNATION -> designationCase(caseNumber);
            case SECTOR_ADDITION -> reviews.byNumber(caseNumber).map(r -> new CaseRef(CABINET_OFFICE,
                    sectors.ministry(r.competentMinistry()).orElseThrow().reviewerGroup(), null));
            case INSPECTION -> inspections.byCaseNumber(caseNumber).map(r -> ofSector(r.sectorCode(), r.operatorId()));
        };
    }

    /**
     * The model of a document: what the layout shows (title, issuer, the minister in office on its day by title and
     * name, the addressee with its representative, 教示) and what its template reads.
     * {@code act} is the act that issues it, empty for a draft.
     */
    Map<String, Object> model(DocumentKind kind, String caseNumber, Optional<LegalAct> act) {
        Map<String, Object> m = new HashMap<>();
        m.put("law", citations.full());
        m.put("art", citations.bare());
        m.put("same", citations.same());
        m.put("title", kind.title());
        m.put("draft", act.isEmpty());
        switch (kind.procedure()) {
            case SCREENING -> screening(kind, screenings.findByApplicationNumber(caseNumber).orElseThrow(), act, m);
            case DESIGNATION -> designation(kind, caseNumber, act, m);
            case SECTOR_ADDITION -> publicCommentResults(reviews.byNumber(caseNumber).orElseThrow(), act, m);
            case INSPECTION -> reportRequest(inspections.byCaseNumber(caseNumber).orElseThrow(), act, m);
            default -> throw new IllegalArgumentException("No documents in " + kind.procedure());
        }
        if (kind.procedure() != Procedure.SECTOR_ADDITION) { // the Cabinet Office publishes the public comment's results
            caseRef(kind.procedure(), caseNumber)
                    .flatMap(ref -> officeHolders.inOffice(ref.issuerCode(), (LocalDate) m.get("day")))
                    .ifPresent(holder -> m.put("signature", holder.signature()));
        }
        return m;
    }

    // ---- Screening (Art 52-56)

    private void screening(DocumentKind kind, ScreeningCaseRow c, Optional<LegalAct> act, Map<String, Object> m) {
        Sector sector = sectors.sector(c.sectorCode()).orElseThrow();
        addressedTo(m, c.operatorId(), sector);
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
        dated(m, act, kind == DocumentKind.ACCEPTANCE_NOTICE ? accepted(c) : null);
        switch (kind) {
            case ACCEPTANCE_NOTICE -> {
                LocalDate accepted = (LocalDate) m.get("day");
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
    private void exemptionConfirmation(ScreeningCaseRow c, Sector sector, Optional<LegalAct> act, Map<String, Object> m) {
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

    // ---- Designation (Art 50-51)

    private void designation(DocumentKind kind, String caseNumber, Optional<LegalAct> act, Map<String, Object> m) {
        switch (kind) {
            case OPPORTUNITY_TO_EXPLAIN -> {
                // before a designation (APA Art 13(1)(ii), 30): the disposition, its provision, the facts, where, by when
                Proposal proposal = designations.caseByProposalNumber(caseNumber).orElseThrow();
                Sector sector = sectors.sector(proposal.sectorCode()).orElseThrow();
                dated(m, act, null);
                addressedTo(m, proposal.operatorId(), sector);
                m.put("plannedDisposition", Articles.ACT_DEFINED + citations.bare().get("ACT_50_1")
                        + "の規定による特定社会基盤事業者の指定（" + sector.nameJa() + "）");
                m.put("basis", citations.same().get("ACT_50_1"));
                m.put("facts", ActContent.Designation.reasonsJa(criteriaFindings(caseNumber)));
                m.put("submitTo", m.get("issuer"));
                m.put("dueOn", act.map(a -> era(a.dueOn())).orElse(TO_BE_ENTERED));
            }
            case DESIGNATION_NOTICE -> {
                Proposal proposal = designations.caseByProposalNumber(caseNumber).orElseThrow();
                Optional<ActContent.Designation> designated = act.map(a -> a.content(ActContent.Designation.class));
                dated(m, act, null);
                Sector sector = sectors.sector(proposal.sectorCode()).orElseThrow();
                addressedTo(m, proposal.operatorId(), sector);
                operatorFacts(m, proposal.operatorId(), sector);
                LocalDate day = designated.map(ActContent.Designation::designatedOn).orElse((LocalDate) m.get("day"));
                m.put("designatedOn", era(day));
                m.put("graceEndsOn", era(designated.map(ActContent.Designation::graceEndsOn).orElseGet(() -> periods.graceEndsOn(day))));
                String findings = designated.map(ActContent.Designation::criteriaFindings)
                        .orElseGet(() -> criteriaFindings(caseNumber));
                m.put("reasons", ActContent.Designation.reasonsJa(findings));
                m.put("appeal", AppealInstructions.text(authority(sector)));
            }
            case CHANGE_PUBLICATION -> {
                ChangeNotice notice = designations.changeNotice(UUID.fromString(caseNumber.substring(CHANGE_KEY.length())));
                Designation d = designations.designation(notice.designationId());
                Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
                ChangePublication change = act.map(a -> a.content(ChangePublication.class)).orElseGet(() ->
                        new ChangePublication(notice.changeKind(), notice.oldValue(), notice.newValue(), notice.effectiveOn()));
                boolean name = "NAME".equals(change.particular());
                dated(m, act, null);
                m.put("issuer", authority(sector));
                m.put("operatorName", name ? change.newValue() : d.operatorName());
                m.put("corporateNumber", d.corporateNumber());
                m.put("sectorName", sector.nameJa());
                m.put("kindLabel", name ? "名称" : "住所");
                m.put("oldValue", change.oldValue());
                m.put("newValue", change.newValue());
                m.put("effectiveOn", era(change.effectiveOn()));
            }
            case REVOCATION_NOTICE -> {
                Designation d = designations.designation(UUID.fromString(caseNumber.substring(DESIGNATION_KEY.length())));
                Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
                // a draft: the decision on record, if one was taken, and the findings that began the revocation
                Optional<Revocation> issued = act.map(a -> a.content(Revocation.class));
                Optional<LegalAct> decided = caseFile.latest(Procedure.DESIGNATION, caseNumber, LegalActType.REVOCATION_DECIDED);
                LocalDate revokedOn = issued.map(Revocation::revokedOn).or(() -> decided.map(LegalAct::effectiveOn)).orElse(null);
                String findings = issued.map(Revocation::criteriaFindings).orElseGet(() -> caseFile
                        .latest(Procedure.DESIGNATION, caseNumber, LegalActType.REVOCATION_STARTED)
                        .map(a -> a.content(CriteriaEvaluation.class).findings()).orElse(null));
                dated(m, act, revokedOn);
                addressedTo(m, d.operatorId(), sector);
                operatorFacts(m, d.operatorId(), sector);
                m.put("designatedOn", era(d.designatedOn()));
                m.put("revokedOn", era(revokedOn));
                m.put("reasons", Revocation.reasonsJa(findings, issued.map(Revocation::reasons)
                        .or(() -> decided.map(LegalAct::text)).orElse(TO_BE_ENTERED)));
                m.put("appeal", AppealInstructions.text(authority(sector)));
            }
            default -> throw new IllegalArgumentException(kind + " is not a designation document");
        }
    }

    /** What the criteria found for a proposal, as its evaluation recorded it. */
    private String criteriaFindings(String proposalNumber) {
        return caseFile.latest(Procedure.DESIGNATION, proposalNumber, LegalActType.CRITERIA_EVALUATED)
                .map(a -> a.content(CriteriaEvaluation.class).findings()).orElse("");
    }

    // ---- Sector addition: the results of the public comment (APA Art 43(1))

    private void publicCommentResults(SectorReview review, Optional<LegalAct> act, Map<String, Object> m) {
        dated(m, act, null);
        m.put("issuer", "内閣府");
        Optional<LegalAct> started = caseFile.latest(Procedure.SECTOR_ADDITION, review.reviewNumber(), LegalActType.PUBLIC_COMMENT_STARTED);
        m.put("orderTitle", Articles.ACT + "施行令及び関係主務省令の一部を改正する命令等（" + review.businessName() + "の追加）");
        m.put("noticeOn", era(started.map(LegalAct::actDate).orElse(null)));
        m.put("commentPeriod", started.map(s -> era(s.actDate()) + "から" + era(s.effectiveOn()) + "まで").orElse(TO_BE_ENTERED));
        Optional<PublicCommentResults> results = act.map(a -> a.content(PublicCommentResults.class));
        m.put("received", results.map(r -> r.commentsReceived() == null ? "—" : r.commentsReceived() + "件").orElse(TO_BE_ENTERED));
        m.put("summary", results.map(PublicCommentResults::summary).orElse(TO_BE_ENTERED));
    }

    // ---- Reports (Art 58): the request as registered, the paragraph it rests on and the penalty that backs it

    private void reportRequest(InspectionRequest r, Optional<LegalAct> act, Map<String, Object> m) {
        Sector sector = sectors.sector(r.sectorCode()).orElseThrow();
        dated(m, act, r.requestedOn());
        addressedTo(m, r.operatorId(), sector);
        // Art 58(1) for a designation (reports only), Art 58(2) for the provisions it lists; Art 96 item 4 or 5
        Purpose purpose = Purpose.valueOf(r.purpose());
        m.put("requestedUnder", purpose.citation());
        m.put("penalty", purpose.penalty());
        m.put("forDesignation", purpose.paragraph() == 1);
        m.put("purpose", purpose.labelJa());
        m.put("sectorName", sector.nameJa());
        m.put("applicationNumber", r.applicationNumber() == null ? "—" : r.applicationNumber());
        m.put("matters", r.matters());
        m.put("dueOn", era(act.map(LegalAct::effectiveOn).orElse(r.dueOn())));
    }

    // ---- Helpers

    private CaseRef ofSector(String sectorCode, UUID operatorId) {
        Sector sector = sectors.sector(sectorCode).orElseThrow();
        return new CaseRef(sector.competentMinistry(), sector.reviewerGroup(), operatorId);
    }

    private Optional<CaseRef> designationCase(String caseNumber) {
        try {
            if (caseNumber.startsWith(DESIGNATION_KEY)) {
                Designation d = designations.designation(UUID.fromString(caseNumber.substring(DESIGNATION_KEY.length())));
                return Optional.of(ofSector(d.sectorCode(), d.operatorId()));
            }
            if (caseNumber.startsWith(CHANGE_KEY)) {
                ChangeNotice n = designations.changeNotice(UUID.fromString(caseNumber.substring(CHANGE_KEY.length())));
                return Optional.of(ofSector(designations.designation(n.designationId()).sectorCode(), n.operatorId()));
            }
        } catch (IllegalArgumentException | org.springframework.dao.DataAccessException noSuchCase) {
            return Optional.empty();
        }
        return designations.caseByProposalNumber(caseNumber).map(c -> ofSector(c.sectorCode(), c.operatorId()));
    }

    private void addressedTo(Map<String, Object> m, UUID operatorId, Sector sector) {
        store.operator(operatorId).ifPresent(o -> m.put("addressee", o.addresseeLine()));
        m.put("issuer", authority(sector));
    }

    private void operatorFacts(Map<String, Object> m, UUID operatorId, Sector sector) {
        DocumentStore.Addressee o = store.operator(operatorId).orElseThrow();
        m.put("operatorName", o.name());
        m.put("operatorAddress", o.address() == null ? "" : o.address());
        m.put("corporateNumber", o.corporateNumber());
        m.put("sectorName", sector.nameJa());
    }

    /** The day the document bears: the act's (or the given day for a draft), else today's for a draft. */
    private static void dated(Map<String, Object> m, Optional<LegalAct> act, LocalDate draftDay) {
        LocalDate day = act.map(LegalAct::actDate).orElse(draftDay != null ? draftDay : LocalDate.now(StatutoryPeriods.TOKYO));
        m.put("day", day);
        m.put("issuedOn", EraDates.format(day));
    }

    private static String authority(Sector sector) {
        return AppealInstructions.authorityOf(sector.competentMinistry());
    }

    private Optional<LegalAct> latest(ScreeningCaseRow c, LegalActType... types) {
        return caseFile.latest(Procedure.SCREENING, c.applicationNumber(), types);
    }

    static String era(LocalDate day) {
        return day == null ? TO_BE_ENTERED : EraDates.format(day);
    }
}
