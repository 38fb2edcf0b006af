package dev.ocfcloud.launcher.e2e;

import static dev.ocfcloud.launcher.e2e.TestCloud.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.model.query.DeviceView;
import dev.ocfcloud.model.query.GetDevice;
import dev.ocfcloud.model.query.GetResource;
import dev.ocfcloud.model.query.ListDevices;
import dev.ocfcloud.model.query.ResourceView;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.KafkaCluster;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated OCF device's whole life against the whole cloud, over real sockets, the real
 * embedded OAuth2 provider, real Kafka and the embedded store: sign-up with an onboarding code,
 * sign-in, publish, its values in the shadow, a change reaching the shadow, token refresh and
 * re-sign-in, sign-out and offline; then a cloud restart that loses nothing.
 */
@EmbeddedKafka
class DeviceLifecycleIT {
    private static final OwnerId ALICE = OwnerId.of("alice");
    private static final OwnerId BOB = OwnerId.of("bob");
    private static final CBORMapper CBOR = new CBORMapper();

    @TempDir
    Path dataDir;

    @Test
    void aDeviceSignsUpPublishesReportsRefreshesAndSignsOut(KafkaCluster kafka) throws Exception {
        try (TestCloud cloud = new TestCloud(kafka, dataDir).start();
                SimulatedDevices devices = new SimulatedDevices(cloud)) {
            SimulatedDevice lamp = devices.create("alice");
            DeviceId id = DeviceId.of(lamp.di());
            await(lamp.start());
            await(lamp.signedIn());
            assertThat(await(lamp.allPublished())).isTrue();
            DirectoryClient directory = cloud.directory();

            DeviceView online = eventually(
                    () -> directory.device(new GetDevice(ALICE, id)),
                    view -> view.status() == ConnectionStatus.ONLINE
                            && view.links().size() == 4);
            assertThat(online.links())
                    .extracting(link -> link.href().value())
                    .contains("/oic/d", "/oic/p", "/light/1", "/temperature/1");
            ResourceView light = eventually(
                    () -> directory.resource(
                            new GetResource(ALICE, new ResourceId(id, dev.ocfcloud.model.ResourceHref.of("/light/1")))),
                    view -> true);
            assertThat(property(light, "state").asBoolean()).isFalse();

            await(lamp.set("/light/1", "state", true));
            ResourceView switchedOn = eventually(
                    () -> directory.resource(new GetResource(ALICE, lightOf(id))),
                    view -> property(view, "state").asBoolean());
            assertThat(switchedOn.contentVersion()).isGreaterThan(light.contentVersion());

            await(lamp.refreshNow());
            await(lamp.signedIn());
            assertThat(await(directory.device(new GetDevice(ALICE, id))).status())
                    .isEqualTo(ConnectionStatus.ONLINE);
            assertThat(await(directory.devices(ListDevices.all(BOB))).devices()).isEmpty();

            await(lamp.signOut());
            eventually(
                    () -> directory.device(new GetDevice(ALICE, id)),
                    view -> view.status() == ConnectionStatus.OFFLINE);
            await(lamp.stop());
        }
    }

    @Test
    void aCloudRestartLosesNothingAndTheDeviceComesBack(KafkaCluster kafka) throws Exception {
        try (TestCloud cloud = new TestCloud(kafka, dataDir).start();
                SimulatedDevices devices = new SimulatedDevices(cloud)) {
            SimulatedDevice lamp = devices.create("alice");
            DeviceId id = DeviceId.of(lamp.di());
            await(lamp.start());
            await(lamp.signedIn());
            await(lamp.set("/light/1", "state", true));
            ResourceView before = eventually(
                    () -> cloud.directory().resource(new GetResource(ALICE, lightOf(id))),
                    view -> property(view, "state").asBoolean());
            String connectionBefore =
                    await(cloud.directory().device(new GetDevice(ALICE, id))).gatewayNode();

            cloud.stop();
            cloud.start();

            DeviceView back = eventually(
                    () -> cloud.directory().device(new GetDevice(ALICE, id)),
                    view -> view.status() == ConnectionStatus.ONLINE
                            && !view.gatewayNode().equals(connectionBefore));
            assertThat(back.links()).hasSize(4);
            ResourceView after = await(cloud.directory().resource(new GetResource(ALICE, lightOf(id))));
            assertThat(property(after, "state").asBoolean()).isTrue();
            // The device reported the same value again after reconnecting: no new event for it.
            assertThat(after.contentVersion()).isEqualTo(before.contentVersion());
            await(lamp.stop());
        }
    }

    private static ResourceId lightOf(DeviceId id) {
        return new ResourceId(id, dev.ocfcloud.model.ResourceHref.of("/light/1"));
    }

    private static JsonNode property(ResourceView view, String name) {
        try {
            return CBOR.readTree(view.content().data().toArray()).get(name);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks until the answer satisfies {@code done} (the read side is eventually consistent). */
    static <T> T eventually(Supplier<Future<T>> ask, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Object last = null;
        while (System.nanoTime() < deadline) {
            try {
                T answer = await(ask.get());
                if (done.test(answer)) {
                    return answer;
                }
                last = answer;
            } catch (ExecutionException notYet) {
                last = notYet.getCause();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("not reached in 30 s; last answer: " + last);
    }
}
