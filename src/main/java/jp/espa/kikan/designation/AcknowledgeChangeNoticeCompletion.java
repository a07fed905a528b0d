package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 変更届出の確認と公示（様式第二）: the registry takes the new name or address and the public record is updated. */
@Component
class AcknowledgeChangeNoticeCompletion implements TaskListener {

    private final DesignationRegistry designations;
    private final StatutoryTime time;
    private final Officials officials;

    AcknowledgeChangeNoticeCompletion(DesignationRegistry designations, StatutoryTime time, Officials officials) {
        this.designations = designations;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate published = form.date(PUBLIC_RECORD_UPDATED_ON, "公示の更新日");
        FormValues.require(!published.isAfter(time.today()), "公示の更新日に将来の日付は入力できません。");
        UUID designationId = UUID.fromString((String) task.getVariable(DESIGNATION_ID));
        Designation d = designations.designation(designationId);
        String newValue = (String) task.getVariable(NEW_VALUE);
        if ("名称".equals(task.getVariable(CHANGE_KIND_LABEL))) {
            designations.rename(d.operatorId(), newValue);
        } else {
            designations.move(d.operatorId(), newValue);
        }
        String contents = Notices.change(d, (String) task.getVariable(SECTOR_NAME), (String) task.getVariable(CHANGE_KIND_LABEL),
                (String) task.getVariable(OLD_VALUE), newValue, form.optionalDate(EFFECTIVE_ON));
        UUID noticeId = designations.issueNotice(designationId, Notices.CHANGE_FORM, time.today(), contents, officials.current(task));
        designations.publishNotice(noticeId, published, published);
    }
}
