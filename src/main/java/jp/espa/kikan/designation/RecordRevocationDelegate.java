package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 解除と通知（様式第三）: the registry records the revocation and the notice is issued. */
@Component
class RecordRevocationDelegate implements JavaDelegate {

    private final DesignationRegistry designations;
    private final StatutoryTime time;
    private final Officials officials;

    RecordRevocationDelegate(DesignationRegistry designations, StatutoryTime time, Officials officials) {
        this.designations = designations;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID designationId = UUID.fromString((String) execution.getVariable(DESIGNATION_ID));
        LocalDate revokedOn = LocalDate.parse(execution.getVariable(REVOKED_ON).toString().substring(0, 10));
        String reason = (String) execution.getVariable(REVOCATION_REASON);
        designations.revoke(designationId, revokedOn, reason);
        Designation d = designations.designation(designationId);
        String contents = Notices.revocation(d, (String) execution.getVariable(SECTOR_NAME), revokedOn, reason);
        UUID noticeId = designations.issueNotice(designationId, Notices.REVOCATION_FORM, time.today(), contents,
                officials.current());
        execution.setVariable(NOTICE_ID, noticeId.toString());
        execution.setVariable(NOTICE_CONTENTS, contents);
    }
}
