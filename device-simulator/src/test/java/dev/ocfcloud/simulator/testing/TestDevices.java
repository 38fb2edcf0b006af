package dev.ocfcloud.simulator.testing;

import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.cloud.RegistrationSettings;
import dev.ocfcloud.simulator.cloud.RetryPolicy;
import dev.ocfcloud.simulator.device.DeviceConfig;
import dev.ocfcloud.simulator.device.DeviceSettings;
import dev.ocfcloud.simulator.device.KeepaliveSettings;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.onboarding.OnboardingCodes;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.state.StateStore;
import dev.ocfcloud.simulator.transport.CloudAddress;
import io.netty.buffer.AdaptiveByteBufAllocator;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Devices for tests: iotivity-lite's behaviour with short timings, against a {@link ScriptedCloud}. */
public final class TestDevices {
    /** The onboarding code the capture's device sent. */
    public static final String CODE = "test";

    static {
        warmUp();
    }

    private TestDevices() {}

    /**
     * One-time JVM costs, paid on the test thread instead of a strict event loop: the CBOR classes, and
     * the JFR event class Netty's adaptive allocator registers at its first chunk (over 200 ms here).
     */
    public static void warmUp() {
        Cbor.warmUp();
        new AdaptiveByteBufAllocator().directBuffer(64 * 1024).release();
    }

    /** Short timeouts and waits, no pings (tests that need them set them). */
    public static DeviceSettings fast() {
        RegistrationSettings registration =
                RegistrationSettings.defaults().withRetries(RetryPolicy.doubling(Duration.ofMillis(500), 3));
        return DeviceSettings.defaults()
                .withKeepalive(new KeepaliveSettings(Duration.ZERO, Duration.ofMillis(200), 6))
                .withReconnect(Duration.ofMillis(20), Duration.ofMillis(100))
                .withRegistration(registration);
    }

    /** The capture's device: {@code /light/1} besides {@code /oic/d} and {@code /oic/p}. */
    public static DeviceConfig light(CloudAddress cloud, DeviceSettings settings) {
        return config(cloud, List.of(ResourceSpec.parse("light")), settings);
    }

    public static DeviceConfig config(CloudAddress cloud, List<ResourceSpec> resources, DeviceSettings settings) {
        return new DeviceConfig(
                0, UUID.randomUUID().toString(), "cs-insecure", DeviceConfig.CLOUD_DEVICE, resources, cloud, settings);
    }

    /** A started device on a fresh event-loop context. */
    public static SimulatedDevice start(
            Vertx vertx, NetClient client, DeviceConfig config, StateStore state, SimulatorMetrics metrics) {
        SimulatedDevice device = SimulatedDevice.create(
                vertx.getOrCreateContext(), client, config, OnboardingCodes.shared(CODE), state, metrics);
        Await.result(device.start());
        return device;
    }
}
