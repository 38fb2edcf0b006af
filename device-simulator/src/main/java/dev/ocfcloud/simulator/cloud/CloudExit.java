package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.transport.CloudConnection;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * Leaving the cloud: sign-out ({@code login: false}) and deregistration, each one attempt, as
 * iotivity-lite sends them [IL oc_cloud_access.c, oc_cloud_deregister.c]. Confined to the device's
 * event loop.
 */
final class CloudExit {
    private final CloudRegistration.Identity identity;
    private final CloudStore store;
    private final RegistrationSettings settings;
    private final SimulatorMetrics metrics;

    CloudExit(
            CloudRegistration.Identity identity,
            CloudStore store,
            RegistrationSettings settings,
            SimulatorMetrics metrics) {
        this.identity = identity;
        this.store = store;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** {@code POST /oic/sec/session} with {@code login: false}. */
    Future<Void> signOut(CloudConnection connection) {
        CloudCredentials credentials = registeredCredentials();
        return connection
                .exchange(
                        CloudRequests.session(identity.di(), credentials, false),
                        settings.retries().timeout(0))
                .map(response -> CloudAnswers.requireSuccess("sign-out", response))
                .onSuccess(response -> metrics.signedOut())
                .onFailure(failure -> metrics.failure(FailureReason.SIGN_OUT_FAILED))
                .mapEmpty();
    }

    /**
     * {@code DELETE /oic/sec/account?uid=…&di=…[&accesstoken=…]}; the token goes in when asked, or by
     * default when it fits iotivity-lite's header room. In every case the device forgets the cloud;
     * an error answer fails the future, a connect error counts as success (PROTOCOL.md §1.2).
     */
    Future<Void> deregister(CloudConnection connection, Optional<Boolean> withAccessToken) {
        CloudCredentials credentials = registeredCredentials();
        boolean include = credentials.hasAccessToken()
                && withAccessToken.orElseGet(
                        () -> CloudRequests.accessTokenFitsDeregistration(identity.di(), credentials));
        return connection
                .exchange(
                        CloudRequests.deregister(identity.di(), credentials, include),
                        settings.retries().timeout(0))
                .compose(this::deregistered)
                .recover(failure ->
                        failure instanceof CloudRejectedException ? Future.failedFuture(failure) : deregistered(null));
    }

    private Future<Void> deregistered(CoapResponse response) {
        store.wipe();
        if (response != null && !response.responseCode().isSuccess()) {
            metrics.failure(FailureReason.DEREGISTER_FAILED);
            return Future.failedFuture(new CloudRejectedException("deregister", response.responseCode()));
        }
        metrics.deregistered();
        return Future.succeededFuture();
    }

    private CloudCredentials registeredCredentials() {
        return store.credentials().orElseThrow(() -> new IllegalStateException(identity.di() + " is not registered"));
    }
}
