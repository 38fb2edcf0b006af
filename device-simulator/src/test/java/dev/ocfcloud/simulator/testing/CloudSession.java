package dev.ocfcloud.simulator.testing;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.DecodeResult;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.Token;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * The scripted cloud's end of one device connection: answers the device's requests through the
 * {@link ScriptedCloud}'s script, records everything the device sent, and lets a test send requests
 * and signals to the device and wait for what comes back. Socket work runs on the connection's context.
 */
public final class CloudSession {
    private final ScriptedCloud cloud;
    private final NetSocket socket;
    private final Context context;
    private final List<CoapMessage> received = new CopyOnWriteArrayList<>();
    private final List<Waiter> waiters = new CopyOnWriteArrayList<>();
    private final Map<Token, Promise<CoapResponse>> pending = new ConcurrentHashMap<>();
    private final Promise<Void> closed = Promise.promise();

    private record Waiter(Predicate<CoapMessage> match, int skip, Promise<CoapMessage> promise) {}

    CloudSession(ScriptedCloud cloud, NetSocket socket, Context context) {
        this.cloud = cloud;
        this.socket = socket;
        this.context = context;
        socket.handler(new CoapDecoder(1 << 20, this::onFrame));
        socket.closeHandler(ignored -> closed.tryComplete());
    }

    public String remoteHost() {
        return socket.remoteAddress().host();
    }

    /** Everything the device sent on this connection so far, in order. */
    public List<CoapMessage> received() {
        return List.copyOf(received);
    }

    /** The requests the device sent to {@code path} so far. */
    public List<CoapRequest> requests(String path) {
        return received.stream()
                .filter(m -> m instanceof CoapRequest r && r.path().equals(path))
                .map(CoapRequest.class::cast)
                .toList();
    }

    /** The first request to {@code path}, when it has come. */
    public Future<CoapRequest> request(String path) {
        return nth(m -> m instanceof CoapRequest r && r.path().equals(path), 0).map(CoapRequest.class::cast);
    }

    /** The {@code n}-th (0-based) message matching, when it has come. */
    public Future<CoapMessage> nth(Predicate<CoapMessage> match, int n) {
        Promise<CoapMessage> promise = Promise.promise();
        synchronized (this) {
            List<CoapMessage> matching = received.stream().filter(match).toList();
            if (matching.size() > n) {
                return Future.succeededFuture(matching.get(n));
            }
            waiters.add(new Waiter(match, n, promise));
        }
        return promise.future();
    }

    /** Sends a request (with a fresh token) to the device and waits for its answer. */
    public Future<CoapResponse> send(CoapRequest request) {
        Token token = Token.ofPacked(ThreadLocalRandom.current().nextLong(), 8);
        Promise<CoapResponse> answer = Promise.promise();
        pending.put(token, answer);
        write(request.withToken(token));
        return answer.future();
    }

    /** The {@code n}-th notification (0-based) after the registration answer of an observation with {@code token}. */
    public Future<CoapResponse> notification(Token token, int n) {
        return nth(m -> m instanceof CoapResponse r && r.token().equals(token), n + 1)
                .map(CoapResponse.class::cast);
    }

    /** How many answers with {@code token} the device sent (registration answer and notifications). */
    public long answersWith(Token token) {
        return received.stream()
                .filter(m -> m instanceof CoapResponse r && r.token().equals(token))
                .count();
    }

    /** Sends an observation request and returns the registration answer; notifications follow with its token. */
    public Future<CoapResponse> observe(CoapRequest request, Token token) {
        Promise<CoapResponse> answer = Promise.promise();
        nth(m -> m instanceof CoapResponse r && r.token().equals(token), 0)
                .map(CoapResponse.class::cast)
                .onComplete(answer);
        write(request.withToken(token));
        return answer.future();
    }

    /** RFC 8323 §5.4: a Ping to the device; completes with its Pong. */
    public Future<Pong> ping(Token token) {
        Future<Pong> pong =
                nth(m -> m instanceof Pong p && p.token().equals(token), 0).map(Pong.class::cast);
        write(Ping.of(token));
        return pong;
    }

    public void write(CoapMessage message) {
        context.runOnContext(ignored -> socket.write(CoapEncoder.encode(message)));
    }

    public void writeBytes(byte[] bytes) {
        context.runOnContext(ignored -> socket.write(Buffer.buffer(bytes)));
    }

    public Future<Void> close() {
        Promise<Void> done = Promise.promise();
        context.runOnContext(ignored -> socket.close().onComplete(done));
        return done.future().compose(ignored -> closed.future());
    }

    public Future<Void> closed() {
        return closed.future();
    }

    public boolean isClosed() {
        return closed.future().isComplete();
    }

    private void onFrame(DecodeResult result) {
        if (!(result instanceof Decoded(CoapMessage message))) {
            throw new AssertionError("the device sent a malformed frame: " + result);
        }
        record(message);
        if (message instanceof CoapResponse response) {
            Promise<CoapResponse> answer = pending.remove(response.token());
            if (answer != null) {
                answer.complete(response);
            }
        } else {
            cloud.script().react(this, message);
        }
    }

    private void record(CoapMessage message) {
        List<Waiter> satisfied = new ArrayList<>();
        synchronized (this) {
            received.add(message);
            for (Waiter waiter : waiters) {
                long count = received.stream().filter(waiter.match()).count();
                if (count > waiter.skip()) {
                    satisfied.add(waiter);
                }
            }
            waiters.removeAll(satisfied);
        }
        for (Waiter waiter : satisfied) {
            List<CoapMessage> matching =
                    received.stream().filter(waiter.match()).toList();
            waiter.promise().complete(matching.get(waiter.skip()));
        }
    }
}
