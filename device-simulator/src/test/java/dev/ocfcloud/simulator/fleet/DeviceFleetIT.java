package dev.ocfcloud.simulator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.simulator.device.DeviceConfig;
import dev.ocfcloud.simulator.device.DeviceStatus;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.simulator.metrics.MetricsSnapshot;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.onboarding.OnboardingCodes;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.state.StateStore;
import dev.ocfcloud.simulator.testing.Await;
import dev.ocfcloud.simulator.testing.CloudSession;
import dev.ocfcloud.simulator.testing.Script.Operation;
import dev.ocfcloud.simulator.testing.ScriptedCloud;
import dev.ocfcloud.simulator.testing.TestDevices;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many devices in one process against the scripted cloud. */
@VertxTest
class DeviceFleetIT {
    private static final int DEVICES = 200;

    private Vertx vertx;
    private ScriptedCloud cloud;

    @BeforeEach
    void startCloud(Vertx vertx) {
        this.vertx = vertx;
        this.cloud = Await.result(ScriptedCloud.start(vertx));
    }

    private FleetConfig fleet(int devices, double rate, List<String> sourceAddresses) {
        return new FleetConfig(
                devices,
                rate,
                sourceAddresses,
                2,
                "sim-",
                DeviceConfig.CLOUD_DEVICE,
                ResourceSpec.parseList("light"),
                cloud.address(),
                TestDevices.fast());
    }

    @Test
    void twoHundredDevicesAllSignInAndPublish() {
        SimulatorMetrics metrics = new SimulatorMetrics();
        DeviceFleet fleet = Await.result(DeviceFleet.start(
                vertx, fleet(DEVICES, 400, List.of()), OnboardingCodes.shared("test"), StateStore.inMemory(), metrics));

        Await.result(
                Future.all(
                        fleet.devices().stream().map(SimulatedDevice::signedIn).toList()),
                Duration.ofSeconds(30));
        Await.until("all published", fleet::ready, Duration.ofSeconds(10));

        MetricsSnapshot snapshot = metrics.snapshot();
        assertThat(snapshot.devicesSignedIn()).isEqualTo(DEVICES);
        assertThat(snapshot.devicesPublished()).isEqualTo(DEVICES);
        assertThat(snapshot.connectedNow()).isEqualTo(DEVICES);
        assertThat(snapshot.signUpLatency().count()).isEqualTo(DEVICES);
        assertThat(fleet.statusCounts()).isEqualTo(Map.of(DeviceStatus.SIGNED_IN, DEVICES));
        assertThat(fleet.devices().stream().map(SimulatedDevice::di).distinct()).hasSize(DEVICES);
        assertThat(cloud.script().count(Operation.SIGN_UP)).isEqualTo(DEVICES);

        Await.result(fleet.stop(ShutdownAction.SIGN_OUT), Duration.ofSeconds(30));

        assertThat(cloud.script().count(Operation.SIGN_OUT)).isEqualTo(DEVICES);
        assertThat(fleet.statusCounts()).isEqualTo(Map.of(DeviceStatus.STOPPED, DEVICES));
        assertThat(metrics.snapshot().connectedNow()).isZero();
    }

    @Test
    void connectsFromEachSourceAddressInTurn() {
        DeviceFleet fleet = Await.result(DeviceFleet.start(
                vertx,
                fleet(4, 0, List.of("127.0.0.2", "127.0.0.3")),
                OnboardingCodes.shared("test"),
                StateStore.inMemory(),
                new SimulatorMetrics()));

        Await.result(Future.all(
                fleet.devices().stream().map(SimulatedDevice::signedIn).toList()));

        Set<String> sources =
                cloud.sessions().stream().map(CloudSession::remoteHost).collect(Collectors.toSet());
        assertThat(sources).containsExactlyInAnyOrder("127.0.0.2", "127.0.0.3");
        Await.result(fleet.stop(ShutdownAction.NONE));
    }

    @Test
    void startsDevicesAtTheConnectRate() {
        DeviceFleet fleet = Await.result(DeviceFleet.start(
                vertx,
                fleet(10, 20, List.of()),
                OnboardingCodes.shared("test"),
                StateStore.inMemory(),
                new SimulatorMetrics()));
        long start = System.nanoTime();

        Await.result(fleet.started());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(350));
        Await.result(fleet.stop(ShutdownAction.NONE));
    }
}
