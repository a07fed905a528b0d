package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 回答・命令に要する日数の確認: a recommendation and an order share one deadline, the end of the period (Art 52(6), 52(9)).
 * A recommendation delivered today leaves room for an order only if the reply period ends before the last day.
 */
@Component
class CheckTimeForReplyAndOrderDelegate implements JavaDelegate {

    private final StatutoryPeriods periods;
    private final StatutoryTime time;

    CheckTimeForReplyAndOrderDelegate(StatutoryPeriods periods, StatutoryTime time) {
        this.periods = periods;
        this.time = time;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate lastDay = LocalDate.parse((String) execution.getVariable(PERIOD_LAST_DAY));
        LocalDate latest = periods.latestRecommendationLeavingRoomForOrder(lastDay);
        execution.setVariable(ENOUGH_TIME_FOR_ORDER, !time.today().isAfter(latest));
        execution.setVariable(LATEST_RECOMMENDATION_DAY_FOR_ORDER, latest.toString());
    }
}
