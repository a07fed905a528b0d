package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 勧告前の延長の判断: too few days remain for reply and order; the official extends, or recommends knowingly. */
@Component
class DecideExtensionFirstCompletion implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String decision = form.choice(EXTENSION_FIRST_DECISION, "延長の判断", Set.of("EXTEND", "RECOMMEND_ANYWAY"));
        String reason = form.text(EXTENSION_FIRST_REASON, "理由");
        if ("EXTEND".equals(decision)) {
            ExtensionRules.accept(task, form, reason);
        }
    }
}
