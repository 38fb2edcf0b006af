package dev.ocfcloud.directory.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.directory.ReadModels;
import dev.ocfcloud.directory.registry.DeviceEntry;
import dev.ocfcloud.directory.shadow.ShadowEntry;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.query.PendingRequestView;
import dev.ocfcloud.model.resource.Bytes;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.ContentFormat;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProjectionStore} must do; each implementation runs it. */
abstract class ProjectionStoreContract {
    protected Vertx vertx;
    private ProjectionStore store;

    protected abstract ProjectionStore newStore(Vertx vertx) throws Exception;

    @BeforeEach
    void open() throws Exception {
        vertx = Vertx.vertx();
        store = newStore(vertx);
    }

    @AfterEach
    void close() throws Exception {
        await(store.close());
        await(vertx.close());
    }

    @Test
    void anEmptyStoreLoadsNothing() throws Exception {
        assertThat(await(store.load())).isEqualTo(StoredModels.EMPTY);
    }

    @Test
    void savedEntriesAndOffsetsLoadBackEqual() throws Exception {
        DeviceEntry device = device(3);
        ShadowEntry shadow = shadow(device.deviceId(), 5, Optional.of(content()));
        ShadowEntry forgotten = shadow(device.deviceId(), 6, Optional.empty());

        await(store.save(new ReadModels.Changes(List.of(device), List.of(shadow, forgotten)), Map.of(0, 12L, 3, 7L)));

        StoredModels loaded = await(store.load());
        assertThat(loaded.devices()).containsExactly(device);
        assertThat(loaded.shadows()).containsExactlyInAnyOrder(shadow, forgotten);
        assertThat(loaded.offsets()).isEqualTo(Map.of(0, 12L, 3, 7L));
    }

    @Test
    void aLaterSaveReplacesEntriesAndOffsets() throws Exception {
        DeviceEntry before = device(1);
        await(store.save(new ReadModels.Changes(List.of(before), List.of()), Map.of(0, 1L)));
        DeviceEntry after = new DeviceEntry(
                before.deviceId(),
                before.owner(),
                true,
                ConnectionStatus.OFFLINE,
                "",
                "",
                "renamed",
                before.links(),
                before.lastChange().plusSeconds(1),
                2);

        await(store.save(new ReadModels.Changes(List.of(after), List.of()), Map.of(0, 2L)));

        StoredModels loaded = await(store.load());
        assertThat(loaded.devices()).containsExactly(after);
        assertThat(loaded.offsets()).isEqualTo(Map.of(0, 2L));
    }

    private static DeviceEntry device(long version) {
        DeviceId id = DeviceId.of(UUID.randomUUID().toString());
        ResourceLink link = new ResourceLink(
                ResourceHref.of("/light/1"),
                List.of("core.light"),
                List.of("oic.if.rw", "oic.if.baseline"),
                3,
                4294967295L);
        return new DeviceEntry(
                id,
                OwnerId.of("alice"),
                true,
                ConnectionStatus.ONLINE,
                "conn-1",
                "gw-1",
                "lamp",
                Map.of(link.href(), link),
                Instant.parse("2026-11-22T12:00:00.123Z"),
                version);
    }

    private static ShadowEntry shadow(DeviceId device, long version, Optional<ResourceContent> content) {
        ResourceId resource = new ResourceId(device, ResourceHref.of("/r/" + version));
        PendingRequestView waiting = new PendingRequestView(
                resource,
                CorrelationId.of("c-" + version),
                DeviceRequestKind.UPDATE,
                Instant.parse("2026-11-22T12:00:02.001Z"),
                Instant.parse("2026-11-22T12:00:12.001Z"));
        return new ShadowEntry(
                resource,
                content,
                OperationStatus.OK,
                version,
                Instant.parse("2026-11-22T12:00:01.456Z"),
                version,
                List.of(waiting));
    }

    private static ResourceContent content() {
        return new ResourceContent(ContentFormat.OCF_CBOR, Bytes.fromHex("bf657374617465f5ff"));
    }

    protected static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
