package dev.ocfcloud.gateway.session;

import java.time.Duration;
import java.time.Instant;

/**
 * When to ping a quiet device and when to give up on it. Any frame from the device counts as a
 * sign of life (a Pong, a request, a notification).
 */
final class KeepAlive {
    /** What the session should do now. */
    enum Verdict {
        NOTHING,
        PING,
        GIVE_UP
    }

    private final Duration interval;
    private final Duration timeout;
    private Instant lastHeard;
    private Instant pingedAt;

    KeepAlive(Duration interval, Duration timeout, Instant now) {
        this.interval = interval;
        this.timeout = timeout;
        this.lastHeard = now;
    }

    void heard(Instant now) {
        lastHeard = now;
        pingedAt = null;
    }

    Verdict check(Instant now) {
        if (pingedAt != null) {
            return now.isAfter(pingedAt.plus(timeout)) ? Verdict.GIVE_UP : Verdict.NOTHING;
        }
        if (now.isAfter(lastHeard.plus(interval))) {
            pingedAt = now;
            return Verdict.PING;
        }
        return Verdict.NOTHING;
    }
}
