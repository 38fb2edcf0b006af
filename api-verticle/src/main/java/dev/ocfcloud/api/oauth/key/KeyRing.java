package dev.ocfcloud.api.oauth.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import dev.ocfcloud.api.oauth.store.StoredSigningKey;
import dev.ocfcloud.model.auth.JwksSource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.text.ParseException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's EC P-256 signing keys (ES256). The newest signs; it and the one before it are
 * published in the JWKS, so tokens signed before a rotation still verify. Keys live in the {@link
 * OAuthStore}: the first start generates one, later starts (and other replicas) load it.
 *
 * <p>Rotation ({@link #rotate()}): a new key signs from then on, the previous one stays published,
 * older ones are deleted. Rotate at most once per access-token lifetime, or tokens signed by a
 * deleted key stop verifying before they expire.
 *
 * <p>Safe to use from any thread: the keys are an immutable list behind an atomic reference.
 */
public final class KeyRing implements JwksSource {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);
    /** The signing key and its predecessor. */
    static final int PUBLISHED = 2;

    private final Vertx vertx;
    private final OAuthStore store;
    private final Clock clock;
    private final AtomicReference<List<ECKey>> keys = new AtomicReference<>(List.of());

    private KeyRing(Vertx vertx, OAuthStore store, Clock clock) {
        this.vertx = vertx;
        this.store = store;
        this.clock = clock;
    }

    /** Loads the stored keys, generating and storing the first one if there are none. */
    public static Future<KeyRing> load(Vertx vertx, OAuthStore store, Clock clock) {
        KeyRing ring = new KeyRing(vertx, store, clock);
        return ring.reload()
                .compose(loaded -> loaded.isEmpty() ? ring.rotate().map(ring) : Future.succeededFuture(ring));
    }

    /** The key that signs now. */
    public ECKey signingKey() {
        List<ECKey> current = keys.get();
        if (current.isEmpty()) {
            throw new IllegalStateException("the key ring has no key yet");
        }
        return current.getFirst();
    }

    /** The public keys to publish: the signing key and its predecessor. */
    public JWKSet publicKeys() {
        return new JWKSet(
                keys.get().stream().map(key -> (JWK) key.toPublicJWK()).toList());
    }

    /**
     * Generates a new signing key, stores it, and deletes all but it and its predecessor.
     *
     * @return the new key's id
     */
    public Future<String> rotate() {
        return vertx.executeBlocking(this::generate)
                .compose(stored -> store.saveSigningKey(stored).map(stored.kid()))
                .compose(kid -> reload().compose(this::deleteUnpublished).map(kid))
                .onSuccess(kid -> LOG.info("OAuth signing key {} now signs", kid));
    }

    private Future<List<StoredSigningKey>> reload() {
        return store.signingKeys().map(stored -> {
            List<StoredSigningKey> newestFirst = stored.stream()
                    .sorted(Comparator.comparing(StoredSigningKey::createdAt)
                            .thenComparing(StoredSigningKey::kid)
                            .reversed())
                    .toList();
            keys.set(newestFirst.stream().limit(PUBLISHED).map(KeyRing::parse).toList());
            return newestFirst;
        });
    }

    private Future<Void> deleteUnpublished(List<StoredSigningKey> newestFirst) {
        return Future.all(newestFirst.stream()
                        .skip(PUBLISHED)
                        .map(old -> store.deleteSigningKey(old.kid()))
                        .toList())
                .mapEmpty();
    }

    /** Blocking: key generation draws on the system's entropy and loads the EC classes. */
    private StoredSigningKey generate() throws JOSEException {
        ECKey key = new ECKeyGenerator(Curve.P_256)
                .keyID(UUID.randomUUID().toString())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .generate();
        return new StoredSigningKey(key.getKeyID(), key.toJSONString(), clock.instant());
    }

    private static ECKey parse(StoredSigningKey stored) {
        try {
            return ECKey.parse(stored.privateJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("stored signing key " + stored.kid() + " is not an EC JWK", e);
        }
    }

    @Override
    public Future<JWKSet> keys() {
        return Future.succeededFuture(publicKeys());
    }

    @Override
    public Future<JWKSet> refreshed() {
        return keys();
    }
}
