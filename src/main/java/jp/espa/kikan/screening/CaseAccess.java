package jp.espa.kikan.screening;

import java.util.UUID;

import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.ScreeningCase;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.platform.NotFoundException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who sees and acts on a case: the portal account that filed it, the competent ministry of its sector,
 * the Cabinet Office (reading only) and administrators. Anyone else is told the case does not exist.
 */
@Component
class CaseAccess {

    private final CaseRepository cases;
    private final SectorRegistry registry;

    CaseAccess(CaseRepository cases, SectorRegistry registry) {
        this.cases = cases;
        this.registry = registry;
    }

    ScreeningCase readable(UUID caseId, Authentication user) {
        ScreeningCase c = find(caseId);
        if (isFiler(c, user) || isCompetentMinistry(c, user) || Roles.isMember(user, Roles.CABINET_OFFICE)) {
            return c;
        }
        throw notFound(caseId);
    }

    /** The operator's side: corrections, changes and replies come from the account that filed the case. */
    ScreeningCase filedBy(UUID caseId, Authentication user) {
        ScreeningCase c = find(caseId);
        if (isFiler(c, user)) {
            return c;
        }
        throw notFound(caseId);
    }

    /** The ministry's side: acts of the competent minister. */
    ScreeningCase ofCompetentMinistry(UUID caseId, Authentication user) {
        ScreeningCase c = find(caseId);
        if (isCompetentMinistry(c, user)) {
            return c;
        }
        throw notFound(caseId);
    }

    private ScreeningCase find(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> notFound(caseId));
    }

    private static boolean isFiler(ScreeningCase c, Authentication user) {
        return c.submittedBy().equals(user.getName()) || Roles.isMember(user, Roles.ADMIN);
    }

    private boolean isCompetentMinistry(ScreeningCase c, Authentication user) {
        String group = registry.sector(c.sectorCode()).orElseThrow().reviewerGroup();
        return Roles.isMember(user, group) || Roles.isMember(user, Roles.ADMIN);
    }

    private static NotFoundException notFound(UUID caseId) {
        return new NotFoundException("No screening case " + caseId + " visible to this account.");
    }
}
