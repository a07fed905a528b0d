package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;
import java.util.UUID;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 指定と通知（様式第一）: the designation enters the registry with its grace end (Art 53), and the notice is issued. */
@Component
class RecordDesignationDelegate implements JavaDelegate {

    private final DesignationRegistry designations;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final Officials officials;

    RecordDesignationDelegate(DesignationRegistry designations, StatutoryPeriods periods, StatutoryTime time,
                              Officials officials) {
        this.designations = designations;
        this.periods = periods;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable(DESIGNATION_CASE_ID));
        LocalDate today = time.today();
        Designation d = designations.designate(UUID.fromString((String) execution.getVariable(OPERATOR_ID)),
                (String) execution.getVariable(SECTOR_CODE), today, periods.graceEndsOn(today), caseId);
        designations.decide(caseId, DESIGNATE_DECISION, decisionReason(execution), today);
        String contents = Notices.designation(d, (String) execution.getVariable(SECTOR_NAME));
        UUID noticeId = designations.issueNotice(d.id(), Notices.DESIGNATION_FORM, today, contents, officials.current());
        execution.setVariable(DESIGNATION_ID, d.id().toString());
        execution.setVariable(DESIGNATED_ON, d.designatedOn().toString());
        execution.setVariable(GRACE_ENDS_ON, d.graceEndsOn().toString());
        execution.setVariable(NOTICE_ID, noticeId.toString());
        execution.setVariable(NOTICE_CONTENTS, contents);
    }

    /** The reason of whoever decided last: the senior reviewer when there was a senior review. */
    static String decisionReason(DelegateExecution execution) {
        Object senior = execution.getVariable(SENIOR_REASON);
        return senior != null ? senior.toString() : String.valueOf(execution.getVariable(REVIEW_REASON));
    }
}
