package jp.espa.kikan.screening;

import java.time.LocalDate;

import jp.espa.kikan.periods.StatutoryTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the official how many days of the statutory period remain when the task is created. */
@Component
class DaysLeftListener implements TaskListener {

    private final StatutoryTime time;

    DaysLeftListener(StatutoryTime time) {
        this.time = time;
    }

    @Override
    public void notify(DelegateTask task) {
        Object lastDay = task.getVariable(ScreeningVariables.PERIOD_LAST_DAY);
        if (lastDay != null) {
            task.setVariableLocal(ScreeningVariables.DAYS_LEFT, time.daysLeft(LocalDate.parse(lastDay.toString())));
        }
    }
}
