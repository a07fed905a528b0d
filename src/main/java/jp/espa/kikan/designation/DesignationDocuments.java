package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationService.CHANGE_KEY;
import static jp.espa.kikan.designation.DesignationService.DESIGNATION_KEY;
import static jp.espa.kikan.documents.DocumentModel.TO_BE_ENTERED;
import static jp.espa.kikan.documents.DocumentModel.authority;
import static jp.espa.kikan.documents.DocumentModel.era;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.designation.DesignationRepository.ChangeNotice;
import jp.espa.kikan.designation.DesignationRepository.Proposal;
import jp.espa.kikan.documents.CaseDocuments;
import jp.espa.kikan.documents.CaseRef;
import jp.espa.kikan.documents.Citations;
import jp.espa.kikan.documents.DocumentKind;
import jp.espa.kikan.documents.DocumentModel;
import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.ActContent.ChangePublication;
import jp.espa.kikan.registry.ActContent.CriteriaEvaluation;
import jp.espa.kikan.registry.ActContent.Revocation;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What the written acts of the designation procedure (Art 50-51) say. Its cases are of three kinds, each under its
 * own case numbers: a proposal (by its number), a designation to revoke ({@code DESIGNATION-<id>}) and a change of
 * name or address to publish ({@code CHANGE-<id>}).
 */
@Component
class DesignationDocuments implements CaseDocuments {

    private final DesignationRegistry designations;
    private final DesignationRepository repository;
    private final DesignationService designationService;
    private final ChangeNoticeService changeNotices;
    private final CaseFile caseFile;
    private final SectorRegistry sectors;
    private final StatutoryPeriods periods;
    private final Citations citations;

    DesignationDocuments(DesignationRegistry designations, DesignationRepository repository, DesignationService designationService,
                         ChangeNoticeService changeNotices, CaseFile caseFile, SectorRegistry sectors,
                         StatutoryPeriods periods, Citations citations) {
        this.designations = designations;
        this.repository = repository;
        this.designationService = designationService;
        this.changeNotices = changeNotices;
        this.caseFile = caseFile;
        this.sectors = sectors;
        this.periods = periods;
        this.citations = citations;
    }

    @Override
    public Procedure procedure() {
        return Procedure.DESIGNATION;
    }

    @Override
    public Optional<CaseRef> caseRef(String caseNumber) {
        try {
            if (caseNumber.startsWith(DESIGNATION_KEY)) {
                Designation d = designationService.designation(caseNumber);
                return Optional.of(inSector(d.sectorCode(), d.operatorId()));
            }
            if (caseNumber.startsWith(CHANGE_KEY)) {
                ChangeNotice n = changeNotices.changeNotice(caseNumber);
                return Optional.of(inSector(designations.designation(n.designationId()).sectorCode(), n.operatorId()));
            }
        } catch (IllegalArgumentException | DataAccessException noSuchCase) {
            return Optional.empty();
        }
        return repository.caseByProposalNumber(caseNumber).map(c -> inSector(c.sectorCode(), c.operatorId()));
    }

    @Override
    public void fill(DocumentKind kind, String caseNumber, Optional<LegalAct> act, DocumentModel m) {
        switch (kind) {
            case OPPORTUNITY_TO_EXPLAIN -> {
                // before a designation (APA Art 13(1)(ii), 30): the disposition, its provision, the facts, where, by when
                Proposal proposal = repository.caseByProposalNumber(caseNumber).orElseThrow();
                Sector sector = sectors.sector(proposal.sectorCode()).orElseThrow();
                m.dated(act, null);
                m.addressedTo(proposal.operatorId(), sector);
                m.put("plannedDisposition", Articles.ACT_DEFINED + citations.bare().get("ACT_50_1")
                        + "の規定による特定社会基盤事業者の指定（" + sector.nameJa() + "）");
                m.put("basis", citations.same().get("ACT_50_1"));
                m.put("facts", ActContent.Designation.reasonsJa(criteriaFindings(caseNumber)));
                m.put("submitTo", m.get("issuer"));
                m.put("dueOn", act.map(a -> era(a.dueOn())).orElse(TO_BE_ENTERED));
            }
            case DESIGNATION_NOTICE -> {
                Proposal proposal = repository.caseByProposalNumber(caseNumber).orElseThrow();
                Optional<ActContent.Designation> designated = act.map(a -> a.content(ActContent.Designation.class));
                m.dated(act, null);
                Sector sector = sectors.sector(proposal.sectorCode()).orElseThrow();
                m.addressedTo(proposal.operatorId(), sector);
                m.operatorFacts(proposal.operatorId(), sector);
                LocalDate day = designated.map(ActContent.Designation::designatedOn).orElse(m.day());
                m.put("designatedOn", era(day));
                m.put("graceEndsOn", era(designated.map(ActContent.Designation::graceEndsOn).orElseGet(() -> periods.graceEndsOn(day))));
                String findings = designated.map(ActContent.Designation::criteriaFindings)
                        .orElseGet(() -> criteriaFindings(caseNumber));
                m.put("reasons", ActContent.Designation.reasonsJa(findings));
                m.put("appeal", AppealInstructions.text(authority(sector)));
            }
            case CHANGE_PUBLICATION -> {
                ChangeNotice notice = changeNotices.changeNotice(caseNumber);
                Designation d = designations.designation(notice.designationId());
                Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
                ChangePublication change = act.map(a -> a.content(ChangePublication.class)).orElseGet(() ->
                        new ChangePublication(notice.changeKind(), notice.oldValue(), notice.newValue(), notice.effectiveOn()));
                boolean name = "NAME".equals(change.particular());
                m.dated(act, null);
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
                Designation d = designationService.designation(caseNumber);
                Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
                // a draft: the decision on record, if one was taken, and the findings that began the revocation
                Optional<Revocation> issued = act.map(a -> a.content(Revocation.class));
                Optional<LegalAct> decided = caseFile.latest(Procedure.DESIGNATION, caseNumber, LegalActType.REVOCATION_DECIDED);
                LocalDate revokedOn = issued.map(Revocation::revokedOn).or(() -> decided.map(LegalAct::effectiveOn)).orElse(null);
                String findings = issued.map(Revocation::criteriaFindings).orElseGet(() -> caseFile
                        .latest(Procedure.DESIGNATION, caseNumber, LegalActType.REVOCATION_STARTED)
                        .map(a -> a.content(CriteriaEvaluation.class).findings()).orElse(null));
                m.dated(act, revokedOn);
                m.addressedTo(d.operatorId(), sector);
                m.operatorFacts(d.operatorId(), sector);
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

    private CaseRef inSector(String sectorCode, UUID operatorId) {
        return CaseRef.inSector(sectors.sector(sectorCode).orElseThrow(), operatorId);
    }
}
