package dev.ocfcloud.aggregate;

import static dev.ocfcloud.aggregate.Commands.ALICE;
import static dev.ocfcloud.aggregate.Commands.BOB;
import static dev.ocfcloud.aggregate.Commands.DEVICE;
import static dev.ocfcloud.aggregate.Commands.LIGHT;
import static dev.ocfcloud.aggregate.Commands.id;
import static dev.ocfcloud.aggregate.Commands.link;
import static dev.ocfcloud.aggregate.Commands.offline;
import static dev.ocfcloud.aggregate.Commands.online;
import static dev.ocfcloud.aggregate.Commands.publish;
import static dev.ocfcloud.aggregate.Commands.register;
import static dev.ocfcloud.aggregate.Commands.unregister;
import static dev.ocfcloud.aggregate.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.command.PublishResourceLinks;
import dev.ocfcloud.model.command.UnpublishResourceLinks;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceRegistered;
import dev.ocfcloud.model.event.DeviceUnregistered;
import dev.ocfcloud.model.event.ResourceLinksPublished;
import dev.ocfcloud.model.event.ResourceLinksUnpublished;
import dev.ocfcloud.model.resource.ConnectionStatus;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeviceAggregateTest {

    @Nested
    class Registering {
        @Test
        void anUnknownDeviceBecomesTheCallersDevice() {
            given().when(register(ALICE)).thenEvents(new DeviceRegistered());
        }

        @Test
        void repeatingTheSignUpChangesNothing() {
            given(register(ALICE)).when(register(ALICE)).thenNothing();
        }

        @Test
        void anotherOwnersDeviceCannotBeTaken() {
            given(register(ALICE)).when(register(BOB)).thenRejected(ErrorCode.DEVICE_NOT_OWNED);
        }

        @Test
        void aDeregisteredDeviceMayBeRegisteredByAnyone() {
            given(register(ALICE), unregister(ALICE)).when(register(BOB)).thenEvents(new DeviceRegistered());
        }
    }

    @Nested
    class Unregistering {
        @Test
        void theOwnerDeregisters() {
            given(register(ALICE)).when(unregister(ALICE)).thenEvents(new DeviceUnregistered());
        }

        @Test
        void anotherOwnerMayNot() {
            given(register(ALICE)).when(unregister(BOB)).thenRejected(ErrorCode.DEVICE_NOT_OWNED);
        }

        @Test
        void anUnknownDeviceIsNotFound() {
            given().when(unregister(ALICE)).thenRejected(ErrorCode.DEVICE_NOT_FOUND);
        }

        @Test
        void theLinksGoWithIt() {
            Scenario scenario = given(register(ALICE), publish(ALICE, link("/light/1", 7)), unregister(ALICE));
            assertThat(scenario.state().device().links()).isEmpty();
            assertThat(scenario.state().device().isRegistered()).isFalse();
        }
    }

    @Nested
    class Connections {
        @Test
        void signInMakesTheDeviceOnline() {
            given(register(ALICE))
                    .when(online(ALICE, "c1"))
                    .thenEvents(new DeviceConnectionUpdated(ConnectionStatus.ONLINE, "c1", "gw-1"));
        }

        @Test
        void aRepeatedSignInOnTheSameConnectionChangesNothing() {
            given(register(ALICE), online(ALICE, "c1"))
                    .when(online(ALICE, "c1"))
                    .thenNothing();
        }

        @Test
        void aNewConnectionReplacesTheOld() {
            given(register(ALICE), online(ALICE, "c1"))
                    .when(online(ALICE, "c2"))
                    .thenEvents(new DeviceConnectionUpdated(ConnectionStatus.ONLINE, "c2", "gw-1"));
        }

        @Test
        void closingTheCurrentConnectionMakesTheDeviceOffline() {
            given(register(ALICE), online(ALICE, "c1"))
                    .when(offline(ALICE, "c1"))
                    .thenEvents(new DeviceConnectionUpdated(ConnectionStatus.OFFLINE, "c1", "gw-1"));
        }

        @Test
        void aLateCloseOfAReplacedConnectionChangesNothing() {
            given(register(ALICE), online(ALICE, "c1"), online(ALICE, "c2"))
                    .when(offline(ALICE, "c1"))
                    .thenNothing();
        }

        @Test
        void anOfflineDeviceStaysOfflineQuietly() {
            given(register(ALICE)).when(offline(ALICE, "c1")).thenNothing();
        }

        @Test
        void onlyTheOwnerReportsConnections() {
            given(register(ALICE)).when(online(BOB, "c1")).thenRejected(ErrorCode.DEVICE_NOT_OWNED);
            given().when(online(ALICE, "c1")).thenRejected(ErrorCode.DEVICE_NOT_FOUND);
        }
    }

    @Nested
    class Publishing {
        @Test
        void newLinksArePublished() {
            given(register(ALICE))
                    .when(publish(ALICE, link("/light/1", 7), link("/oic/d", 8)))
                    .thenEvents(new ResourceLinksPublished("lamp", 0, List.of(link("/light/1", 7), link("/oic/d", 8))));
        }

        @Test
        void republishingTheSameLinksChangesNothing() {
            given(register(ALICE), publish(ALICE, link("/light/1", 7)))
                    .when(publish(ALICE, link("/light/1", 7)))
                    .thenNothing();
        }

        @Test
        void onlyChangedLinksArePublishedAgain() {
            given(register(ALICE), publish(ALICE, link("/light/1", 7), link("/oic/d", 8)))
                    .when(publish(ALICE, link("/light/1", 99), link("/oic/d", 8)))
                    .thenEvents(new ResourceLinksPublished("lamp", 0, List.of(link("/light/1", 99))));
        }

        @Test
        void aNewDeviceNameAloneIsPublished() {
            given(register(ALICE), publish(ALICE, link("/light/1", 7)))
                    .when(new PublishResourceLinks(DEVICE, ALICE, id("p"), "kitchen", 0, List.of(link("/light/1", 7))))
                    .thenEvents(new ResourceLinksPublished("kitchen", 0, List.of()));
        }

        @Test
        void theSameHrefTwiceIsInvalid() {
            given(register(ALICE))
                    .when(publish(ALICE, link("/light/1", 7), link("/light/1", 8)))
                    .thenRejected(ErrorCode.INVALID_COMMAND);
        }

        @Test
        void onlyTheOwnerPublishes() {
            given(register(ALICE)).when(publish(BOB, link("/light/1", 7))).thenRejected(ErrorCode.DEVICE_NOT_OWNED);
        }
    }

    @Nested
    class Unpublishing {
        private final Scenario published =
                given(register(ALICE), publish(ALICE, link("/light/1", 7), link("/oic/d", 8), link("/oic/p", 9)));

        @Test
        void byHref() {
            published
                    .when(unpublish(List.of(LIGHT), List.of()))
                    .thenEvents(new ResourceLinksUnpublished(List.of(LIGHT)));
        }

        @Test
        void byInstanceIdAsDevicesDo() {
            published
                    .when(unpublish(List.of(), List.of(8L, 9L)))
                    .thenEvents(new ResourceLinksUnpublished(
                            List.of(ResourceHref.of("/oic/d"), ResourceHref.of("/oic/p"))));
        }

        @Test
        void namingNothingRemovesEverything() {
            published
                    .when(unpublish(List.of(), List.of()))
                    .thenEvents(new ResourceLinksUnpublished(
                            List.of(LIGHT, ResourceHref.of("/oic/d"), ResourceHref.of("/oic/p"))));
        }

        @Test
        void unknownLinksChangeNothing() {
            published
                    .when(unpublish(List.of(ResourceHref.of("/nope")), List.of(1L)))
                    .thenNothing();
        }

        private UnpublishResourceLinks unpublish(List<ResourceHref> hrefs, List<Long> instanceIds) {
            return new UnpublishResourceLinks(DEVICE, ALICE, id("unpublish"), hrefs, instanceIds);
        }
    }

    @Test
    void versionsOfTheDeviceAggregateIncreaseByOne() {
        Scenario scenario = given(register(ALICE), online(ALICE, "c1"), publish(ALICE, link("/light/1", 7)));
        assertThat(scenario.history()).extracting(e -> e.version()).containsExactly(1L, 2L, 3L);
        scenario.when(offline(ALICE, "c1"));
        assertThat(scenario.envelopes()).extracting(e -> e.version()).containsExactly(4L);
    }
}
