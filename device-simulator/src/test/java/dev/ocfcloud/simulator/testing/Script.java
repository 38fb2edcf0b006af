package dev.ocfcloud.simulator.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.cbor.Cbor;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the scripted cloud answers, by default exactly like the test cloud of {@code plain-fake.log}:
 * sign-up 2.04 CF 10000 {@code {accesstoken, refreshtoken, uid, expiresin}} (definite-length map),
 * sign-in 2.04 {@code {expiresin}}, publish 2.04 echoing the request body, Ping → Pong; plus refresh
 * 2.04 with new tokens and deregistration 2.02. A test queues other answers per operation.
 */
public final class Script {
    public static final String UID = "interop-user-1";

    private static final CBORMapper CBOR = new CBORMapper();

    /** What the device asked for. */
    public enum Operation {
        SIGN_UP,
        SIGN_IN,
        SIGN_OUT,
        REFRESH,
        PUBLISH,
        DEREGISTER,
        PING,
        OTHER
    }

    private sealed interface Reply permits Code, Silent {}

    private record Code(ResponseCode code) implements Reply {}

    private record Silent() implements Reply {}

    private final Map<Operation, Queue<Reply>> queued = new EnumMap<>(Operation.class);
    private final Map<Operation, AtomicInteger> counts = new EnumMap<>(Operation.class);
    private final AtomicInteger issued = new AtomicInteger();
    private volatile long expiresIn = 3600;
    private volatile boolean pingsIgnored;

    Script() {
        for (Operation operation : Operation.values()) {
            queued.put(operation, new ConcurrentLinkedQueue<>());
            counts.put(operation, new AtomicInteger());
        }
    }

    /** The next request of {@code operation} is answered with just this code (no payload). */
    public Script answer(Operation operation, ResponseCode code) {
        queued.get(operation).add(new Code(code));
        return this;
    }

    /** The next {@code times} requests of {@code operation} get no answer at all. */
    public Script ignore(Operation operation, int times) {
        for (int i = 0; i < times; i++) {
            queued.get(operation).add(new Silent());
        }
        return this;
    }

    /** Pings get no Pong from now on. */
    public Script ignorePings() {
        pingsIgnored = true;
        return this;
    }

    /** The {@code expiresin} of sign-up, sign-in and refresh answers from now on. */
    public Script expiresIn(long seconds) {
        expiresIn = seconds;
        return this;
    }

    /** How many requests of {@code operation} arrived, on all connections. */
    public int count(Operation operation) {
        return counts.get(operation).get();
    }

    /** The access token the {@code n}-th issue (1-based: sign-up is 1, each refresh the next) carries. */
    public static String accessToken(int n) {
        return "AT-interop-" + n;
    }

    public static String refreshToken(int n) {
        return "RT-interop-" + n;
    }

    static Operation operationOf(CoapMessage message) {
        if (message instanceof Ping) {
            return Operation.PING;
        }
        if (!(message instanceof CoapRequest request)) {
            return Operation.OTHER;
        }
        return switch (request.method() + " " + request.path()) {
            case "POST /oic/sec/account" -> Operation.SIGN_UP;
            case "DELETE /oic/sec/account" -> Operation.DEREGISTER;
            case "POST /oic/sec/session" ->
                Boolean.TRUE.equals(Cbor.decodeMap(request.payload()).get("login"))
                        ? Operation.SIGN_IN
                        : Operation.SIGN_OUT;
            case "POST /oic/sec/tokenrefresh" -> Operation.REFRESH;
            case "POST /oic/rd" -> Operation.PUBLISH;
            default -> Operation.OTHER;
        };
    }

    void react(CloudSession session, CoapMessage message) {
        Operation operation = operationOf(message);
        counts.get(operation).incrementAndGet();
        if (operation == Operation.PING) {
            if (!pingsIgnored) {
                session.write(Pong.replyTo((Ping) message));
            }
            return;
        }
        if (!(message instanceof CoapRequest request)) {
            return;
        }
        Reply reply = queued.get(operation).poll();
        if (reply instanceof Silent) {
            return;
        }
        if (reply instanceof Code(ResponseCode code)) {
            session.write(CoapResponse.of(request, code));
            return;
        }
        session.write(defaultAnswer(operation, request));
    }

    private CoapResponse defaultAnswer(Operation operation, CoapRequest request) {
        return switch (operation) {
            case SIGN_UP, REFRESH -> cbor(request, ResponseCode.CHANGED, tokens(operation == Operation.SIGN_UP));
            case SIGN_IN -> cbor(request, ResponseCode.CHANGED, Map.of("expiresin", expiresIn));
            case SIGN_OUT -> cbor(request, ResponseCode.CHANGED, Map.of());
            case PUBLISH -> echo(request);
            case DEREGISTER -> CoapResponse.of(request, ResponseCode.DELETED);
            case PING, OTHER -> CoapResponse.of(request, ResponseCode.NOT_FOUND);
        };
    }

    private Map<String, Object> tokens(boolean withUid) {
        int n = issued.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accesstoken", accessToken(n));
        body.put("refreshtoken", refreshToken(n));
        if (withUid) {
            body.put("uid", UID);
        }
        body.put("expiresin", expiresIn);
        return body;
    }

    /** As the capture's cloud: CF 10000, OCF-Content-Format-Version 2048, a definite-length map. */
    private static CoapResponse cbor(CoapRequest request, ResponseCode code, Map<String, Object> body) {
        try {
            return CoapResponse.of(request, code)
                    .withContentFormat(ContentFormat.OCF_CBOR)
                    .withUintOption(OptionNumber.OCF_CONTENT_FORMAT_VERSION, 2048)
                    .withPayload(CBOR.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The capture's cloud echoes the publish body byte for byte. */
    private static CoapResponse echo(CoapRequest request) {
        return CoapResponse.of(request, ResponseCode.CHANGED)
                .withContentFormat(ContentFormat.OCF_CBOR)
                .withUintOption(OptionNumber.OCF_CONTENT_FORMAT_VERSION, 2048)
                .withPayload(Payload.copyOf(request.payload().bytes()));
    }
}
