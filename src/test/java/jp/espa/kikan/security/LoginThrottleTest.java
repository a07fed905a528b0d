package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock the test moves. */
class LoginThrottleTest {

    static final String A = "203.0.113.10";
    static final String B = "198.51.100.20";

    /** A clock that moves only when told. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final TestClock clock = new TestClock();
    final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofHours(1), clock);

    @Test
    void threeFailuresAreFreeThenTheWaitDoublesUpToTheCap() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("portal", A);
            assertThat(throttle.mustWait("portal", A)).isFalse();
        }
        long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long seconds : expectedSeconds) {
            throttle.failed("portal", A);
            assertThat(throttle.remainingWait("portal", A)).isEqualTo(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
            assertThat(throttle.mustWait("portal", A)).isTrue();
            clock.advance(Duration.ofMillis(1));
            assertThat(throttle.mustWait("portal", A)).isFalse();
        }
        assertThat(throttle.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aSuccessClearsOnlyItsOwnAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("portal", A);
            throttle.failed("portal", B);
        }
        assertThat(throttle.mustWait("portal", A)).isTrue();
        assertThat(throttle.mustWait("portal", B)).isTrue();
        throttle.succeeded("portal", B);
        assertThat(throttle.mustWait("portal", B)).isFalse();
        assertThat(throttle.mustWait("portal", A)).isTrue();
        assertThat(throttle.mustWait("mlit-reviewer", A)).isFalse();
    }

    @Test
    void anAdministratorsUnlockForgetsEveryAddressOfTheUser() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("portal", A);
            throttle.failed("portal", B);
            throttle.failed("demo", A);
        }
        throttle.forget("portal");
        assertThat(throttle.mustWait("portal", A)).isFalse();
        assertThat(throttle.mustWait("portal", B)).isFalse();
        assertThat(throttle.mustWait("demo", A)).isTrue();
    }

    @Test
    void aPairIdleForAnHourStartsAfresh() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("portal", A);
            clock.advance(Duration.ofSeconds(61));
        }
        clock.advance(Duration.ofHours(1));
        throttle.failed("portal", A);
        assertThat(throttle.mustWait("portal", A)).as("first failure of a fresh count is free").isFalse();
    }

    @Test
    void memoryIsBoundedByForgettingIdlePairs() {
        for (int i = 0; i <= LoginThrottle.TIDY_ABOVE; i++) {
            throttle.failed("portal", "10.0." + (i / 256) + "." + (i % 256));
        }
        clock.advance(Duration.ofHours(2));
        throttle.failed("portal", A);
        assertThat(throttle.rememberedPairs()).isEqualTo(1);
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> new LoginThrottle(3, Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
