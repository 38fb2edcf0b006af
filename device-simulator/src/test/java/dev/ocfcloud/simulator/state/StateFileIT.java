package dev.ocfcloud.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.simulator.device.DeviceConfig;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.testing.Await;
import dev.ocfcloud.simulator.testing.CloudSession;
import dev.ocfcloud.simulator.testing.Script;
import dev.ocfcloud.simulator.testing.Script.Operation;
import dev.ocfcloud.simulator.testing.ScriptedCloud;
import dev.ocfcloud.simulator.testing.TestDevices;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restarted simulator signs in with what its state file kept, like a rebooted device with its cloud config. */
@VertxTest
class StateFileIT {
    @TempDir
    Path folder;

    private Vertx vertx;
    private ScriptedCloud cloud;
    private NetClient client;

    @BeforeEach
    void startCloud(Vertx vertx) {
        this.vertx = vertx;
        this.cloud = Await.result(ScriptedCloud.start(vertx));
        this.client = vertx.createNetClient();
    }

    @Test
    void aRestartedDeviceSignsInWithItsStoredTokensWithoutSignUpOrPublish() throws Exception {
        Path path = folder.resolve("sim.json");
        DeviceConfig config = TestDevices.light(cloud.address(), TestDevices.fast());
        StateFile first = StateFile.open(path);
        SimulatedDevice device = TestDevices.start(vertx, client, config, first, new SimulatorMetrics());
        Await.result(device.signedIn());
        Await.until("published", () -> Await.result(device.allPublished()));
        Await.result(device.stop());
        first.flushBlocking();

        StateFile reopened = StateFile.open(path);
        DeviceRecord record = reopened.load(0).orElseThrow();
        assertThat(record.di()).isEqualTo(config.di());
        assertThat(record.uid()).isEqualTo(Script.UID);
        assertThat(record.accessToken()).isEqualTo(Script.accessToken(1));
        assertThat(record.refreshToken()).isEqualTo(Script.refreshToken(1));
        assertThat(record.expiresIn()).isEqualTo(3600);
        assertThat(record.published()).containsOnlyKeys("/oic/d", "/oic/p", "/light/1");
        assertThat(Files.readString(path)).contains("\"devices\"");

        SimulatorMetrics metrics = new SimulatorMetrics();
        SimulatedDevice restarted = TestDevices.start(vertx, client, config, reopened, metrics);
        Await.result(restarted.signedIn());
        CloudSession second = Await.result(cloud.connection(1));
        Await.result(second.request("/oic/sec/session"));
        Await.pause(200);
        assertThat(second.requests("/oic/sec/account")).isEmpty();
        assertThat(second.requests("/oic/rd")).isEmpty();
        assertThat(cloud.script().count(Operation.SIGN_UP)).isEqualTo(1);
        assertThat(metrics.snapshot().devicesPublished()).isEqualTo(1);
    }

    @Test
    void aDeregisteredDeviceKeepsItsIdentityButNoTokens() {
        Path path = folder.resolve("sim.json");
        StateFile state = StateFile.open(path);
        SimulatedDevice device = TestDevices.start(
                vertx, client, TestDevices.light(cloud.address(), TestDevices.fast()), state, new SimulatorMetrics());
        Await.result(device.signedIn());

        Await.result(device.deregister());
        state.flushBlocking();

        DeviceRecord record = StateFile.open(path).load(0).orElseThrow();
        assertThat(record.di()).isEqualTo(device.di());
        assertThat(record.registered()).isFalse();
        assertThat(record.published()).isEmpty();
    }

    @Test
    void aMissingFileIsAnEmptyStore() {
        StateFile state = StateFile.open(folder.resolve("none.json"));

        assertThat(state.size()).isZero();
        state.save(0, DeviceRecord.unregistered("d", "n"));
        state.flushBlocking();
        assertThat(StateFile.open(folder.resolve("none.json")).load(0))
                .contains(new DeviceRecord("d", "n", null, null, null, null, null, Map.of()));
    }
}
