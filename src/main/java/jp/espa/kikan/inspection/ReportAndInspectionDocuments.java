package jp.espa.kikan.inspection;

import static jp.espa.kikan.documents.DocumentModel.era;

import java.util.Optional;

import jp.espa.kikan.documents.CaseDocuments;
import jp.espa.kikan.documents.CaseRef;
import jp.espa.kikan.documents.DocumentKind;
import jp.espa.kikan.documents.DocumentModel;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Purpose;
import jp.espa.kikan.inspection.ReportAndInspectionRepository.InspectionRequest;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;

import org.springframework.stereotype.Component;

/** What a request for reports (Art 58) says: the request as registered, the paragraph it rests on and the penalty that backs it. */
@Component
class ReportAndInspectionDocuments implements CaseDocuments {

    private final ReportAndInspectionRepository inspections;
    private final SectorRegistry sectors;

    ReportAndInspectionDocuments(ReportAndInspectionRepository inspections, SectorRegistry sectors) {
        this.inspections = inspections;
        this.sectors = sectors;
    }

    @Override
    public Procedure procedure() {
        return Procedure.INSPECTION;
    }

    @Override
    public Optional<CaseRef> caseRef(String caseNumber) {
        return inspections.byCaseNumber(caseNumber)
                .map(r -> CaseRef.inSector(sectors.sector(r.sectorCode()).orElseThrow(), r.operatorId()));
    }

    @Override
    public void fill(DocumentKind kind, String caseNumber, Optional<LegalAct> act, DocumentModel m) {
        if (kind != DocumentKind.REPORT_REQUEST) {
            throw new IllegalArgumentException(kind + " is not a document of reports and inspections");
        }
        InspectionRequest r = inspections.byCaseNumber(caseNumber).orElseThrow();
        Sector sector = sectors.sector(r.sectorCode()).orElseThrow();
        m.dated(act, r.requestedOn());
        m.addressedTo(r.operatorId(), sector);
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
}
