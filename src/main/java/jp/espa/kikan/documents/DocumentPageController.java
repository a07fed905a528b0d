package jp.espa.kikan.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jp.espa.kikan.documents.DocumentStore.Issued;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.WebappSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A case's documents for the official who opens them from a Tasklist form, in a new tab of the webapps' session (no
 * Basic prompt; /api stays the systems' door, with the same answers): the list in Japanese, each issued PDF as kept,
 * and the drafts, with what is being typed. Nothing changes; the account is the session's ({@link WebappSession}),
 * and what it may read is DocumentService's (AccessPolicy), as for the API. Refusals are Japanese pages with the
 * API's status.
 */
@Controller
class DocumentPageController {

    static final String CASE = "/documents/{procedure}/{caseNumber}";
    /** The form field of a typed draft's POST with the session's CSRF token. */
    static final String CSRF_FIELD = "_csrf";
    /** The page has no script; it only links (styles inline, an empty icon so that no /favicon.ico is asked for). */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'";

    private static final Map<Procedure, String> PROCEDURE_NAMES = Map.of(
            Procedure.SCREENING, "導入等計画書の審査",
            Procedure.DESIGNATION, "特定社会基盤事業者の指定",
            Procedure.SECTOR_ADDITION, "対象事業の追加の検討",
            Procedure.INSPECTION, "報告徴収・立入検査");

    private final DocumentService documents;
    private final DocumentRenderer renderer;
    private final WebappSession session;

    DocumentPageController(DocumentService documents, DocumentRenderer renderer, WebappSession session) {
        this.documents = documents;
        this.renderer = renderer;
        this.session = session;
    }

    @GetMapping(value = CASE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> list(@PathVariable String procedure, @PathVariable String caseNumber, HttpServletRequest request) {
        Actor actor = signedIn(request);
        Procedure p = DocumentController.procedure(procedure);
        List<Map<String, Object>> rows = documents.documents(actor, p, caseNumber).stream().map(d -> row(procedure, d)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("procedureName", PROCEDURE_NAMES.get(p));
        model.put("caseNumber", caseNumber);
        model.put("documents", rows);
        return page(HttpStatus.OK, model);
    }

    @GetMapping(value = CASE + "/{documentId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> issued(@PathVariable String procedure, @PathVariable String caseNumber, @PathVariable UUID documentId,
                                  HttpServletRequest request) {
        Actor actor = signedIn(request);
        return DocumentController.issued(documents.document(actor, DocumentController.procedure(procedure), caseNumber, documentId));
    }

    /** The draft from the record (a link's GET, without the form's script). */
    @GetMapping(value = CASE + "/drafts/{kind}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> draft(@PathVariable String procedure, @PathVariable String caseNumber, @PathVariable String kind,
                                 HttpServletRequest request) {
        Actor actor = signedIn(request);
        return DocumentController.draftPdf(documents.draft(actor, DocumentController.procedure(procedure), caseNumber,
                DocumentController.kind(kind)), kind);
    }

    /**
     * The draft with what the official is typing (app/document-links.js submits the form's current values to a new
     * tab): a POST only because the values do not fit a link; it changes nothing and the values are not recorded
     * ({@link TypedDraft} checks them). The session's CSRF token comes as a field, as a webapp's form sends it.
     */
    @PostMapping(value = CASE + "/drafts/{kind}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> typedDraft(@PathVariable String procedure, @PathVariable String caseNumber, @PathVariable String kind,
                                      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        Actor actor = signedIn(request);
        if (!session.csrfTokenMatches(request, form.getFirst(CSRF_FIELD))) {
            throw new StaleForm();
        }
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> {
            if (values.size() != 1) {
                throw new InvalidInputException(name, "同じ項目は1回だけ送信してください。");
            }
            if (!name.equals(CSRF_FIELD)) {
                typed.put(name, values.get(0));
            }
        });
        return DocumentController.draftPdf(documents.draft(actor, DocumentController.procedure(procedure), caseNumber,
                DocumentController.kind(kind), typed), kind);
    }

    private Actor signedIn(HttpServletRequest request) {
        return session.actor(request).orElseThrow(SignInFirst::new);
    }

    private static Map<String, Object> row(String procedure, Issued d) {
        Map<String, Object> row = new HashMap<>();
        row.put("title", d.title());
        row.put("version", d.version());
        row.put("issuedOn", EraDates.format(d.issuedOn()));
        if (d.documentNumber() != null) {
            row.put("documentNumber", d.documentNumber());
        }
        row.put("href", "/documents/" + procedure + "/" + d.caseNumber() + "/" + d.id());
        return row;
    }

    /** No webapp session: the official signs in to Tasklist first (no Basic challenge here). */
    static final class SignInFirst extends RuntimeException {
        SignInFirst() {
            super("No webapp session");
        }
    }

    @ExceptionHandler(SignInFirst.class)
    ResponseEntity<String> signInFirst() {
        Map<String, Object> model = refusal("文書を表示するには、タスク一覧にログインしてください。");
        model.put("signIn", true);
        return page(HttpStatus.UNAUTHORIZED, model);
    }

    /** A POST without the session's CSRF token: a page of another site, or one left open from an earlier session. */
    static final class StaleForm extends RuntimeException {
        StaleForm() {
            super("No CSRF token of the session");
        }
    }

    @ExceptionHandler(StaleForm.class)
    ResponseEntity<String> staleForm() {
        return page(HttpStatus.FORBIDDEN, refusal("タスク一覧を再読み込みしてから、もう一度開いてください。"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return page(HttpStatus.NOT_FOUND, refusal("この案件又は文書は見つからないか、このアカウントでは表示できません。"));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<String> notPermitted() {
        return page(HttpStatus.FORBIDDEN, refusal("このアカウントでは、この文書の案を表示できません。"));
    }

    /** A page for a browser; for any other client problem+json naming the field, as the API answers. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<?> invalid(InvalidInputException e, HttpServletRequest request) {
        String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
        if (!accept.contains(MediaType.TEXT_HTML_VALUE)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid input: " + e.field());
            problem.setTitle("Invalid input");
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", String.valueOf(e.getMessage()))));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return page(HttpStatus.BAD_REQUEST, refusal("入力中の値を文書に記載できません（項目: " + e.field() + "）: " + e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> notADocument() {
        return page(HttpStatus.BAD_REQUEST, refusal("文書の指定が正しくありません。"));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<String> cannotRender() {
        return page(HttpStatus.CONFLICT, refusal("文書を作成できません（文書用のフォントがありません）。管理者に連絡してください。"));
    }

    private static Map<String, Object> refusal(String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("message", message);
        return model;
    }

    private ResponseEntity<String> page(HttpStatus status, Map<String, Object> model) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PAGE_POLICY).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(renderer.page("case-documents", model));
    }
}
