package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.util.Set;

import jp.espa.kikan.platform.FormValues;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 中小企業等に係る追加審査: the senior official decides, with a recorded reason. */
@Component
class SeniorReviewCompletion implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean designate = DESIGNATE_DECISION.equals(form.choice(SENIOR_DECISION, "追加審査の判断",
                Set.of(DESIGNATE_DECISION, DO_NOT_DESIGNATE_DECISION)));
        form.text(SENIOR_REASON, "追加審査の理由");
        task.setVariable(DESIGNATE, designate);
    }
}
