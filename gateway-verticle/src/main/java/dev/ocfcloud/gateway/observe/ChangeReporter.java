package dev.ocfcloud.gateway.observe;

import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.NotifyResourceChanged;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a device's reports of its resources into {@code NotifyResourceChanged} commands, one in
 * flight per resource. A report arriving meanwhile replaces any report still waiting (only the
 * newest matters to a shadow), so a chatty device costs bounded memory; a retryable refusal is
 * retried after a pause, with the newest report.
 */
public final class ChangeReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeReporter.class);
    static final long RETRY_DELAY_MILLIS = 500;
    static final int MAX_RETRIES = 10;

    private final Vertx vertx;
    private final Commands commands;
    private final Session.SignedIn device;
    private final Map<ResourceHref, Slot> slots = new HashMap<>();
    private boolean stopped;

    public ChangeReporter(Vertx vertx, Commands commands, Session.SignedIn device) {
        this.vertx = vertx;
        this.commands = commands;
        this.device = device;
    }

    public void report(ResourceHref href, ResourceContent content, OperationStatus status) {
        Slot slot = slots.computeIfAbsent(href, h -> new Slot());
        slot.waiting = new Report(content, status);
        if (!slot.sending) {
            sendNext(href, slot, 0);
        }
    }

    /** The connection ended: reports still waiting are dropped, the device will report again. */
    public void stop() {
        stopped = true;
        slots.clear();
    }

    private void sendNext(ResourceHref href, Slot slot, int attempt) {
        if (stopped || slot.waiting == null) {
            slot.sending = false;
            return;
        }
        Report report = slot.waiting;
        slot.waiting = null;
        slot.sending = true;
        NotifyResourceChanged command = new NotifyResourceChanged(
                new ResourceId(device.deviceId(), href),
                device.owner(),
                CorrelationId.random(),
                report.content(),
                report.status());
        commands.send(command)
                .onComplete(
                        events -> sendNext(href, slot, 0),
                        failure -> retryOrDrop(href, slot, report, attempt, failure));
    }

    private void retryOrDrop(ResourceHref href, Slot slot, Report report, int attempt, Throwable failure) {
        CloudError error = CloudException.errorOf(failure);
        if (error.retryable() && attempt < MAX_RETRIES && !stopped) {
            if (slot.waiting == null) {
                slot.waiting = report;
            }
            vertx.setTimer(RETRY_DELAY_MILLIS, t -> sendNext(href, slot, attempt + 1));
        } else {
            LOG.debug("report of {}{} dropped: {}", device.deviceId(), href, error);
            sendNext(href, slot, 0);
        }
    }

    private static final class Slot {
        Report waiting;
        boolean sending;
    }

    private record Report(ResourceContent content, OperationStatus status) {}
}
