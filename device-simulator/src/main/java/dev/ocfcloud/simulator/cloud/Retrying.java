package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.transport.CloudConnection;
import dev.ocfcloud.simulator.transport.RequestTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Sends a request on one connection the way iotivity-lite's cloud manager does: each attempt with its
 * own timeout and a fresh token; 5.03, 5.04 and timeouts are retried after a randomised wait; anything
 * else is the answer. When the attempts run out it fails with {@link RetriesExhaustedException}.
 */
final class Retrying {
    private final Vertx vertx;
    private final RetryPolicy policy;
    private final SimulatorMetrics metrics;

    /** An answer and how long its attempt took. */
    record Answer(CoapResponse response, long roundTripNanos) {}

    Retrying(Vertx vertx, RetryPolicy policy, SimulatorMetrics metrics) {
        this.vertx = vertx;
        this.policy = policy;
        this.metrics = metrics;
    }

    Future<Answer> send(CloudConnection connection, String operation, CoapRequest request) {
        return attempt(connection, operation, request, 0);
    }

    private Future<Answer> attempt(CloudConnection connection, String operation, CoapRequest request, int attempt) {
        long start = System.nanoTime();
        return connection
                .exchange(request, policy.timeout(attempt))
                .compose(response -> isConnectError(response.responseCode())
                        ? Future.<Answer>failedFuture(
                                new ServiceUnavailableException(operation, response.responseCode()))
                        : Future.succeededFuture(new Answer(response, System.nanoTime() - start)))
                .recover(failure -> retryOrFail(connection, operation, request, attempt, failure));
    }

    private Future<Answer> retryOrFail(
            CloudConnection connection, String operation, CoapRequest request, int attempt, Throwable failure) {
        FailureReason reason = retryReason(failure);
        if (reason == null) {
            return Future.failedFuture(failure);
        }
        metrics.failure(reason);
        if (attempt + 1 >= policy.attempts()) {
            metrics.failure(FailureReason.RETRIES_EXHAUSTED);
            return Future.failedFuture(new RetriesExhaustedException(operation, policy.attempts(), failure));
        }
        long delay = Math.max(1, policy.delayAfter(attempt).toMillis());
        return vertx.timer(delay).compose(fired -> attempt(connection, operation, request, attempt + 1));
    }

    /** Which retry this failure calls for, or null if it is not retried on this connection. */
    private static FailureReason retryReason(Throwable failure) {
        if (failure instanceof ServiceUnavailableException) {
            return FailureReason.SERVICE_UNAVAILABLE_RETRY;
        }
        if (failure instanceof RequestTimeoutException) {
            return FailureReason.TIMEOUT_RETRY;
        }
        return null;
    }

    /** [IL oc_cloud_manager.c cloud_is_connection_error_code]: 5.03 and 5.04. */
    static boolean isConnectError(ResponseCode code) {
        return code.equals(ResponseCode.SERVICE_UNAVAILABLE) || code.equals(ResponseCode.GATEWAY_TIMEOUT);
    }
}
