package dev.ocfcloud.api.oauth.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.api.oauth.Await;
import dev.ocfcloud.model.OwnerId;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OAuthStore} must do; each implementation runs it. */
abstract class OAuthStoreContract {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected Vertx vertx;
    private OAuthStore store;

    protected abstract OAuthStore newStore(Vertx vertx);

    @BeforeEach
    void open() {
        vertx = Vertx.vertx();
        store = newStore(vertx);
    }

    @AfterEach
    void close() {
        Await.result(store.close());
        Await.result(vertx.close());
    }

    @Test
    void aCodeIsRedeemedOnceAndThenShowsItsUseAndFamily() {
        StoredCode code = code(NOW.plusSeconds(60));
        Await.result(store.saveCode(code));

        Optional<StoredCode> first = Await.result(store.redeemCode(code.codeHash(), NOW));
        Await.result(store.linkCodeToFamily(code.codeHash(), "family-1"));
        Optional<StoredCode> second = Await.result(store.redeemCode(code.codeHash(), NOW.plusSeconds(1)));

        assertThat(first).contains(code);
        assertThat(second).hasValueSatisfying(used -> {
            assertThat(used.usedAt()).contains(NOW);
            assertThat(used.issuedFamily()).contains("family-1");
        });
        assertThat(Await.result(store.redeemCode("unknown", NOW))).isEmpty();
    }

    @Test
    void concurrentRedemptionsOfOneCodeLetExactlyOneWin() {
        StoredCode code = code(NOW.plusSeconds(60));
        Await.result(store.saveCode(code));

        List<Future<Optional<StoredCode>>> attempts = IntStream.range(0, 8)
                .mapToObj(i -> store.redeemCode(code.codeHash(), NOW))
                .toList();
        Await.result(Future.all(attempts));

        assertThat(attempts.stream()
                        .filter(a -> a.result().orElseThrow().usedAt().isEmpty()))
                .hasSize(1);
    }

    @Test
    void aFamilyRotatesOnlyFromItsCurrentTokenAndNotWhenRevoked() {
        RefreshFamily family = family(NOW.plusSeconds(3600));
        Await.result(store.saveFamily(family));

        boolean rotated =
                Await.result(store.rotateFamily(family.familyId(), "hash-0", "hash-1", NOW.plusSeconds(7200)));
        boolean stale = Await.result(store.rotateFamily(family.familyId(), "hash-0", "hash-2", NOW.plusSeconds(7200)));

        assertThat(rotated).isTrue();
        assertThat(stale).isFalse();
        assertThat(Await.result(store.family(family.familyId())))
                .contains(family.rotated("hash-1", NOW.plusSeconds(7200)));

        Await.result(store.revokeFamily(family.familyId()));
        assertThat(Await.result(store.family(family.familyId())).orElseThrow().revoked())
                .isTrue();
        assertThat(Await.result(store.rotateFamily(family.familyId(), "hash-1", "hash-3", NOW.plusSeconds(7200))))
                .isFalse();
        assertThat(Await.result(store.family("unknown"))).isEmpty();
    }

    @Test
    void signingKeysAreSavedListedAndDeleted() {
        StoredSigningKey first = new StoredSigningKey("k1", "{\"kty\":\"EC\"}", NOW);
        StoredSigningKey second = new StoredSigningKey("k2", "{\"kty\":\"EC\",\"x\":1}", NOW.plusSeconds(1));
        Await.result(store.saveSigningKey(first));
        Await.result(store.saveSigningKey(second));

        assertThat(Await.result(store.signingKeys())).containsExactlyInAnyOrder(first, second);
        Await.result(store.deleteSigningKey("k1"));
        assertThat(Await.result(store.signingKeys())).containsExactly(second);
    }

    @Test
    void deletesOnlyWhatExpired() {
        StoredCode expiredCode = code(NOW.minusSeconds(1));
        StoredCode liveCode = code(NOW.plusSeconds(60));
        RefreshFamily expiredFamily = family(NOW.minusSeconds(1));
        RefreshFamily liveFamily = family(NOW.plusSeconds(60));
        Await.result(Future.all(
                store.saveCode(expiredCode),
                store.saveCode(liveCode),
                store.saveFamily(expiredFamily),
                store.saveFamily(liveFamily)));

        assertThat(Await.result(store.deleteExpired(NOW))).isEqualTo(2);

        assertThat(Await.result(store.redeemCode(expiredCode.codeHash(), NOW))).isEmpty();
        assertThat(Await.result(store.redeemCode(liveCode.codeHash(), NOW))).isPresent();
        assertThat(Await.result(store.family(expiredFamily.familyId()))).isEmpty();
        assertThat(Await.result(store.family(liveFamily.familyId()))).isPresent();
    }

    private static StoredCode code(Instant expiresAt) {
        return StoredCode.issued(
                UUID.randomUUID().toString(),
                CodeKind.AUTHORIZATION,
                Optional.of("app"),
                "alice",
                OwnerId.of("alice"),
                Set.of("r:*", "w:*"),
                Optional.of("https://app.example/cb"),
                Optional.of("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
                expiresAt);
    }

    private static RefreshFamily family(Instant expiresAt) {
        return new RefreshFamily(
                UUID.randomUUID().toString(),
                "gateway",
                "alice",
                OwnerId.of("alice"),
                Set.of("r:*"),
                "hash-0",
                expiresAt,
                false);
    }
}
