package dev.ocfcloud.launcher.e2e;

import dev.ocfcloud.simulator.device.DeviceConfig;
import dev.ocfcloud.simulator.device.DeviceSettings;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.onboarding.HttpOnboardingCodes;
import dev.ocfcloud.simulator.resource.ResourceKind;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.state.StateStore;
import dev.ocfcloud.simulator.transport.CloudAddress;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Simulated OCF devices (the device-simulator module) pointed at a {@link TestCloud}, in their own Vert.x. */
final class SimulatedDevices implements AutoCloseable {
    final Vertx vertx = Vertx.vertx();
    final SimulatorMetrics metrics = new SimulatorMetrics();
    private final NetClient client = vertx.createNetClient();
    private final StateStore state = StateStore.inMemory();
    private final TestCloud cloud;
    private int next;

    SimulatedDevices(TestCloud cloud) {
        this.cloud = cloud;
    }

    /** A new device of {@code owner} with a light and a temperature sensor, not started yet. */
    SimulatedDevice create(String owner) {
        HttpOnboardingCodes codes = HttpOnboardingCodes.withClientCredentials(
                vertx, cloud.onboardingUrl(), cloud.tokenUrl(), "ocf-admin", cloud.adminSecret(), Optional.of(owner));
        DeviceConfig config = new DeviceConfig(
                next++,
                UUID.randomUUID().toString(),
                "device-" + next,
                DeviceConfig.CLOUD_DEVICE,
                List.of(new ResourceSpec(ResourceKind.LIGHT, true), new ResourceSpec(ResourceKind.TEMPERATURE, true)),
                CloudAddress.parse(cloud.cloudUrl()),
                DeviceSettings.defaults().withReconnect(Duration.ofMillis(200), Duration.ofSeconds(2)));
        return SimulatedDevice.create(vertx.getOrCreateContext(), client, config, codes, state, metrics);
    }

    @Override
    public void close() throws Exception {
        TestCloud.await(client.close().compose(v -> vertx.close()));
    }
}
