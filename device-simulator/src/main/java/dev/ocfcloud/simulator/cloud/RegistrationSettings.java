package dev.ocfcloud.simulator.cloud;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a device registers and stays registered.
 *
 * @param authProvider sent as the provider name (iotivity-lite's cloud_server sends "plgd"); empty: the key is left out
 * @param retries per-attempt timeouts of sign-up, sign-in, refresh (and the one attempt of publish, sign-out, deregister)
 * @param signInDelay wait between sign-up and sign-in (iotivity-lite: 1–2 s; 0 by default here)
 * @param republishAll publish every link at every sign-in, not only those not yet acknowledged
 * @param refreshOnReconnect refresh the tokens before every sign-in on a new connection, as iotivity-lite
 *     does when its token is not permanent; otherwise only when the token is due for refresh
 */
public record RegistrationSettings(
        Optional<String> authProvider,
        RetryPolicy retries,
        Duration signInDelay,
        boolean republishAll,
        boolean refreshOnReconnect) {
    public RegistrationSettings {
        Objects.requireNonNull(authProvider, "authProvider");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(signInDelay, "signInDelay");
    }

    public static RegistrationSettings defaults() {
        return new RegistrationSettings(Optional.of("plgd"), RetryPolicy.iotivity(), Duration.ZERO, false, false);
    }

    public RegistrationSettings withRetries(RetryPolicy newRetries) {
        return new RegistrationSettings(authProvider, newRetries, signInDelay, republishAll, refreshOnReconnect);
    }

    public RegistrationSettings withSignInDelay(Duration delay) {
        return new RegistrationSettings(authProvider, retries, delay, republishAll, refreshOnReconnect);
    }

    public RegistrationSettings withRepublishAll(boolean republish) {
        return new RegistrationSettings(authProvider, retries, signInDelay, republish, refreshOnReconnect);
    }

    public RegistrationSettings withRefreshOnReconnect(boolean refresh) {
        return new RegistrationSettings(authProvider, retries, signInDelay, republishAll, refresh);
    }

    public RegistrationSettings withAuthProvider(Optional<String> provider) {
        return new RegistrationSettings(provider, retries, signInDelay, republishAll, refreshOnReconnect);
    }
}
