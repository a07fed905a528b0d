package jp.espa.kikan.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Component;

/**
 * Finding a screening case and who may touch it, for the services of the procedure: a case the actor may not read
 * does not exist for them (404); one they may read but not act on is refused (403).
 */
@Component
class ScreeningAccess {

    private final ScreeningRepository cases;
    private final SectorRegistry registry;
    private final AccessChecks access;

    ScreeningAccess(ScreeningRepository cases, SectorRegistry registry, AccessChecks access) {
        this.cases = cases;
        this.registry = registry;
        this.access = access;
    }

    Subject subject(ScreeningCaseRow c) {
        return new Subject(reviewerGroup(c), c.operatorId());
    }

    String reviewerGroup(ScreeningCaseRow c) {
        return registry.sector(c.sectorCode()).orElseThrow().reviewerGroup();
    }

    /** The case a process runs for: its business key is the application number. */
    ScreeningCaseRow byNumber(String applicationNumber) {
        return cases.findByApplicationNumber(applicationNumber)
                .orElseThrow(() -> new IllegalStateException("No screening case " + applicationNumber));
    }

    /** The case with its case file, for its rules. */
    ScreeningCase caseOf(String applicationNumber) {
        return cases.load(byNumber(applicationNumber));
    }

    /** A case the actor may read; anyone else is told it does not exist. */
    ScreeningCaseRow readable(Actor actor, UUID caseId) {
        ScreeningCaseRow c = cases.find(caseId).orElseThrow(ScreeningAccess::notFound);
        if (!access.permits(actor, Action.READ_SCREENING, subject(c))) {
            throw notFound();
        }
        return c;
    }

    /** The case of an application number already filed, if the actor may read it (idempotent filing). */
    Optional<ScreeningCaseRow> existing(Actor actor, String applicationNumber) {
        return cases.findByApplicationNumber(applicationNumber).map(c -> readable(actor, c.id()));
    }

    /** The parties as filed, with their personal data: for the competent ministry and the filing portal only. */
    List<PlanParty> partiesWithPersonalData(Actor actor, UUID caseId) {
        ScreeningCaseRow c = readable(actor, caseId);
        requireRight(actor, Action.READ_CASE_FILE, c);
        return cases.parties(c.id());
    }

    /** The case for an act; 404 for those who may not even read it, 403 for those who may read but not act. */
    ScreeningCase actingOn(Actor actor, Action action, UUID caseId) {
        ScreeningCaseRow c = readable(actor, caseId);
        requireRight(actor, action, c);
        return cases.load(c);
    }

    /** The case of an official's step, with the check that the official belongs to its competent ministry. */
    ScreeningCase ministryStep(Actor actor, String applicationNumber) {
        ScreeningCaseRow c = byNumber(applicationNumber);
        requireCompetent(actor, c);
        return cases.load(c);
    }

    void requireCompetent(Actor actor, ScreeningCaseRow c) {
        if (!access.permits(actor, Action.DECIDE_SCREENING, subject(c))) {
            throw new NotPermittedException(registry.notCompetentJa(c.sectorCode()));
        }
    }

    private void requireRight(Actor actor, Action action, ScreeningCaseRow c) {
        if (!access.permits(actor, action, subject(c))) {
            throw new NotPermittedException(actor.userId() + " には、事案 " + c.applicationNumber() + " についてこの操作を行う権限がありません。");
        }
    }

    /** Names no id: a filing under another operator's number reaches here with that case's own id. */
    private static NotFoundException notFound() {
        return new NotFoundException("該当する事案はないか、このアカウントからは参照できません。");
    }
}
