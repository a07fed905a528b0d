package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.util.Set;
import java.util.UUID;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.registry.DesignationRegistry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 指定の審査: only an operator that meets the criteria may be designated (Art 50(1)). An SME, or a competition
 * concern flagged by the official, sends a designation to a senior review (basic guideline).
 */
@Component
class ReviewCandidateCompletion implements TaskListener {

    private final DesignationRegistry designations;

    ReviewCandidateCompletion(DesignationRegistry designations) {
        this.designations = designations;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean designate = DESIGNATE_DECISION.equals(form.choice(REVIEW_DECISION, "指定の判断",
                Set.of(DESIGNATE_DECISION, DO_NOT_DESIGNATE_DECISION)));
        form.text(REVIEW_REASON, "理由");
        FormValues.require(!designate || form.flag(CRITERIA_MET), "指定基準に該当しない事業者は指定できません（法第50条第1項）。");
        boolean concern = form.flag(COMPETITION_CONCERN);
        boolean sme = form.flag(SME);
        task.setVariable(COMPETITION_CONCERN, concern);
        task.setVariable(DESIGNATE, designate);
        task.setVariable(NEEDS_SENIOR_REVIEW, designate && (sme || concern));
        designations.recordReview(UUID.fromString((String) task.getVariable(DESIGNATION_CASE_ID)), sme, concern);
    }
}
