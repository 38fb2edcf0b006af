package dev.ocfcloud.gateway.coap.message;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** 7.04 Release (RFC 8323 §5.5): the sender wants to close the connection in an orderly way. */
public record Release(Token token, Options options, Payload payload) implements Signal {
    /** §5.5: where the peer may reconnect instead, a string of 1–255 bytes, repeatable. */
    public static final int ALTERNATIVE_ADDRESS = 2;
    /** §5.5: seconds to wait before reconnecting, uint 0–3 bytes. */
    public static final int HOLD_OFF = 4;

    public Release {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(payload, "payload");
    }

    public static Release of(List<String> alternativeAddresses, Optional<Duration> holdOff, String diagnostic) {
        OptionsBuilder options = Options.builder();
        alternativeAddresses.forEach(address -> options.addString(ALTERNATIVE_ADDRESS, address));
        holdOff.ifPresent(duration -> options.addUint(HOLD_OFF, duration.toSeconds()));
        return new Release(Token.EMPTY, options.build(), Payload.utf8(diagnostic));
    }

    @Override
    public CoapCode code() {
        return RELEASE;
    }

    public List<String> alternativeAddresses() {
        return options.strings(ALTERNATIVE_ADDRESS);
    }

    public Optional<Duration> holdOff() {
        OptionalLong seconds = options.uint(HOLD_OFF, 3);
        return seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsLong())) : Optional.empty();
    }

    public String diagnostic() {
        return payload.utf8();
    }
}
