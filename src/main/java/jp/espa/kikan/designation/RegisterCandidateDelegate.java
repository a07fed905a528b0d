package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.math.BigDecimal;
import java.util.Set;

import jp.espa.kikan.designation.DesignationIntake.Proposal;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.platform.InvalidInputException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 候補の登録: a proposal from the API arrives registered; one from the Tasklist start form is registered here. */
@Component
class RegisterCandidateDelegate implements JavaDelegate {

    private final DesignationIntake intake;
    private final Officials officials;

    RegisterCandidateDelegate(DesignationIntake intake, Officials officials) {
        this.intake = intake;
        this.officials = officials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(DESIGNATION_CASE_ID) != null) {
            return;
        }
        FormValues form = new FormValues(execution);
        try {
            register(execution, form);
        } catch (InvalidInputException e) {
            throw FormValues.reject("入力内容に誤りがあります（" + e.field() + "）: " + e.getMessage());
        } catch (NumberFormatException e) {
            throw FormValues.reject("資本金・従業員の数は数値で入力してください。");
        }
    }

    private void register(DelegateExecution execution, FormValues form) {
        Proposal proposal = new Proposal(form.text(PROPOSAL_NUMBER, "提案番号"), form.text(CORPORATE_NUMBER, "法人番号"),
                form.text(OPERATOR_NAME, "事業者の名称"), form.text(OPERATOR_ADDRESS, "住所"), form.text(SECTOR_CODE, "特定社会基盤事業"),
                form.choice(INDUSTRY, "業種", Set.of("MANUFACTURING_OTHER", "WHOLESALE", "SERVICE", "RETAIL")),
                new BigDecimal(form.text(CAPITAL_YEN, "資本金")), (int) Double.parseDouble(form.text(EMPLOYEES, "従業員の数")),
                form.text(PROPOSAL_REASON, "提案の理由"));
        execution.setVariables(intake.register(proposal, officials.current(), ""));
        execution.getProcessInstance().setProcessBusinessKey(proposal.proposalNumber());
    }
}
