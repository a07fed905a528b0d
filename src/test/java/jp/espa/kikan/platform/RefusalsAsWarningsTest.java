package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Which failed engine commands are refusals (one warning line) and which keep the engine's ERROR with a stack trace. */
class RefusalsAsWarningsTest {

    @Test
    void aFormsRejectionWrappedByTheEngineIsARefusal() {
        BadUserRequestException rejected = new BadUserRequestException("「判断日」に将来の日付は入力できません。");
        assertThat(RefusalsAsWarnings.refusal(new ProcessEngineException("ENGINE-03051 TaskListener failed", rejected)))
                .isSameAs(rejected);
    }

    @Test
    void aRuleOfTheCaseIsARefusalWhereverItIsInTheChain() {
        ConflictException early = new BeforeItsDayException(LocalDate.of(2026, 12, 26), "期日前");
        assertThat(RefusalsAsWarnings.refusal(new BadUserRequestException("期日前", early))).isSameAs(early);
        InvalidInputException invalid = new InvalidInputException("meetingDate", "開催日");
        assertThat(RefusalsAsWarnings.refusal(new ProcessEngineException(new BadUserRequestException("開催日", invalid))))
                .isSameAs(invalid);
    }

    @Test
    void unexpectedFailuresAndTheEnginesOwnClientErrorsAreNot() {
        assertThat(RefusalsAsWarnings.refusal(new ProcessEngineException("ENGINE-03051", new NullPointerException()))).isNull();
        assertThat(RefusalsAsWarnings.refusal(new IllegalStateException("No case X"))).isNull();
        assertThat(RefusalsAsWarnings.refusal(new BadUserRequestException("Cannot find task 42"))).isNull();
    }
}
