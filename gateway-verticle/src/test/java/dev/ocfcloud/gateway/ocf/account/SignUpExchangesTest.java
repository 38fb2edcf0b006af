package dev.ocfcloud.gateway.ocf.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.TokenGrant;
import dev.ocfcloud.model.auth.VerifiedToken;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SignUpExchangesTest {
    private static final DeviceId DEVICE = DeviceId.of("aded1776-0ebd-4772-534b-8becf3ebb367");
    private static final SignUpExchanges.Exchanged RESULT = new SignUpExchanges.Exchanged(
            new TokenGrant("at", "rt", Duration.ofHours(1)),
            new VerifiedToken(OwnerId.of("alice"), "alice", "iss", Instant.MAX, Set.of()));

    private final SignUpExchanges exchanges =
            new SignUpExchanges(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aRepeatedCodeOfTheSameDeviceGetsTheSameAnswerWithoutASecondExchange() {
        Future<SignUpExchanges.Exchanged> first = exchanges.exchange(DEVICE, "code", this::succeeding);
        Future<SignUpExchanges.Exchanged> again = exchanges.exchange(DEVICE, "code", this::succeeding);

        assertThat(first.result()).isEqualTo(RESULT);
        assertThat(again.result()).isEqualTo(RESULT);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anotherDeviceWithTheSameCodeExchangesOnItsOwn() {
        exchanges.exchange(DEVICE, "code", this::succeeding);
        exchanges.exchange(DeviceId.of("00000000-0000-0000-0000-000000000001"), "code", this::succeeding);

        assertThat(calls).hasValue(2);
    }

    @Test
    void aFailedExchangeIsNotKeptSoARetryExchangesAgain() {
        Future<SignUpExchanges.Exchanged> failed = exchanges.exchange(DEVICE, "code", this::failing);
        Future<SignUpExchanges.Exchanged> retried = exchanges.exchange(DEVICE, "code", this::succeeding);

        assertThat(failed.failed()).isTrue();
        assertThat(retried.result()).isEqualTo(RESULT);
        assertThat(calls).hasValue(2);
    }

    private Future<SignUpExchanges.Exchanged> succeeding() {
        calls.incrementAndGet();
        return Future.succeededFuture(RESULT);
    }

    private Future<SignUpExchanges.Exchanged> failing() {
        calls.incrementAndGet();
        return Future.failedFuture("identity provider away");
    }
}
