package jp.espa.kikan.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who made an act: the official logged in to Tasklist, else the task's assignee; timers act as "system". */
@Component
public class Officials {

    public static final String SYSTEM = "system";

    private final IdentityService identity;

    Officials(IdentityService identity) {
        this.identity = identity;
    }

    public String current(DelegateTask task) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    }

    public String current() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM;
    }
}
