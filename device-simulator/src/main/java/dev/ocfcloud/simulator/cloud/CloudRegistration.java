package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.onboarding.OnboardingCodes;
import dev.ocfcloud.simulator.resource.ResourceSet;
import dev.ocfcloud.simulator.transport.CloudConnection;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The cloud side of a device's life, as iotivity-lite's cloud manager runs it (PROTOCOL.md §1.2, §3):
 * on each new connection sign up if it has no tokens, refresh them if due, sign in, then publish the
 * links not yet acknowledged. Answers are judged as iotivity-lite judges them: 5.03/5.04 and timeouts
 * are retried; 4.01 on sign-up or refresh, and any other error on sign-up or refresh, end the device
 * ({@link FatalCloudException}); an error on sign-in makes it reconnect. Publishing is {@link
 * LinkPublisher}'s, sign-out and deregistration {@link CloudExit}'s.
 *
 * <p>Confined to the device's event loop.
 */
public final class CloudRegistration {
    private final Context context;
    private final Identity identity;
    private final CloudStore store;
    private final LinkPublisher publisher;
    private final CloudExit exit;
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
        this.store = store;
        this.publisher = new LinkPublisher(identity, resources, store, settings, metrics);
        this.exit = new CloudExit(identity, store, settings, metrics);
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
                .compose(signedIn -> publisher.publishPending(connection));
    }

    /**
     * Refresh, then sign in again on the live connection (iotivity-lite signs in after every refresh),
     * then publish links still pending, as after every sign-in.
     */
    public Future<Void> refreshAndSignIn(CloudConnection connection) {
        return refreshThenSignIn(connection).compose(signedIn -> publisher.publishPending(connection));
    }

    private Future<Void> refreshThenSignIn(CloudConnection connection) {
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
        return publisher.allPublished();
    }

    /** {@code POST /oic/sec/session} with {@code login: false}. */
    public Future<Void> signOut(CloudConnection connection) {
        return exit.signOut(connection);
    }

    /** {@code DELETE /oic/sec/account}; see {@link CloudExit#deregister}. */
    public Future<Void> deregister(CloudConnection connection, Optional<Boolean> withAccessToken) {
        return exit.deregister(connection, withAccessToken);
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
            return mayRefresh ? refreshThenSignIn(connection) : Future.failedFuture(failure);
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

    private Future<Void> pause(Duration delay) {
        return delay.isZero()
                ? Future.succeededFuture()
                : context.owner().timer(delay.toMillis()).mapEmpty();
    }
}
