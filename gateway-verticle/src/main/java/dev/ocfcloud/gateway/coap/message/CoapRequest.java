package dev.ocfcloud.gateway.coap.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A request (code class 0, RFC 7252 §5.8). Immutable: the {@code with…} methods return new requests. */
public record CoapRequest(Method method, Token token, Options options, Payload payload) implements CoapMessage {
    public CoapRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * A request for {@code pathAndQuery}, e.g. {@code /oic/rd?rt=oic.wk.rdpub}: one Uri-Path option per
     * segment and one Uri-Query per {@code &}-separated argument, as RFC 7252 §6.4 steps 8–9 do (the
     * text is taken as already unescaped).
     */
    public static CoapRequest of(Method method, Token token, String pathAndQuery) {
        return new CoapRequest(method, token, RequestUri.toOptions(pathAndQuery), Payload.EMPTY);
    }

    public static CoapRequest get(Token token, String pathAndQuery) {
        return of(Method.GET, token, pathAndQuery);
    }

    @Override
    public CoapCode code() {
        return method.code();
    }

    /** The Uri-Path options joined: {@code /oic/sec/account}, or {@code /} for none. */
    public String path() {
        return "/" + String.join("/", options.uriPath());
    }

    /** The Uri-Query options in order, e.g. {@code [rt=oic.wk.rdpub]}. */
    public List<String> query() {
        return options.uriQuery();
    }

    /** The Uri-Query options as {@code name=value} pairs; an argument without {@code =} has value "". */
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String argument : query()) {
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            String value = equals < 0 ? "" : argument.substring(equals + 1);
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        parameters.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(parameters);
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        List<String> values = queryParameters().get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    public CoapRequest withToken(Token newToken) {
        return new CoapRequest(method, newToken, options, payload);
    }

    public CoapRequest withOptions(Options newOptions) {
        return new CoapRequest(method, token, newOptions, payload);
    }

    /** Adds an option (after any others of the same number). */
    public CoapRequest withOption(int number, byte[] value) {
        return withOptions(options.with(number, value));
    }

    /** Sets a uint option, replacing any of the same number. */
    public CoapRequest withUintOption(int number, long value) {
        return withOptions(options.replacing(number, OptionUint.encode(value)));
    }

    public CoapRequest withContentFormat(ContentFormat format) {
        return withUintOption(OptionNumber.CONTENT_FORMAT, format.value());
    }

    public CoapRequest withAccept(ContentFormat format) {
        return withUintOption(OptionNumber.ACCEPT, format.value());
    }

    /** With a copy of these bytes as payload. */
    public CoapRequest withPayload(byte[] bytes) {
        return withPayload(Payload.copyOf(bytes));
    }

    public CoapRequest withPayload(Payload newPayload) {
        return new CoapRequest(method, token, options, newPayload);
    }
}
