package dev.ocfcloud.directory;

import static dev.ocfcloud.directory.Events.ALICE;
import static dev.ocfcloud.directory.Events.BOB;
import static dev.ocfcloud.directory.Events.LAMP;
import static dev.ocfcloud.directory.Events.LAMP_LIGHT;
import static dev.ocfcloud.directory.Events.changed;
import static dev.ocfcloud.directory.Events.online;
import static dev.ocfcloud.directory.Events.published;
import static dev.ocfcloud.directory.Events.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.directory.query.DirectoryQueries;
import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceUpdatePending;
import dev.ocfcloud.model.event.ResourceUpdated;
import dev.ocfcloud.model.query.DeviceView;
import dev.ocfcloud.model.query.GetDevice;
import dev.ocfcloud.model.query.GetResource;
import dev.ocfcloud.model.query.ListDevices;
import dev.ocfcloud.model.query.ListPendingRequests;
import dev.ocfcloud.model.query.ListResourceLinks;
import dev.ocfcloud.model.query.ListResources;
import dev.ocfcloud.model.query.ResourceView;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectoryQueriesTest {
    private final ReadModels models = new ReadModels();
    private final DirectoryQueries queries = new DirectoryQueries(models.registry(), models.shadow());

    @BeforeEach
    void alicesLampIsOnlineWithItsLightReported() {
        models.apply(registered(ALICE, 1));
        models.apply(published(ALICE, 2));
        models.apply(online(ALICE, 3));
        models.apply(changed(ALICE, 1, 1));
    }

    @Test
    void theOwnerSeesTheDeviceItsLinksAndItsShadow() {
        assertThat((DeviceView) queries.answer(new GetDevice(ALICE, LAMP))).satisfies(view -> {
            assertThat(view.status()).isEqualTo(ConnectionStatus.ONLINE);
            assertThat(view.links()).hasSize(1);
        });
        assertThat(((ListDevices.DeviceList) queries.answer(ListDevices.all(ALICE))).devices())
                .hasSize(1);
        assertThat(((ListResourceLinks.LinkList) queries.answer(ListResourceLinks.all(ALICE))).links())
                .hasSize(1);
        assertThat((ResourceView) queries.answer(new GetResource(ALICE, LAMP_LIGHT)))
                .satisfies(view -> {
                    assertThat(view.etag()).isEqualTo("v1");
                });
        assertThat(((ListResources.ResourceList) queries.answer(new ListResources(ALICE, Set.of(), Set.of())))
                        .resources())
                .hasSize(1);
    }

    @Test
    void anotherOwnerSeesNothingOfItOnAnyQuery() {
        assertNotFound(BOB, new GetDevice(BOB, LAMP), ErrorCode.DEVICE_NOT_FOUND);
        assertNotFound(BOB, new GetResource(BOB, LAMP_LIGHT), ErrorCode.DEVICE_NOT_FOUND);
        assertThat(((ListDevices.DeviceList) queries.answer(ListDevices.all(BOB))).devices())
                .isEmpty();
        assertThat(((ListDevices.DeviceList) queries.answer(new ListDevices(BOB, Set.of(LAMP), Set.of(), Set.of())))
                        .devices())
                .isEmpty();
        assertThat(((ListResourceLinks.LinkList)
                                queries.answer(new ListResourceLinks(BOB, Set.of(LAMP), Set.of(), Set.of())))
                        .links())
                .isEmpty();
        assertThat(((ListResources.ResourceList) queries.answer(new ListResources(BOB, Set.of(LAMP), Set.of())))
                        .resources())
                .isEmpty();
    }

    @Test
    void pendingRequestsAreListedForTheOwnerUntilTheyEnd() {
        models.apply(Events.resource(
                2, ALICE, new ResourceUpdatePending(ResourceContent.EMPTY, "", Events.AT.plusSeconds(10))));

        ListPendingRequests.PendingRequestList alices =
                (ListPendingRequests.PendingRequestList) queries.answer(new ListPendingRequests(ALICE, Set.of()));
        assertThat(alices.requests()).singleElement().satisfies(request -> {
            assertThat(request.kind()).isEqualTo(DeviceRequestKind.UPDATE);
            assertThat(request.correlationId().value()).isEqualTo("r2");
        });
        assertThat(((ListPendingRequests.PendingRequestList) queries.answer(new ListPendingRequests(BOB, Set.of())))
                        .requests())
                .isEmpty();

        models.apply(new EventEnvelope(
                AggregateId.ofResource(LAMP_LIGHT),
                3,
                Events.AT,
                ALICE,
                CorrelationId.of("r2"),
                new ResourceUpdated(OperationStatus.CHANGED, ResourceContent.EMPTY)));
        assertThat(((ListPendingRequests.PendingRequestList) queries.answer(new ListPendingRequests(ALICE, Set.of())))
                        .requests())
                .isEmpty();
    }

    @Test
    void filtersNarrowTheAnswer() {
        assertThat(((ListDevices.DeviceList) queries.answer(
                                new ListDevices(ALICE, Set.of(), Set.of(ConnectionStatus.OFFLINE), Set.of())))
                        .devices())
                .isEmpty();
        assertThat(((ListDevices.DeviceList)
                                queries.answer(new ListDevices(ALICE, Set.of(), Set.of(), Set.of("core.light"))))
                        .devices())
                .hasSize(1);
        assertThat(((ListResourceLinks.LinkList)
                                queries.answer(new ListResourceLinks(ALICE, Set.of(), Set.of(), Set.of("oic.if.ll"))))
                        .links())
                .isEmpty();
    }

    @Test
    void anUnpublishedOrUnreportedResourceIsNotFound() {
        assertNotFound(
                ALICE, new GetResource(ALICE, ResourceId.of(LAMP.value(), "/nope")), ErrorCode.RESOURCE_NOT_FOUND);
    }

    private void assertNotFound(OwnerId caller, dev.ocfcloud.model.query.DirectoryQuery query, ErrorCode code) {
        assertThatThrownBy(() -> queries.answer(query))
                .as("%s asks %s", caller, query)
                .isInstanceOfSatisfying(
                        CloudException.class, e -> assertThat(e.error().code()).isEqualTo(code));
    }
}
