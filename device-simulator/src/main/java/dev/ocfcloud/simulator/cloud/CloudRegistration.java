package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.onboarding.OnboardingCodes;
import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.resource.ResourceSet;
import dev.ocfcloud.simulator.transport.CloudConnection;
import dev.ocfcloud.simulator.transport.MessageTooLargeException;
import dev.ocfcloud.simulator.transport.RequestTimeoutException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The cloud side of a device's life, as iotivity-lite's cloud manager runs it (PROTOCOL.md §1.2, §3):
 * on each new connection sign up if it has no tokens, refresh them if due, sign in, then publish the
 * links not yet acknowledged. Answers are judged as iotivity-lite judges them: 5.03/5.04 and timeouts
 * are retried; 4.01 on sign-up or refresh, and any other error on sign-up or refresh, end the device
 * ({@link FatalCloudException}); an error on sign-in makes it reconnect; a failed publish leaves the
 * links pending for the next sign-in.
 *
 * <p>Confined to the device's event loop.
 */
public final class CloudRegistration {
    private final Context context;
    private final Identity identity;
    private final ResourceSet resources;
    private final CloudStore store;
    private final OnboardingCodes codes;
    private final RegistrationSettings settings;
    private final Retrying retrying;
    private final SimulatorMetrics metrics;
    private final Clock clock;
    private Future<String> onboardingCode;
    private boolean everSignedIn;

    /** Who the device is to the cloud: its index in the run, {@code di} and name {@code n}. */
    public record Identity(int index, String di, String name) {}

