package dev.ocfcloud.gateway.ocf.account;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.auth.TokenGrant;
import dev.ocfcloud.model.auth.VerifiedToken;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Makes sign-up idempotent for a device repeating the same code (PROTOCOL.md §1.2: retries after
 * 2 s resend the code, and a lost answer makes a device sign up again on a new connection). The
 * first exchange of a (device, code) pair runs; repeats within {@link #RETENTION} share its
 * outcome. Failures are not kept, so a transient one can be retried. Shared by every connection of
 * this gateway process, bounded in size.
 */
public final class SignUpExchanges {
    static final Duration RETENTION = Duration.ofMinutes(2);
    static final int MAX_ENTRIES = 100_000;

    private final ConcurrentHashMap<Key, Entry> exchanges = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignUpExchanges(Clock clock) {
        this.clock = clock;
    }

    /** The tokens a device's code was exchanged for, with the owner they name. */
    public record Exchanged(TokenGrant grant, VerifiedToken token) {}

    /**
     * The outcome of exchanging the code, running {@code exchange} only if no exchange of this pair
     * is kept; completes on the calling context.
     */
    public Future<Exchanged> exchange(DeviceId device, String code, Supplier<Future<Exchanged>> exchange) {
        Context caller = Vertx.currentContext();
        Key key = new Key(device, code);
        Instant now = clock.instant();
        Entry[] created = new Entry[1];
        Entry kept = exchanges.compute(key, (k, old) -> {
            if (old != null && old.expires.isAfter(now)) {
                return old;
            }
            created[0] = new Entry(new CompletableFuture<>(), now.plus(RETENTION));
            return created[0];
        });
        if (created[0] != null) {
            evictIfFull(now);
            exchange.get().onComplete(kept.outcome::complete, failure -> {
                exchanges.remove(key, kept);
                kept.outcome.completeExceptionally(failure);
            });
        }
        return caller == null
                ? Future.fromCompletionStage(kept.outcome)
                : Future.fromCompletionStage(kept.outcome, caller);
    }

    private void evictIfFull(Instant now) {
        if (exchanges.size() > MAX_ENTRIES) {
            exchanges.values().removeIf(entry -> !entry.expires.isAfter(now));
        }
        if (exchanges.size() > MAX_ENTRIES) {
            // Still full of live entries: the oldest go; a retry of theirs exchanges again.
            exchanges.entrySet().stream()
                    .sorted((a, b) -> a.getValue().expires.compareTo(b.getValue().expires))
                    .limit(exchanges.size() - MAX_ENTRIES)
                    .forEach(entry -> exchanges.remove(entry.getKey(), entry.getValue()));
        }
    }

    int size() {
        return exchanges.size();
    }

    private record Key(DeviceId device, String code) {}

    private record Entry(CompletableFuture<Exchanged> outcome, Instant expires) {}
}
