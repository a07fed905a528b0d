package jp.espa.kikan.documents;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.OfficeHolders;
import jp.espa.kikan.registry.Procedure;

import org.springframework.stereotype.Component;

/**
 * What a document says: what every document shows (title, the citations, the minister in office on its day by title
 * and name), and what the procedure of its case fills in ({@link CaseDocuments}).
 */
@Component
class DocumentContents {

    private final Map<Procedure, CaseDocuments> procedures = new EnumMap<>(Procedure.class);
    private final DocumentStore store;
    private final OfficeHolders officeHolders;
    private final Citations citations;

    DocumentContents(List<CaseDocuments> procedures, DocumentStore store, OfficeHolders officeHolders, Citations citations) {
        procedures.forEach(p -> this.procedures.put(p.procedure(), p));
        this.store = store;
        this.officeHolders = officeHolders;
        this.citations = citations;
    }

    /** The case a case number names in a procedure, if any. */
    Optional<CaseRef> caseRef(Procedure procedure, String caseNumber) {
        return Optional.ofNullable(procedures.get(procedure)).flatMap(p -> p.caseRef(caseNumber));
    }

    /**
     * The model of a document: what the layout shows (title, issuer, the minister in office on its day by title and
     * name, the addressee with its representative, 教示) and what its template reads.
     * {@code act} is the act that issues it, empty for a draft.
     */
    Map<String, Object> model(DocumentKind kind, String caseNumber, Optional<LegalAct> act) {
        CaseDocuments procedure = Optional.ofNullable(procedures.get(kind.procedure()))
                .orElseThrow(() -> new IllegalArgumentException("No documents in " + kind.procedure()));
        DocumentModel m = new DocumentModel(store::operator);
        m.put("law", citations.full());
        m.put("art", citations.bare());
        m.put("same", citations.same());
        m.put("title", kind.title());
        m.put("draft", act.isEmpty());
        procedure.fill(kind, caseNumber, act, m);
        if (kind.procedure() != Procedure.SECTOR_ADDITION) { // the Cabinet Office publishes the public comment's results
            procedure.caseRef(caseNumber)
                    .flatMap(ref -> officeHolders.inOffice(ref.issuerCode(), m.day()))
                    .ifPresent(holder -> m.put("signature", holder.signature()));
        }
        return m.values();
    }
}
