package jp.espa.kikan.documents;

import java.util.Optional;

import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.Procedure;

/**
 * What the documents ask a procedure about its cases: whose a case is (who issues its documents, who may read them)
 * and what a document of the case says. Each procedure answers for its own cases from its own data; the documents
 * pick the answer by the procedure the case file records, so they know no procedure's tables or case numbers.
 */
public interface CaseDocuments {

    /** The procedure whose cases these are. */
    Procedure procedure();

    /** The case a case number names, if any. */
    Optional<CaseRef> caseRef(String caseNumber);

    /**
     * Fills in what the document of this kind says of the case: its day, addressee and what its template reads.
     * {@code act} is the act that issues it, empty for a draft (then the decision on record and placeholders stand in
     * for what the official enters with the act itself).
     */
    void fill(DocumentKind kind, String caseNumber, Optional<LegalAct> act, DocumentModel model);
}
