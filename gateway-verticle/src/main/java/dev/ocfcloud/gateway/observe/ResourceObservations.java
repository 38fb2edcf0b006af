package dev.ocfcloud.gateway.observe;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.OptionsBuilder;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.gateway.ocf.Contents;
import dev.ocfcloud.gateway.ocf.OperationStatuses;
import dev.ocfcloud.gateway.session.DeviceRequests;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the shadow of a signed-in device's published resources current: each observable one is
 * observed (GET, Observe 0, no {@code if} query — PROTOCOL.md §2), the others are read once; every
 * answer and notification goes to the {@link ChangeReporter}. Publishing a link again with
 * different properties re-observes it; unpublishing cancels (GET, Observe 1, same token).
 */
public final class ResourceObservations {
    private static final Logger LOG = LoggerFactory.getLogger(ResourceObservations.class);
    /** OCF-Accept-Content-Format-Version 2.0.0, as the device expects on every request. */
    private static final long OCF_VERSION_2_0 = 2048;

    private static final int OBSERVE_REGISTER = 0;
    private static final int OBSERVE_DEREGISTER = 1;

    private final DeviceRequests requests;
    private final ChangeReporter reporter;
    private final Clock clock;
    private final int maxObservations;
    private final Map<ResourceHref, Observed> observed = new HashMap<>();

    public ResourceObservations(DeviceRequests requests, ChangeReporter reporter, Clock clock, int maxObservations) {
        this.requests = requests;
        this.reporter = reporter;
        this.clock = clock;
        this.maxObservations = maxObservations;
    }

    public void observe(Collection<ResourceLink> links) {
        for (ResourceLink link : links) {
            Observed current = observed.get(link.href());
            if (current != null && current.link().equals(link)) {
                continue;
            }
            if (current != null) {
                cancel(link.href(), current);
            } else if (observed.size() >= maxObservations) {
                LOG.warn("not observing {}: {} resources are observed already", link.href(), maxObservations);
                continue;
            }
            start(link);
        }
    }

    public void stop(Collection<ResourceHref> hrefs) {
        for (ResourceHref href : hrefs) {
            Observed current = observed.get(href);
            if (current != null) {
                cancel(href, current);
            }
        }
    }

    /** The connection is gone: nothing to cancel on the device, just forget. */
    public void clear() {
        observed.clear();
        reporter.stop();
    }

    public int size() {
        return observed.size();
    }

    private void start(ResourceLink link) {
        ResourceHref href = link.href();
        if (!link.isObservable()) {
            observed.put(href, new Observed(link, Token.EMPTY));
            requests.send(get(href, -1), clock.instant())
                    .onSuccess(answer -> report(href, answer))
                    .onFailure(failure -> LOG.debug("reading {} failed: {}", href, failure.getMessage()));
            return;
        }
        DeviceRequests.Sent sent = requests.observe(
                get(href, OBSERVE_REGISTER), clock.instant(), notification -> report(href, notification));
        observed.put(href, new Observed(link, sent.token()));
        sent.answer()
                .onSuccess(first -> report(href, first))
                .onFailure(failure -> LOG.debug("observing {} failed: {}", href, failure.getMessage()));
    }

    private void cancel(ResourceHref href, Observed current) {
        observed.remove(href);
        if (!current.token().equals(Token.EMPTY)) {
            requests.cancel(current.token(), get(href, OBSERVE_DEREGISTER), clock.instant())
                    .onFailure(failure -> LOG.debug("cancelling {} failed: {}", href, failure.getMessage()));
        }
    }

    private void report(ResourceHref href, CoapResponse answer) {
        if (!observed.containsKey(href)) {
            return;
        }
        ResourceContent content = Contents.of(answer);
        reporter.report(href, content, OperationStatuses.of(answer.responseCode()));
    }

    private static CoapRequest get(ResourceHref href, int observe) {
        OptionsBuilder options = Options.builder();
        for (String segment : href.segments()) {
            options.addString(OptionNumber.URI_PATH, segment);
        }
        if (observe >= 0) {
            options.addUint(OptionNumber.OBSERVE, observe);
        }
        options.addUint(OptionNumber.ACCEPT, ContentFormat.OCF_CBOR.value());
        options.addUint(OptionNumber.OCF_ACCEPT_CONTENT_FORMAT_VERSION, OCF_VERSION_2_0);
        return new CoapRequest(Method.GET, Token.EMPTY, options.build(), Payload.EMPTY);
    }

    private record Observed(ResourceLink link, Token token) {}
}
