package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationService.CHANGE_KEY;
import static jp.espa.kikan.designation.DesignationService.DESIGNATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.espa.kikan.designation.DesignationRepository.ChangeNotice;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.platform.ProblemCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A designated operator's notice of a change of its name or address (Art 50(3), 96) and what follows it
 * (ChangeNoticeProcess, {@code CHANGE-<id>}): each competent ministry acknowledges and publishes the change (Art 50(2)
 * 後段), and the registry takes it on its day.
 */
@Service
class ChangeNoticeService {

    private static final int OPERATOR_NAME_MAX = 300; // operator.name

    enum ChangeKind {
        NAME("名称"), ADDRESS("住所");

        private final String labelJa;

        ChangeKind(String labelJa) {
            this.labelJa = labelJa;
        }

        String labelJa() {
            return labelJa;
        }
    }

    record ChangeReceipt(String corporateNumber, ChangeKind kind, LocalDate receivedOn, LocalDate effectiveOn, LocalDate dueBy,
                         boolean late, int ministriesNotified) {
    }

    private final DesignationService designationService;
    private final DesignationRegistry designations;
    private final DesignationRepository repository;
    private final PublishedParticulars particulars;
    private final SectorRegistry sectors;
    private final CaseFile caseFile;
    private final AccessChecks access;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final DesignationEngine engine;

    ChangeNoticeService(DesignationService designationService, DesignationRegistry designations, DesignationRepository repository,
                        PublishedParticulars particulars, SectorRegistry sectors, CaseFile caseFile, AccessChecks access, StatutoryPeriods periods,
                        StatutoryTime time, DesignationEngine engine) {
        this.designationService = designationService;
        this.designations = designations;
        this.repository = repository;
        this.particulars = particulars;
        this.sectors = sectors;
        this.caseFile = caseFile;
        this.access = access;
        this.periods = periods;
        this.time = time;
        this.engine = engine;
    }

    /**
     * A designated operator's notice that its name or address will change, filed through the portal that represents it.
     * It is due at least 2 weeks before the change; a late notice is accepted, recorded as late (a criminal fine of up
     * to ¥300,000 under Art 96, the corporation too under Art 97: not an administrative 過料) and shown to each competent
     * ministry, whose official publishes the change (Art 50(2) 後段); the registry shows it from its day.
     */
    @Transactional
    ChangeReceipt fileChangeNotice(Actor actor, String corporateNumber, ChangeKind kind, String newValue, LocalDate effectiveOn) {
        // the right before the registry: an operator this account does not file for is answered as one not in it
        access.requireSome(actor, Action.FILE_CHANGE_NOTICE);
        Operator operator = sectors.operatorByCorporateNumber(corporateNumber)
                .filter(o -> access.permits(actor, Action.FILE_CHANGE_NOTICE, new Subject(null, o.id())))
                .orElseThrow(() -> new NotFoundException("法人番号 " + corporateNumber
                        + " の事業者は、このアカウントが届出を行う事業者ではありません。"));
        List<Designation> current = designations.designations(null, corporateNumber).stream()
                .filter(d -> d.revokedOn() == null).toList();
        if (current.isEmpty()) {
            throw new InvalidInputException(ProblemCode.NOT_DESIGNATED, "corporateNumber", operator.name() + " は特定社会基盤事業者として指定されていません。");
        }
        LocalDate firstDesignated = current.stream().map(Designation::designatedOn).min(LocalDate::compareTo).orElseThrow();
        if (!effectiveOn.isAfter(firstDesignated)) {
            // the registry publishes the particulars on record as in effect since the designation
            throw new InvalidInputException("effectiveOn", "変更の日は、指定の日（" + firstDesignated + "）より後の日にしてください。");
        }
        if (kind == ChangeKind.NAME && newValue.length() > OPERATOR_NAME_MAX) {
            throw new InvalidInputException("newValue", "名称は " + OPERATOR_NAME_MAX + " 文字以内で記載してください。");
        }
        String oldValue = kind == ChangeKind.NAME ? operator.name() : operator.address();
        LocalDate today = time.today();
        LocalDate dueBy = periods.changeNoticeDueBy(effectiveOn);
        ChangeReceipt receipt = new ChangeReceipt(corporateNumber, kind, today, effectiveOn, dueBy, today.isAfter(dueBy),
                current.size());
        for (Designation d : current) {
            UUID id = repository.recordChangeNotice(operator.id(), d.id(), kind.name(), oldValue, newValue, effectiveOn, today,
                    receipt.late(), actor.userId());
            String key = CHANGE_KEY + id;
            caseFile.record(DESIGNATION, key, LegalActType.CHANGE_NOTICE_RECEIVED, today, actor.userId(),
                    kind + ": " + oldValue + " → " + newValue + " (effective " + effectiveOn + (receipt.late() ? ", late" : "") + ")");
            Map<String, Object> variables = DesignationVariables.changeNotice(operator,
                    sectors.sector(d.sectorCode()).orElseThrow(), receipt, oldValue, newValue);
            variables.put(DesignationVariables.DESIGNATION_CASE_NUMBER, key); // its form links to the case's documents
            engine.startChangeNotice(key, variables);
        }
        return receipt;
    }