    public CloudRegistration(
            Context context,
            Identity identity,
            ResourceSet resources,
            CloudStore store,
            OnboardingCodes codes,
            RegistrationSettings settings,
            SimulatorMetrics metrics,
            Clock clock) {
        this.context = context;
        this.identity = identity;
        this.resources = resources;
        this.store = store;
        this.codes = codes;
        this.settings = settings;
        this.retrying = new Retrying(context.owner(), settings.retries(), metrics);
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Sign-up if needed (or refresh if due), sign-in, publish of pending links, on a new connection. */
    public Future<Void> establish(CloudConnection connection) {
        return account(connection)
                .compose(ready -> signIn(connection, true))
                .compose(signedIn -> publishPending(connection));
    }

    /** Refresh, then sign in again on the live connection (iotivity-lite signs in after every refresh). */
    public Future<Void> refreshAndSignIn(CloudConnection connection) {
        return refresh(connection).compose(refreshed -> signIn(connection, false));
    }

    /** When the access token is due for refresh; empty if it is permanent or there is none. */
    public Optional<Duration> untilRefresh() {
        return store.credentials()
                .filter(credentials -> !credentials.permanent())
                .map(credentials -> Duration.ofMillis(Math.max(0, credentials.refreshAtMillis() - clock.millis())));
    }

    /** Whether every link has been acknowledged by the cloud, in this run or an earlier one. */
    public boolean allPublished() {
        return resources.all().stream().allMatch(resource -> store.isPublished(resource.href()));
    }

    public boolean registered() {
        return store.credentials().isPresent();
    }

    private Future<Void> account(CloudConnection connection) {
        Optional<CloudCredentials> credentials = store.credentials();
        if (credentials.isEmpty()) {
            return signUp(connection).compose(signedUp -> pause(settings.signInDelay()));
        }
        return dueForRefresh(credentials.get()) ? refresh(connection) : Future.succeededFuture();
    }

    private boolean dueForRefresh(CloudCredentials credentials) {
        if (!credentials.hasAccessToken()) {
            return true;
        }
        return !credentials.permanent()
                && (settings.refreshOnReconnect() || clock.millis() >= credentials.refreshAtMillis());
    }

    private Future<Void> signUp(CloudConnection connection) {
        return onboardingCode()
                .compose(code -> retrying.send(
                        connection, "sign-up", CloudRequests.signUp(identity.di(), code, settings.authProvider())))
                .compose(this::signedUp)
                .recover(failure -> Future.failedFuture(
                        fatalIf(failure, FailureReason.SIGN_UP_UNAUTHORIZED, FailureReason.SIGN_UP_REJECTED)));
    }

    private Future<Void> signedUp(Retrying.Answer answer) {
        CoapResponse response = CloudAnswers.requireSuccess("sign-up", answer.response());
        store.credentials(CloudAnswers.signUp(response, clock.millis()));
        metrics.signedUp(answer.roundTripNanos());
        return Future.succeededFuture();
    }

    /** The code from {@link OnboardingCodes}, asked once: retries and reconnections resend the same one. */
    private Future<String> onboardingCode() {
        if (onboardingCode == null) {
            Promise<String> code = Promise.promise();
            // The source may answer on another event loop: come back to ours before touching state.
            codes.codeFor(identity.index()).onComplete(result -> context.runOnContext(back -> code.handle(result)));
            onboardingCode = code.future().recover(failure -> {
                metrics.failure(FailureReason.ONBOARDING_CODE_UNAVAILABLE);
                onboardingCode = null;
                return Future.failedFuture(failure);
            });
        }
        return onboardingCode;
    }

    private Future<Void> signIn(CloudConnection connection, boolean mayRefresh) {
        CloudCredentials credentials = store.credentials().orElseThrow();
        return retrying.send(connection, "sign-in", CloudRequests.session(identity.di(), credentials, true))
                .compose(answer -> signedIn(credentials, answer))
                .recover(failure -> signInFailed(connection, credentials, failure, mayRefresh));
    }

    private Future<Void> signedIn(CloudCredentials credentials, Retrying.Answer answer) {
        CoapResponse response = CloudAnswers.requireSuccess("sign-in", answer.response());
        store.credentials(credentials.signedIn(CloudAnswers.signIn(response), clock.millis()));
        metrics.signedIn(answer.roundTripNanos(), !everSignedIn);
        everSignedIn = true;
        return Future.succeededFuture();
    }

    /** PROTOCOL.md §1.2: 4.01 drops the access token, then refresh and sign in again, or wipe without a refresh token. */
    private Future<Void> signInFailed(
            CloudConnection connection, CloudCredentials credentials, Throwable failure, boolean mayRefresh) {
        if (failure instanceof CloudRejectedException rejected && rejected.unauthorized()) {
            metrics.failure(FailureReason.SIGN_IN_UNAUTHORIZED);
            store.credentials(credentials.withoutAccessToken());
            if (!credentials.hasRefreshToken()) {
                store.wipe();
                return Future.failedFuture(new FatalCloudException(FailureReason.CONFIG_WIPED, failure));
            }
            return mayRefresh ? refreshAndSignIn(connection) : Future.failedFuture(failure);
        }
        if (failure instanceof CloudRejectedException || failure instanceof BadAnswerException) {
            metrics.failure(FailureReason.SIGN_IN_REJECTED);
        }
        return Future.failedFuture(failure);
    }

    private Future<Void> refresh(CloudConnection connection) {
        CloudCredentials credentials = store.credentials().orElseThrow();
        return retrying.send(
                        connection,
                        "refresh",
                        CloudRequests.refresh(identity.di(), credentials, settings.authProvider()))
                .compose(answer -> refreshed(credentials, answer))
                .recover(failure -> Future.failedFuture(
                        fatalIf(failure, FailureReason.REFRESH_UNAUTHORIZED, FailureReason.REFRESH_REJECTED)));
    }

    private Future<Void> refreshed(CloudCredentials credentials, Retrying.Answer answer) {
        CoapResponse response = CloudAnswers.requireSuccess("refresh", answer.response());
        store.credentials(CloudAnswers.refresh(response, credentials.uid(), clock.millis()));
        metrics.refreshed();
        return Future.succeededFuture();
    }

    /** 4.01, other error answers and unusable answers are fatal; 4.01 also wipes the configuration. */
    private Throwable fatalIf(Throwable failure, FailureReason unauthorized, FailureReason rejected) {
        if (failure instanceof CloudRejectedException rejection && rejection.unauthorized()) {
            store.wipe();
            return new FatalCloudException(unauthorized, failure);
        }
        if (failure instanceof CloudRejectedException || failure instanceof BadAnswerException) {
            return new FatalCloudException(rejected, failure);
        }
        return failure;
    }

    private Future<Void> publishPending(CloudConnection connection) {
        List<Resource> links = resources.all().stream()
                .filter(resource -> settings.republishAll() || !store.isPublished(resource.href()))
                .toList();
        if (links.isEmpty()) {
            return Future.succeededFuture();
        }
        Map<String, Long> ins = new HashMap<>();
        for (Resource resource : links) {
            ins.put(resource.href(), store.ins(resource.href()).orElseGet(CloudRegistration::randomIns));
        }
        boolean wasComplete = allPublished();
        return connection
                .exchange(
                        CloudRequests.publish(identity.di(), identity.name(), links, ins),
                        settings.retries().timeout(0))
                .compose(response -> published(response, ins, wasComplete))
                .recover(this::publishFailed);
    }

    /** [IL api/oc_link.c oc_new_link]: a random uint32. */
    private static long randomIns() {
        return ThreadLocalRandom.current().nextLong(1, 1L << 32);
    }

    /** PROTOCOL.md §6.2: only exactly 2.04 with links marks them published. */
    private Future<Void> published(CoapResponse response, Map<String, Long> sent, boolean wasComplete) {
        if (!response.responseCode().equals(ResponseCode.CHANGED)) {
            metrics.failure(FailureReason.PUBLISH_REJECTED);
            return Future.succeededFuture();
        }
        Map<String, Long> acknowledged = new HashMap<>(CloudAnswers.publishedLinks(response));
        acknowledged.keySet().retainAll(sent.keySet());
        store.published(acknowledged);
        metrics.published(!wasComplete && allPublished());
        return Future.succeededFuture();
    }

    private Future<Void> publishFailed(Throwable failure) {
        if (failure instanceof RequestTimeoutException) {
            metrics.failure(FailureReason.PUBLISH_UNANSWERED);
            return Future.succeededFuture();
        }
        if (failure instanceof BadAnswerException) {
            metrics.failure(FailureReason.PUBLISH_REJECTED);
            return Future.succeededFuture();
        }
        return failure instanceof MessageTooLargeException ? Future.succeededFuture() : Future.failedFuture(failure);
    }

    /** {@code POST /oic/sec/session} with {@code login: false}. */
    public Future<Void> signOut(CloudConnection connection) {
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
    public Future<Void> deregister(CloudConnection connection, Optional<Boolean> withAccessToken) {
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

    private Future<Void> pause(Duration delay) {
        return delay.isZero()
                ? Future.succeededFuture()
                : context.owner().timer(delay.toMillis()).mapEmpty();
    }
}
