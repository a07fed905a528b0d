package jp.espa.kikan.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.documents.DocumentStore.Issued;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActRecorded;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written notices of the procedures: issued once when the act that makes them is recorded (in its transaction),
 * numbered, rendered, hashed and kept; served as kept, never re-rendered. Drafts before the act are rendered on
 * demand and not kept. Who may read which document is {@code AccessPolicy}'s: the competent ministry and the Cabinet
 * Office every document of a case, the portal those addressed to an operator it represents.
 */
@Service
public class DocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final DocumentContents contents;
    private final DocumentRenderer renderer;
    private final DocumentStore store;
    private final AccessChecks access;

    DocumentService(DocumentContents contents, DocumentRenderer renderer, DocumentStore store, AccessChecks access) {
        this.contents = contents;
        this.renderer = renderer;
        this.store = store;
        this.access = access;
    }

    /** A written act was recorded: its document is issued with it (a failure rolls the act back too). */
    @EventListener
    void onActRecorded(LegalActRecorded recorded) {
        DocumentKind.issuedBy(recorded.procedure(), recorded.act()).ifPresent(kind -> issue(kind, recorded));
    }

    private void issue(DocumentKind kind, LegalActRecorded recorded) {
        if (!renderer.available()) { // only outside production (the renderer refuses to start there without it)
            LOG.warn("{} of {} not issued: {}", kind, recorded.caseNumber(), renderer.missingFont());
            return;
        }
        LegalAct act = recorded.act();
        CaseRef ref = contents.caseRef(recorded.procedure(), recorded.caseNumber())
                .orElseThrow(() -> new IllegalStateException("No case " + recorded.caseNumber() + " for its " + kind));
        String number = store.nextNumber(ref.issuerCode(), act.actDate());
        Map<String, Object> model = contents.model(kind, recorded.caseNumber(), Optional.of(act));
        model.put("documentNumber", number);
        byte[] pdf = renderer.pdf(kind, model);
        int version = store.issuedBefore(recorded.procedure(), recorded.caseNumber(), kind) + 1;
        store.insert(new Issued(UUID.randomUUID(), recorded.actId(), recorded.procedure(), recorded.caseNumber(), kind,
                version, kind.title(), number, ref.issuerCode(), act.actDate(), kind.toOperator() ? ref.operatorId() : null,
                sha256(pdf), act.official(), OffsetDateTime.now()), pdf);
    }

    /** The documents of a case the actor may read (404 when it may read none of the case's). */
    @Transactional(readOnly = true)
    public List<Issued> documents(Actor actor, Procedure procedure, String caseNumber) {
        CaseRef ref = readableCase(actor, procedure, caseNumber);
        return store.ofCase(procedure, caseNumber).stream().filter(d -> mayRead(actor, ref, d)).toList();
    }

    /** One issued document: its bytes exactly as issued. */
    @Transactional(readOnly = true)
    public Download document(Actor actor, Procedure procedure, String caseNumber, UUID documentId) {
        CaseRef ref = readableCase(actor, procedure, caseNumber);
        Issued d = store.find(documentId)
                .filter(found -> found.procedure() == procedure && found.caseNumber().equals(caseNumber))
                .filter(found -> mayRead(actor, ref, found))
                .orElseThrow(() -> new NotFoundException("文書 " + documentId + " はないか、このアカウントからは参照できません。"));
        return new Download(d, store.content(d.id()));
    }

    public record Download(Issued document, byte[] pdf) {
    }

    /** The draft of a document before its act, from what the case file holds now; not kept, numbered only on issue. */
    @Transactional(readOnly = true)
    public byte[] draft(Actor actor, Procedure procedure, String caseNumber, DocumentKind kind) {
        return draft(actor, procedure, caseNumber, kind, Map.of());
    }

    /**
     * The draft with what the official is typing into the form in place of what the record holds ({@link TypedDraft}):
     * checked, used for this rendering only, never recorded.
     */
    @Transactional(readOnly = true)
    public byte[] draft(Actor actor, Procedure procedure, String caseNumber, DocumentKind kind, Map<String, String> typed) {
        CaseRef ref = readableCase(actor, procedure, caseNumber);
        if (!access.permits(actor, Action.DRAFT_DOCUMENTS, subject(ref, ref.operatorId()))) {
            throw new NotPermittedException(actor.userId() + " には、事案 " + caseNumber + " の案を参照する権限がありません。");
        }
        if (kind.procedure() != procedure) {
            throw new InvalidInputException("kind", kind + " は手続 " + procedure + " の文書ではありません。");
        }
        TypedDraft.check(kind, typed);
        Map<String, Object> model = contents.model(kind, caseNumber, Optional.empty());
        TypedDraft.apply(kind, typed, model);
        model.put("documentNumber", "（文書番号は発出時に付番）");
        return renderer.pdf(kind, model);
    }

    private CaseRef readableCase(Actor actor, Procedure procedure, String caseNumber) {
        return contents.caseRef(procedure, caseNumber)
                .filter(ref -> access.permits(actor, Action.READ_DOCUMENTS, subject(ref, ref.operatorId())))
                .orElseThrow(() -> new NotFoundException("事案 " + caseNumber + " はないか、このアカウントからは参照できません。"));
    }

    private boolean mayRead(Actor actor, CaseRef ref, Issued d) {
        return access.permits(actor, Action.READ_DOCUMENTS, subject(ref, d.addresseeOperatorId()));
    }

    private static Subject subject(CaseRef ref, UUID operatorId) {
        return new Subject(ref.ministryGroup(), operatorId);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
