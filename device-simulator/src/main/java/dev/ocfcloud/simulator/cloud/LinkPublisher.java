package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.resource.ResourceSet;
import dev.ocfcloud.simulator.transport.CloudConnection;
import dev.ocfcloud.simulator.transport.MessageTooLargeException;
import dev.ocfcloud.simulator.transport.RequestTimeoutException;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Publishes a device's links to the cloud's resource directory as iotivity-lite does (PROTOCOL.md
 * §1.2 "Republish"): at each sign-in, one {@code POST /oic/rd} with the links not yet acknowledged
 * (all of them with {@code republishAll}); only exactly 2.04 listing a link with an integer {@code
 * ins} acknowledges it. Whatever else happens, the links stay pending for the next sign-in and the
 * session goes on. Confined to the device's event loop.
 */
final class LinkPublisher {
    private final CloudRegistration.Identity identity;
    private final ResourceSet resources;
    private final CloudStore store;
    private final RegistrationSettings settings;
    private final SimulatorMetrics metrics;

    LinkPublisher(
            CloudRegistration.Identity identity,
            ResourceSet resources,
            CloudStore store,
            RegistrationSettings settings,
            SimulatorMetrics metrics) {
        this.identity = identity;
        this.resources = resources;
        this.store = store;
        this.settings = settings;
        this.metrics = metrics;
    }

    boolean allPublished() {
        return resources.all().stream().allMatch(resource -> store.isPublished(resource.href()));
    }

    Future<Void> publishPending(CloudConnection connection) {
        List<Resource> links = resources.all().stream()
                .filter(resource -> settings.republishAll() || !store.isPublished(resource.href()))
                .toList();
        if (links.isEmpty()) {
            return Future.succeededFuture();
        }
        Map<String, Long> ins = new HashMap<>();
        for (Resource resource : links) {
            ins.put(resource.href(), store.ins(resource.href()).orElseGet(LinkPublisher::randomIns));
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
}
