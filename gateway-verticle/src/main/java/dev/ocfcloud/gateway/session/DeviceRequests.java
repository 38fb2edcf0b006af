package dev.ocfcloud.gateway.session;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The cloud's requests to one device on its connection, matched to answers by token alone (there
 * are no message ids over TCP, PROTOCOL.md §1.0). An observation keeps its token after the first
 * answer and passes later notifications on. Bounded; deadlines are checked on each tick.
 */
public final class DeviceRequests {
    private final CoapConnection connection;
    private final int maxOutstanding;
    private final Duration timeout;
    private final Map<Token, Outstanding> outstanding = new HashMap<>();

    public DeviceRequests(CoapConnection connection, int maxOutstanding, Duration timeout) {
        this.connection = connection;
        this.maxOutstanding = maxOutstanding;
        this.timeout = timeout;
    }

    /** A request on its way: the token it went with and the device's (first) answer. */
    public record Sent(Token token, Future<CoapResponse> answer) {}

    /** Sends a request (its token is replaced) and completes with the device's answer. */
    public Future<CoapResponse> send(CoapRequest request, Instant now) {
        return start(request, now, null).answer();
    }

    /**
     * Sends an observe registration (GET with Observe 0); completes with the first answer. When that
     * answer carries an Observe option, later notifications with the token go to
     * {@code notifications} until {@link #forget} or close.
     */
    public Sent observe(CoapRequest register, Instant now, Consumer<CoapResponse> notifications) {
        return start(register, now, notifications);
    }

    private Sent start(CoapRequest request, Instant now, Consumer<CoapResponse> notifications) {
        Token token = newToken();
        if (outstanding.size() >= maxOutstanding) {
            return new Sent(
                    token,
                    Future.failedFuture(error(
                            ErrorCode.AGGREGATE_OVERLOADED,
                            maxOutstanding + " requests already wait for this device")));
        }
        Outstanding entry = new Outstanding(Promise.promise(), now.plus(timeout), notifications);
        outstanding.put(token, entry);
        if (!connection.send(request.withToken(token))) {
            outstanding.remove(token);
            entry.answer.fail(error(ErrorCode.INTERNAL, "the request could not be sent to the device"));
        }
        return new Sent(token, entry.answer.future());
    }

    /**
     * Ends an observation: sends {@code deregister} (GET, Observe 1) with the observation's own
     * token, the only cancel there is over TCP (PROTOCOL.md §2); notifications stop being passed on.
     */
    public Future<CoapResponse> cancel(Token observation, CoapRequest deregister, Instant now) {
        outstanding.remove(observation);
        Outstanding entry = new Outstanding(Promise.promise(), now.plus(timeout), null);
        outstanding.put(observation, entry);
        if (!connection.send(deregister.withToken(observation))) {
            outstanding.remove(observation);
            entry.answer.fail(error(ErrorCode.INTERNAL, "the cancel could not be sent to the device"));
        }
        return entry.answer.future();
    }

    /** @return whether the response answered one of our requests */
    public boolean onResponse(CoapResponse response) {
        Outstanding entry = outstanding.get(response.token());
        if (entry == null) {
            return false;
        }
        if (!entry.answer.future().isComplete()) {
            boolean keeps = entry.notifications != null
                    && response.options().observe().isPresent()
                    && response.responseCode().isSuccess();
            if (!keeps) {
                outstanding.remove(response.token());
            }
            entry.answer.complete(response);
        } else {
            entry.notifications.accept(response);
        }
        return true;
    }

    /** Fails requests whose answer is overdue; observations already answered do not expire. */
    public void expire(Instant now) {
        List<Token> overdue = new ArrayList<>();
        outstanding.forEach((token, entry) -> {
            if (!entry.answer.future().isComplete() && now.isAfter(entry.deadline)) {
                overdue.add(token);
            }
        });
        for (Token token : overdue) {
            outstanding.remove(token).answer.tryFail(error(ErrorCode.TIMEOUT, "the device did not answer in time"));
        }
    }

    /** The connection is gone: every waiting request fails. */
    public void closeAll() {
        List<Outstanding> all = List.copyOf(outstanding.values());
        outstanding.clear();
        all.forEach(entry -> entry.answer.tryFail(error(ErrorCode.AGGREGATE_UNAVAILABLE, "the device disconnected")));
    }

    public int size() {
        return outstanding.size();
    }

    private Token newToken() {
        Token token;
        do {
            token = Token.ofPacked(ThreadLocalRandom.current().nextLong(), Token.MAX_LENGTH);
        } while (outstanding.containsKey(token));
        return token;
    }

    private static CloudException error(ErrorCode code, String detail) {
        return new CloudException(CloudError.of(code, detail));
    }

    private record Outstanding(Promise<CoapResponse> answer, Instant deadline, Consumer<CoapResponse> notifications) {}
}