    /** A change notice of release 1, still waiting for its ministry: recorded per designation; returns its case key. */
    String adoptLegacyChangeNotice(String corporateNumber, UUID designationId, ChangeKind kind, String oldValue, String newValue,
                                   LocalDate effectiveOn, LocalDate receivedOn, boolean late) {
        Designation d = designations.designation(designationId);
        if (!d.corporateNumber().equals(corporateNumber)) {
            throw new IllegalStateException("Change notice of " + corporateNumber + " names a designation of another operator");
        }
        UUID id = repository.recordChangeNotice(d.operatorId(), d.id(), kind.name(), oldValue, newValue, effectiveOn,
                receivedOn, late, Actor.SYSTEM.userId());
        return CHANGE_KEY + id;
    }

    /** 変更届出の確認: the competent ministry acknowledges the notice and records the day it published the change (Art 50(2) 後段). */
    void acknowledgeChangeNotice(Actor actor, String key, LocalDate publicRecordUpdatedOn, String note) {
        ChangeNotice notice = changeNotice(key);
        Designation d = designations.designation(notice.designationId());
        designationService.requireStep(actor, Action.DECIDE_DESIGNATION, d.sectorCode(), d.operatorId());
        if (publicRecordUpdatedOn.isAfter(time.today())) {
            throw new InvalidInputException(DesignationVariables.PUBLIC_RECORD_UPDATED_ON, "変更の公示の日に将来の日付は入力できません。");
        }
        repository.acknowledgeChangeNotice(notice.id(), time.today());
        caseFile.recordDecision(DESIGNATION, key, LegalActType.CHANGE_NOTICE_ACKNOWLEDGED, time.today(), actor.userId(),
                "ACKNOWLEDGED", publicRecordUpdatedOn, note);
    }

    /**
     * 変更の公示 (Art 50(2) 後段): the changed name or address is published, on the day the ministry set, with the day it
     * takes effect; the public registry shows it from that day (the particular is recorded as in effect from then).
     */
    void publishChange(String key) {
        ChangeNotice notice = changeNotice(key);
        LegalAct acknowledgement = acknowledgement(key);
        Designation d = designations.designation(notice.designationId());
        particulars.recordParticular(notice.operatorId(), PublishedParticulars.Particular.valueOf(notice.changeKind()),
                notice.newValue(), notice.effectiveOn(), notice.id());
        String contents = Notices.change(d, sectors.sector(d.sectorCode()).orElseThrow().nameJa(),
                ChangeKind.valueOf(notice.changeKind()).labelJa(), notice.oldValue(), notice.newValue(), notice.effectiveOn());
        UUID noticeId = repository.issueNotice(d.id(), Notices.CHANGE_FORM, time.today(), contents, acknowledgement.official());
        repository.publishNotice(noticeId, acknowledgement.effectiveOn(), acknowledgement.effectiveOn());
        caseFile.record(DESIGNATION, key, LegalActType.CHANGE_PUBLISHED, acknowledgement.effectiveOn(), acknowledgement.official(),
                new ActContent.ChangePublication(notice.changeKind(), notice.oldValue(), notice.newValue(), notice.effectiveOn()));
    }

    /** The day the notified change takes effect, which the change-notice model waits for. */
    LocalDate changeEffectiveOn(String key) {
        return changeNotice(key).effectiveOn();
    }

    /**
     * 登録事項の変更, on the day the change takes effect: the operator's row, which notices, task cards and documents
     * read, takes the particulars in effect that day. A notice issued before the day is addressed by the old name:
     * until then the operator still bears it (Art 50(3) notifies the change before it is made).
     */
    void updateRegistry(String key) {
        ChangeNotice notice = changeNotice(key);
        time.requireReached(notice.effectiveOn(), "登録事項の変更", "変更の日 " + notice.effectiveOn());
        particulars.takeParticularsInEffect(notice.operatorId(), time.today());
        caseFile.record(DESIGNATION, key, LegalActType.REGISTRY_UPDATED, time.today(), acknowledgement(key).official(),
                notice.changeKind() + " → " + notice.newValue());
    }

    String reviewerGroupOfChangeNotice(String key) {
        return designationService.reviewerGroup(designations.designation(changeNotice(key).designationId()).sectorCode());
    }

    ChangeNotice changeNotice(String key) {
        return repository.changeNotice(UUID.fromString(key.substring(CHANGE_KEY.length())));
    }

    private LegalAct acknowledgement(String key) {
        return caseFile.latest(DESIGNATION, key, LegalActType.CHANGE_NOTICE_ACKNOWLEDGED).orElseThrow();
    }
}
