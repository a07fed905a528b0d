package jp.espa.kikan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock an account: failures are counted per (user id, client
 * address). The first {@code freeFailures} failures of a pair cost nothing; each further failure makes that pair wait
 * {@code firstDelay}, doubled per failure up to {@code maxDelay}, during which its attempts are refused without
 * checking the password. A success clears the pair; a pair with no failure for {@code forgetAfter} starts afresh.
 * Other addresses of the same user are never affected, so an attacker cannot shut the real user out, and nothing is
 * permanent.
 *
 * <p>Kept in memory of this node: a restart forgets it, and several nodes each throttle on their own (an attacker
 * spreading guesses over n nodes gets at most n times the rate). That is enough to make online guessing useless
 * against the password policy, and needs no table, no clean-up job and no shared cache.
 */
public class LoginThrottle {

    /** Above this many remembered pairs, pairs idle for {@code forgetAfter} are dropped (bounded memory). */
    static final int TIDY_ABOVE = 10_000;

    private record Pair(String userId, String address) {
    }

    private record Failures(int count, Instant lastFailure, Instant waitUntil) {
    }

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<Pair, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, Clock clock) {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0
                || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("Login throttle: need 0 <= free failures, first delay <= max delay <= forget after");
        }
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** Whether attempts of this user from this address must wait; while they must, no password is checked. */
    public boolean mustWait(String userId, String address) {
        Failures current = failures.get(new Pair(userId, address));
        return current != null && clock.instant().isBefore(current.waitUntil());
    }

    /** How long this pair must still wait (zero when it need not). */
    public Duration remainingWait(String userId, String address) {
        Failures current = failures.get(new Pair(userId, address));
        if (current == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), current.waitUntil());
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public void failed(String userId, String address) {
        Instant now = clock.instant();
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(entry -> isForgotten(entry, now));
        }
        failures.compute(new Pair(userId, address), (pair, previous) -> {
            int count = previous == null || isForgotten(previous, now) ? 1 : previous.count() + 1;
            return new Failures(count, now, now.plus(delayAfter(count)));
        });
    }

    public void succeeded(String userId, String address) {
        failures.remove(new Pair(userId, address));
    }

    /** An administrator unlocked the user (Admin, {@code IdentityService.unlockUser}): every address starts afresh. */
    public void forget(String userId) {
        failures.keySet().removeIf(pair -> pair.userId().equals(userId));
    }

    /** The wait after the {@code count}-th consecutive failure. */
    Duration delayAfter(int count) {
        int beyondFree = count - freeFailures;
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay;
        for (int i = 1; i < beyondFree && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private boolean isForgotten(Failures entry, Instant now) {
        return !entry.lastFailure().plus(forgetAfter).isAfter(now);
    }

    int rememberedPairs() {
        return failures.size();
    }
}
