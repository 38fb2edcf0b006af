package dev.ocfcloud.aggregate;

import static dev.ocfcloud.aggregate.Commands.ALICE;
import static dev.ocfcloud.aggregate.Commands.BOB;
import static dev.ocfcloud.aggregate.Commands.LIGHT_ID;
import static dev.ocfcloud.aggregate.Commands.OFF;
import static dev.ocfcloud.aggregate.Commands.ON;
import static dev.ocfcloud.aggregate.Commands.confirmUpdate;
import static dev.ocfcloud.aggregate.Commands.id;
import static dev.ocfcloud.aggregate.Commands.link;
import static dev.ocfcloud.aggregate.Commands.publish;
import static dev.ocfcloud.aggregate.Commands.register;
import static dev.ocfcloud.aggregate.Commands.report;
import static dev.ocfcloud.aggregate.Commands.update;
import static dev.ocfcloud.aggregate.Scenario.NOW;
import static dev.ocfcloud.aggregate.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.aggregate.resource.ResourceDecider;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.CancelPendingCommand;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.ConfirmResourceCreate;
import dev.ocfcloud.model.command.ConfirmResourceDelete;
import dev.ocfcloud.model.command.ConfirmResourceRetrieve;
import dev.ocfcloud.model.command.CreateResource;
import dev.ocfcloud.model.command.DeleteResource;
import dev.ocfcloud.model.command.DeliveryMode;
import dev.ocfcloud.model.command.RetrieveResource;
import dev.ocfcloud.model.command.UpdateResource;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceChanged;
import dev.ocfcloud.model.event.ResourceCreatePending;
import dev.ocfcloud.model.event.ResourceCreated;
import dev.ocfcloud.model.event.ResourceDeletePending;
import dev.ocfcloud.model.event.ResourceDeleted;
import dev.ocfcloud.model.event.ResourceRetrievePending;
import dev.ocfcloud.model.event.ResourceRetrieved;
import dev.ocfcloud.model.event.ResourceUpdatePending;
import dev.ocfcloud.model.event.ResourceUpdated;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResourceAggregateTest {
    private static final Instant LATER = NOW.plus(Duration.ofSeconds(10));

    private static Scenario published() {
        return given(register(ALICE), publish(ALICE, link("/light/1", 7)));
    }

    @Nested
    class Reporting {
        @Test
        void aFirstReportChangesTheResource() {
            published().when(report(ALICE, ON)).thenEvents(new ResourceChanged(ON, OperationStatus.OK));
        }

        @Test
        void anUnchangedReportIsDropped() {
            given(register(ALICE), publish(ALICE, link("/light/1", 7)), report(ALICE, ON))
                    .when(report(ALICE, ON))
                    .thenNothing();
        }

        @Test
        void aDifferentReportChangesItAgain() {
            given(register(ALICE), publish(ALICE, link("/light/1", 7)), report(ALICE, ON))
                    .when(report(ALICE, OFF))
                    .thenEvents(new ResourceChanged(OFF, OperationStatus.OK));
        }

        @Test
        void anUnpublishedResourceIsNotFound() {
            given(register(ALICE)).when(report(ALICE, ON)).thenRejected(ErrorCode.RESOURCE_NOT_FOUND);
        }

        @Test
        void onlyTheOwnerReports() {
            published().when(report(BOB, ON)).thenRejected(ErrorCode.DEVICE_NOT_OWNED);
            given().when(report(ALICE, ON)).thenRejected(ErrorCode.DEVICE_NOT_FOUND);
        }
    }

    @Nested
    class DeviceRoundTrips {
        @Test
        void anUpdateWaitsForTheDeviceThenEndsWithItsAnswer() {
            published().when(update(ALICE, "u1")).thenEvents(new ResourceUpdatePending(ON, "", LATER));
            given(register(ALICE), publish(ALICE, link("/light/1", 7)), update(ALICE, "u1"))
                    .when(confirmUpdate(ALICE, "u1"))
                    .thenEvents(new ResourceUpdated(OperationStatus.CHANGED, ResourceContent.EMPTY));
        }

        @Test
        void aRetrieveWaitsThenEnds() {
            published()
                    .when(new RetrieveResource(LIGHT_ID, ALICE, id("r1"), "oic.if.baseline", LATER, DeliveryMode.QUEUE))
                    .thenEvents(new ResourceRetrievePending("oic.if.baseline", LATER));
            given(
                            register(ALICE),
                            publish(ALICE, link("/light/1", 7)),
                            new RetrieveResource(LIGHT_ID, ALICE, id("r1"), "", LATER, DeliveryMode.QUEUE))
                    .when(new ConfirmResourceRetrieve(LIGHT_ID, ALICE, id("r1"), OperationStatus.OK, ON))
                    .thenEvents(new ResourceRetrieved(OperationStatus.OK, ON));
        }

        @Test
        void aCreateWaitsThenEnds() {
            published()
                    .when(new CreateResource(LIGHT_ID, ALICE, id("c1"), ON, LATER, DeliveryMode.QUEUE))
                    .thenEvents(new ResourceCreatePending(ON, LATER));
            given(
                            register(ALICE),
                            publish(ALICE, link("/light/1", 7)),
                            new CreateResource(LIGHT_ID, ALICE, id("c1"), ON, LATER, DeliveryMode.QUEUE))
                    .when(new ConfirmResourceCreate(LIGHT_ID, ALICE, id("c1"), OperationStatus.CREATED, ON))
                    .thenEvents(new ResourceCreated(OperationStatus.CREATED, ON));
        }

        @Test
        void aDeleteWaitsThenEnds() {
            published()
                    .when(new DeleteResource(LIGHT_ID, ALICE, id("d1"), LATER, DeliveryMode.QUEUE))
                    .thenEvents(new ResourceDeletePending(LATER));
            given(
                            register(ALICE),
                            publish(ALICE, link("/light/1", 7)),
                            new DeleteResource(LIGHT_ID, ALICE, id("d1"), LATER, DeliveryMode.QUEUE))
                    .when(new ConfirmResourceDelete(
                            LIGHT_ID, ALICE, id("d1"), OperationStatus.DELETED, ResourceContent.EMPTY))
                    .thenEvents(new ResourceDeleted(OperationStatus.DELETED, ResourceContent.EMPTY));
        }

        @Test
        void aRequestThatMustNotWaitIsRefusedWhileTheDeviceIsOffline() {
            published()
                    .when(new UpdateResource(LIGHT_ID, ALICE, id("now"), ON, "", LATER, DeliveryMode.IF_ONLINE))
                    .thenRejected(ErrorCode.DEVICE_OFFLINE);
            given(register(ALICE), publish(ALICE, link("/light/1", 7)), Commands.online(ALICE, "c1"))
                    .when(new UpdateResource(LIGHT_ID, ALICE, id("now"), ON, "", LATER, DeliveryMode.IF_ONLINE))
                    .thenEvents(new ResourceUpdatePending(ON, "", LATER));
        }

        @Test
        void theSameRequestSentAgainChangesNothing() {
            given(register(ALICE), publish(ALICE, link("/light/1", 7)), update(ALICE, "u1"))
                    .when(update(ALICE, "u1"))
                    .thenNothing();
        }

        @Test
        void aConfirmationOfAnotherKindDoesNotEndTheRequest() {
            given(register(ALICE), publish(ALICE, link("/light/1", 7)), update(ALICE, "u1"))
                    .when(new ConfirmResourceRetrieve(LIGHT_ID, ALICE, id("u1"), OperationStatus.OK, ON))
                    .thenRejected(ErrorCode.COMMAND_NOT_PENDING);
        }

        @Test
        void aConfirmationOfNothingPendingIsRejected() {
            published().when(confirmUpdate(ALICE, "never")).thenRejected(ErrorCode.COMMAND_NOT_PENDING);
        }

        @Test
        void anAlreadyExpiredRequestIsInvalid() {
            published()
                    .when(new UpdateResource(LIGHT_ID, ALICE, id("old"), ON, "", NOW, DeliveryMode.QUEUE))
                    .thenRejected(ErrorCode.INVALID_COMMAND);
        }

        @Test
        void waitingRequestsAreBounded() {
            Command[] commands = new Command[ResourceDecider.MAX_PENDING_PER_RESOURCE + 2];
            commands[0] = register(ALICE);
            commands[1] = publish(ALICE, link("/light/1", 7));
            for (int i = 2; i < commands.length; i++) {
                commands[i] = update(ALICE, "u" + i);
            }
            given(commands).when(update(ALICE, "one-too-many")).thenRejected(ErrorCode.TOO_MANY_PENDING_COMMANDS);
        }

        @Test
        void requestsNeedAPublishedResourceAndTheOwner() {
            given(register(ALICE)).when(update(ALICE, "u1")).thenRejected(ErrorCode.RESOURCE_NOT_FOUND);
            published().when(update(BOB, "u1")).thenRejected(ErrorCode.DEVICE_NOT_OWNED);
            published()
                    .when(new UpdateResource(
                            new ResourceId(LIGHT_ID.deviceId(), Commands.LIGHT),
                            BOB,
                            id("x"),
                            ON,
                            "",
                            LATER,
                            DeliveryMode.QUEUE))
                    .thenRejected(ErrorCode.DEVICE_NOT_OWNED);
        }
    }

    @Nested
    class Cancelling {
        @Test
        void aCancelledRequestEndsAsCanceled() {
            given(register(ALICE), publish(ALICE, link("/light/1", 7)), update(ALICE, "u1"))
                    .when(new CancelPendingCommand(LIGHT_ID, ALICE, id("u1"), false))
                    .thenEvents(new ResourceUpdated(OperationStatus.CANCELED, ResourceContent.EMPTY));
        }

        @Test
        void anExpiredRequestEndsAsTimeout() {
            given(
                            register(ALICE),
                            publish(ALICE, link("/light/1", 7)),
                            new DeleteResource(LIGHT_ID, ALICE, id("d1"), LATER, DeliveryMode.QUEUE))
                    .when(new CancelPendingCommand(LIGHT_ID, ALICE, id("d1"), true))
                    .thenEvents(new ResourceDeleted(OperationStatus.TIMEOUT, ResourceContent.EMPTY));
        }

        @Test
        void cancellingNothingIsRejected() {
            published()
                    .when(new CancelPendingCommand(LIGHT_ID, ALICE, id("none"), false))
                    .thenRejected(ErrorCode.COMMAND_NOT_PENDING);
        }
    }

    @Test
    void eachResourceAggregateCountsItsOwnVersions() {
        Scenario scenario =
                given(register(ALICE), publish(ALICE, link("/light/1", 7)), report(ALICE, ON), report(ALICE, OFF));
        assertThat(scenario.history()).extracting(EventEnvelope::version).containsExactly(1L, 2L, 1L, 2L);
    }

    @Test
    void applyingAnEventOutOfOrderIsRefused() {
        Scenario scenario = given(register(ALICE), publish(ALICE, link("/light/1", 7)), report(ALICE, ON));
        EventEnvelope first = scenario.history().get(2);
        assertThatThrownBy(() -> scenario.state().apply(first))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected version 2");
    }
}
