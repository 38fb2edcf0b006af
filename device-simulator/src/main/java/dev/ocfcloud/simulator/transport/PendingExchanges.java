package dev.ocfcloud.simulator.transport;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.Token;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Requests (and Pings) waiting for their answer. Over TCP there is no message ID: an answer is matched
 * by its token alone (RFC 8323 §3.3), so each outstanding exchange has its own random 8-byte token, as
 * iotivity-lite's {@code oc_client_cb} does. Confined to the connection's event loop.
 */
final class PendingExchanges {
    private final Vertx vertx;
    private final Map<Token, Pending> pending = new HashMap<>();

    private record Pending(Promise<CoapMessage> answer, long timer) {}

    PendingExchanges(Vertx vertx) {
        this.vertx = vertx;
    }

    /** A random 8-byte token no outstanding exchange uses. */
    Token newToken() {
        Token token;
        do {
            token = Token.ofPacked(ThreadLocalRandom.current().nextLong(), Token.MAX_LENGTH);
        } while (pending.containsKey(token));
        return token;
    }

    /** The answer carrying {@code token}, or a {@link RequestTimeoutException} after {@code timeout}. */
    Future<CoapMessage> await(Token token, Duration timeout) {
        Promise<CoapMessage> answer = Promise.promise();
        long timer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> {
            if (pending.remove(token) != null) {
                answer.tryFail(new RequestTimeoutException(timeout));
            }
        });
        pending.put(token, new Pending(answer, timer));
        return answer.future();
    }

    /** Completes the exchange with this message's token; false if none waits for it. */
    boolean complete(CoapMessage message) {
        Pending waiting = pending.remove(message.token());
        if (waiting == null) {
            return false;
        }
        vertx.cancelTimer(waiting.timer());
        waiting.answer().tryComplete(message);
        return true;
    }

    void forget(Token token) {
        Pending waiting = pending.remove(token);
        if (waiting != null) {
            vertx.cancelTimer(waiting.timer());
        }
    }

    void failAll(Throwable cause) {
        List<Pending> all = new ArrayList<>(pending.values());
        pending.clear();
        for (Pending waiting : all) {
            vertx.cancelTimer(waiting.timer());
            waiting.answer().tryFail(cause);
        }
    }
}
