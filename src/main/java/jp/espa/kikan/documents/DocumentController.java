package jp.espa.kikan.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.espa.kikan.documents.DocumentStore.Issued;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.security.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The written notices of a case over HTTP: the list, an issued document as kept, and the draft before the act. */
@RestController
@Tag(name = "Documents", description = "Written notices of the procedures as PDF (A4, Japanese): issued ones as kept, drafts on demand")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    record DocumentView(UUID id, DocumentKind kind, String title, int version, String documentNumber, LocalDate issuedOn,
                        String sha256, String issuedBy, OffsetDateTime issuedAt, String href) {
    }

    @GetMapping("/api/cases/{procedure}/{caseNumber}/documents")
    @Operation(summary = "The documents issued in a case (procedure: screening, designation, sector-addition, inspection) that the account may read")
    List<DocumentView> list(@PathVariable String procedure, @PathVariable String caseNumber, Authentication user) {
        Procedure p = procedure(procedure);
        return documents.documents(Actor.of(user), p, caseNumber).stream()
                .map(d -> view(procedure, d)).toList();
    }

    @GetMapping(value = "/api/cases/{procedure}/{caseNumber}/documents/{documentId}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "An issued document, byte for byte as issued (its SHA-256 is in the list and in ETag)")
    ResponseEntity<byte[]> get(@PathVariable String procedure, @PathVariable String caseNumber, @PathVariable UUID documentId,
                               Authentication user) {
        return issued(documents.document(Actor.of(user), procedure(procedure), caseNumber, documentId));
    }

    @GetMapping(value = "/api/cases/{procedure}/{caseNumber}/documents/drafts/{kind}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The draft of a document before its act (competent ministry and Cabinet Office); rendered, not kept")
    ResponseEntity<byte[]> draft(@PathVariable String procedure, @PathVariable String caseNumber, @PathVariable String kind,
                                 Authentication user) {
        return draftPdf(documents.draft(Actor.of(user), procedure(procedure), caseNumber, kind(kind)), kind);
    }

    static ResponseEntity<byte[]> draftPdf(byte[] pdf, String kind) {
        return pdf(pdf, "draft-" + kind.toLowerCase(Locale.ROOT) + ".pdf").body(pdf);
    }

    /** An issued document as kept, its SHA-256 as ETag. */
    static ResponseEntity<byte[]> issued(DocumentService.Download download) {
        return pdf(download.pdf(), download.document().documentNumber() + ".pdf")
                .header(HttpHeaders.ETAG, "\"" + download.document().sha256() + "\"")
                .body(download.pdf());
    }

    static ResponseEntity.BodyBuilder pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString());
    }

    private static DocumentView view(String procedure, Issued d) {
        return new DocumentView(d.id(), d.kind(), d.title(), d.version(), d.documentNumber(), d.issuedOn(), d.sha256(),
                d.issuedBy(), d.issuedAt(), "/api/cases/" + procedure + "/" + d.caseNumber() + "/documents/" + d.id());
    }

    /** screening, designation, sector-addition, inspection. */
    static Procedure procedure(String name) {
        try {
            return Procedure.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("文書のある手続 " + name + " はありません。");
        }
    }

    static DocumentKind kind(String name) {
        try {
            return DocumentKind.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("kind", "文書の種類 " + name + " はありません。");
        }
    }
}
