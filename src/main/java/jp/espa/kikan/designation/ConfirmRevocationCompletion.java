package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 指定の解除: revocation is mandatory; the official sets its date (not before the designation, not in the future). */
@Component
class ConfirmRevocationCompletion implements TaskListener {

    private final StatutoryTime time;

    ConfirmRevocationCompletion(StatutoryTime time) {
        this.time = time;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate revokedOn = form.date(REVOKED_ON, "解除日");
        form.text(REVOCATION_REASON, "解除の理由");
        LocalDate designatedOn = form.optionalDate(DESIGNATED_ON);
        FormValues.require(!revokedOn.isBefore(designatedOn) && !revokedOn.isAfter(time.today()),
                "解除日は指定日（" + designatedOn + "）以後、本日以前にしてください。");
    }
}
