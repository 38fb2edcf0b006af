package dev.ocfcloud.gateway.ocf.routed;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.ocf.CoapErrors;
import dev.ocfcloud.gateway.ocf.Contents;
import dev.ocfcloud.gateway.ocf.OcfEndpoint;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.gateway.ocf.discovery.DiscoveryHandler;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.bus.DeviceRequestClient;
import dev.ocfcloud.model.bus.DeviceRequestOutcome;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.model.command.CreateResource;
import dev.ocfcloud.model.command.DeleteResource;
import dev.ocfcloud.model.command.DeliveryMode;
import dev.ocfcloud.model.command.DeviceRequestCommand;
import dev.ocfcloud.model.command.UpdateResource;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.query.GetResource;
import dev.ocfcloud.model.resource.ResourceContent;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Requests of a device client (e.g. iotivity-lite's {@code cloud_client}) to another device of the
 * same owner, through the hrefs cloud discovery gave it ({@code /api/v1/devices/<di><href>}). They
 * take the same paths as the HTTP API: GET reads the shadow (Observe 0 follows it), POST and
 * DELETE go to the device through the aggregate and are answered with the device's answer. A
 * device of another owner is not found (4.04).
 */
public final class RoutedResourceHandler implements OcfEndpoint {
    private final DirectoryClient directory;
    private final DeviceRequestClient requests;
    private final ShadowObservations observations;
    private final Clock clock;
    private final Duration timeToLive;

    public RoutedResourceHandler(
            DirectoryClient directory,
            DeviceRequestClient requests,
            ShadowObservations observations,
            Clock clock,
            Duration timeToLive) {
        this.directory = directory;
        this.requests = requests;
        this.observations = observations;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    @Override
    public Future<CoapResponse> handle(CoapRequest request, Session session) {
        Session.SignedIn client = session.signedIn()
                .orElseThrow(() -> new CloudException(CloudError.of(ErrorCode.AUTH_TOKEN_INVALID, "sign in first")));
        ResourceId target = RoutedTarget.parse(request.path(), DiscoveryHandler.ROUTED_PREFIX);
        return switch (request.method()) {
            case GET -> get(request, session, client, target);
            case POST ->
                toDevice(
                        request,
                        request.queryParameter("if")
                                        .filter("oic.if.create"::equals)
                                        .isPresent()
                                ? new CreateResource(
                                        target,
                                        client.owner(),
                                        CorrelationId.random(),
                                        Contents.of(request),
                                        validUntil(),
                                        DeliveryMode.IF_ONLINE)
                                : new UpdateResource(
                                        target,
                                        client.owner(),
                                        CorrelationId.random(),
                                        Contents.of(request),
                                        request.queryParameter("if").orElse(""),
                                        validUntil(),
                                        DeliveryMode.IF_ONLINE));
            case DELETE ->
                toDevice(
                        request,
                        new DeleteResource(
                                target, client.owner(), CorrelationId.random(), validUntil(), DeliveryMode.IF_ONLINE));
            case PUT -> Future.succeededFuture(CoapResponse.of(request, ResponseCode.METHOD_NOT_ALLOWED));
        };
    }

    private Future<CoapResponse> get(CoapRequest request, Session session, Session.SignedIn client, ResourceId target) {
        int observe = request.options().observe().orElse(-1);
        if (observe == 1) {
            observations.stop(session, request.token());
        }
        return directory
                .resource(new GetResource(client.owner(), target))
                .map(view -> {
                    CoapResponse answer = withContent(CoapResponse.of(request, ResponseCode.CONTENT), view.content());
                    if (observe == 0) {
                        observations.start(session, client, target, request.token());
                        answer = answer.withUintOption(OptionNumber.OBSERVE, ShadowObservations.FIRST_SEQUENCE);
                    }
                    return answer;
                })
                .recover(failure -> Future.succeededFuture(notFoundForOthers(request, failure)));
    }

    private Future<CoapResponse> toDevice(CoapRequest request, DeviceRequestCommand command) {
        return requests.execute(command)
                .map(outcome -> answerOf(request, outcome))
                .recover(failure -> Future.succeededFuture(notFoundForOthers(request, failure)));
    }

    private static CoapResponse answerOf(CoapRequest request, DeviceRequestOutcome outcome) {
        ResponseCode code = switch (outcome.status()) {
            case OK -> ResponseCode.CONTENT;
            case CREATED -> ResponseCode.CREATED;
            case CHANGED -> ResponseCode.CHANGED;
            case DELETED -> ResponseCode.DELETED;
            case BAD_REQUEST -> ResponseCode.BAD_REQUEST;
            case UNAUTHORIZED -> ResponseCode.UNAUTHORIZED;
            case FORBIDDEN -> ResponseCode.FORBIDDEN;
            case NOT_FOUND -> ResponseCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ResponseCode.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> ResponseCode.NOT_ACCEPTABLE;
            case UNAVAILABLE -> ResponseCode.SERVICE_UNAVAILABLE;
            case TIMEOUT, CANCELED -> ResponseCode.GATEWAY_TIMEOUT;
            case ERROR -> ResponseCode.INTERNAL_SERVER_ERROR;
        };
        return withContent(CoapResponse.of(request, code), outcome.content());
    }

    static CoapResponse withContent(CoapResponse response, ResourceContent content) {
        if (content.isEmpty()) {
            return response;
        }
        return response.withContentFormat(new ContentFormat(content.contentFormat()))
                .withPayload(content.data().toArray());
    }

    /** Another owner's device, or a missing one: the same 4.04 (no tenant sees another's devices). */
    private static CoapResponse notFoundForOthers(CoapRequest request, Throwable failure) {
        ErrorCode code = CloudException.errorOf(failure).code();
        if (code == ErrorCode.DEVICE_NOT_OWNED || code == ErrorCode.DEVICE_NOT_FOUND) {
            return CoapResponse.of(request, ResponseCode.NOT_FOUND);
        }
        return CoapErrors.toResponse(request, failure);
    }

    private Instant validUntil() {
        return clock.instant().plus(timeToLive);
    }
}
