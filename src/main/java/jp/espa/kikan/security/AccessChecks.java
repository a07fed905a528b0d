package jp.espa.kikan.security;

import java.util.UUID;

import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.PortalAccounts;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.AccessPolicy.Reach;
import jp.espa.kikan.security.AccessPolicy.Role;

import org.springframework.stereotype.Component;

/**
 * Applies {@link AccessPolicy} to one case: an actor may do an action when one of its roles has the right and the
 * right reaches the case (its competent ministry, or an operator the portal account represents). The system
 * (timers, the engine's own steps, start-up data) acts on every case.
 */
@Component
public class AccessChecks {

    /** What a right can reach in a case: the reviewer group of its competent ministry and its operator. */
    public record Subject(String ministryGroup, UUID operatorId) {

        public static final Subject NONE = new Subject(null, null);

        public static Subject ofMinistry(String ministryGroup) {
            return new Subject(ministryGroup, null);
        }
    }

    private final PortalAccounts portals;

    AccessChecks(PortalAccounts portals) {
        this.portals = portals;
    }

    public boolean permits(Actor actor, Action action, Subject subject) {
        if (actor.isSystem()) {
            return true;
        }
        for (Role role : Role.of(actor)) {
            Reach reach = AccessPolicy.reach(role, action);
            if (reach != null && reaches(reach, role, actor, subject)) {
                return true;
            }
        }
        return false;
    }

    public void require(Actor actor, Action action, Subject subject) {
        if (!permits(actor, action, subject)) {
            throw new NotPermittedException(actor.userId() + " には、この事案についてこの操作（" + action + "）を行う権限がありません。");
        }
    }

    /**
     * Refuses an actor none of whose roles has the right on any case; checked before a case is looked up, so that an
     * account with the right learns of a case it may not reach no more than of one that does not exist (404).
     */
    public void requireSome(Actor actor, Action action) {
        if (!actor.isSystem() && Role.of(actor).stream().allMatch(role -> AccessPolicy.reach(role, action) == null)) {
            throw new NotPermittedException(actor.userId() + " には、この操作（" + action + "）を行う権限がありません。");
        }
    }

    private boolean reaches(Reach reach, Role role, Actor actor, Subject subject) {
        return switch (reach) {
            case ALL -> true;
            case COMPETENT_MINISTRY -> subject.ministryGroup() != null && actor.inGroup(
                    role == Role.MINISTRY_SENIOR ? Roles.seniorGroup(subject.ministryGroup()) : subject.ministryGroup());
            case REPRESENTED_OPERATOR -> subject.operatorId() != null && portals.represents(actor.userId(), subject.operatorId());
        };
    }
}
