package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.registry.DesignationRegistry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * 公示: records when the notice (designation 様式第一, revocation 様式第三) was published in the official gazette and on the
 * internet. Used by the designation and the revocation process.
 */
@Component("publishDesignationCompletion")
class PublishNoticeCompletion implements TaskListener {

    private final DesignationRegistry designations;
    private final StatutoryTime time;

    PublishNoticeCompletion(DesignationRegistry designations, StatutoryTime time) {
        this.designations = designations;
        this.time = time;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate gazette = form.date(GAZETTE_PUBLISHED_ON, "官報公示日");
        LocalDate internet = form.date(INTERNET_PUBLISHED_ON, "インターネット公表日");
        LocalDate today = time.today();
        FormValues.require(!gazette.isAfter(today) && !internet.isAfter(today), "公示日に将来の日付は入力できません。");
        designations.publishNotice(UUID.fromString((String) task.getVariable(NOTICE_ID)), gazette, internet);
    }

    /** The revocation process publishes its notice the same way. */
    @Configuration
    static class Aliases {

        @Bean
        TaskListener publishRevocationCompletion(PublishNoticeCompletion listener) {
            return listener;
        }
    }
}
