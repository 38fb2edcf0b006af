package dev.ocfcloud.simulator.fleet;

import dev.ocfcloud.simulator.device.DeviceConfig;
import dev.ocfcloud.simulator.device.DeviceStatus;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.onboarding.OnboardingCodes;
import dev.ocfcloud.simulator.state.DeviceRecord;
import dev.ocfcloud.simulator.state.StateStore;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Many simulated devices in one process: spread round-robin over event loops (one {@link FleetShard}
 * each) and over source addresses (one {@link NetClient} each), started at a steady rate. A device
 * whose index has a record in the state store takes that identity and those tokens back.
 */
public final class DeviceFleet {
    private final Vertx vertx;
    private final FleetConfig config;
    private final SimulatorMetrics metrics;
    private final String deploymentId;
    private final List<NetClient> clients;
    private final List<SimulatedDevice> devices;
    private final ConnectPacer pacer;
    private final Future<Void> started;

    private DeviceFleet(
            Vertx vertx,
            FleetConfig config,
            SimulatorMetrics metrics,
            String deploymentId,
            List<FleetShard> shards,
            OnboardingCodes codes,
            StateStore state) {
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
        this.deploymentId = deploymentId;
        this.clients = createClients(vertx, config.sourceAddresses());
        List<SimulatedDevice> created = new ArrayList<>(config.devices());
        for (int i = 0; i < config.devices(); i++) {
            created.add(SimulatedDevice.create(
                    shards.get(i % shards.size()).context(),
                    clients.get(i % clients.size()),
                    deviceConfig(i, state.load(i)),
                    codes,
                    state,
                    metrics));
        }
        this.devices = Collections.unmodifiableList(created);
        this.pacer = new ConnectPacer(shards.get(0).context(), devices.size(), config.connectRate(), this::startDevice);
        this.started = pacer.run();
    }

    /** Deploys the shards, creates the devices and starts them at the configured rate. */
    public static Future<DeviceFleet> start(
            Vertx vertx, FleetConfig config, OnboardingCodes codes, StateStore state, SimulatorMetrics metrics) {
        List<FleetShard> shards = Collections.synchronizedList(new ArrayList<>());
        DeploymentOptions options = new DeploymentOptions().setInstances(config.eventLoops());
        return vertx.deployVerticle(
                        () -> {
                            FleetShard shard = new FleetShard();
                            shards.add(shard);
                            return shard;
                        },
                        options)
                .map(id -> new DeviceFleet(vertx, config, metrics, id, List.copyOf(shards), codes, state));
    }

    private static List<NetClient> createClients(Vertx vertx, List<String> sourceAddresses) {
        if (sourceAddresses.isEmpty()) {
            return List.of(vertx.createNetClient(clientOptions()));
        }
        return sourceAddresses.stream()
                .map(address -> vertx.createNetClient(clientOptions().setLocalAddress(address)))
                .toList();
    }

    private static NetClientOptions clientOptions() {
        return new NetClientOptions().setTcpNoDelay(true).setConnectTimeout(10_000);
    }

    private DeviceConfig deviceConfig(int index, Optional<DeviceRecord> stored) {
        String di =
                stored.map(DeviceRecord::di).orElseGet(() -> UUID.randomUUID().toString());
        String name = stored.map(DeviceRecord::name).orElse(config.namePrefix() + index);
        return new DeviceConfig(
                index, di, name, config.deviceType(), config.resources(), config.cloud(), config.settings());
    }

    private void startDevice(int index) {
        devices.get(index).start();
    }

    public List<SimulatedDevice> devices() {
        return devices;
    }

    public int size() {
        return devices.size();
    }

    /** Completes when every device has been started (not yet signed in). */
    public Future<Void> started() {
        return started;
    }

    /** Whether every device signed in and had all its links acknowledged, at some point of the run. */
    public boolean ready() {
        var snapshot = metrics.snapshot();
        return snapshot.devicesSignedIn() >= devices.size() && snapshot.devicesPublished() >= devices.size();
    }

    /** How many devices are in each status now. */
    public Map<DeviceStatus, Integer> statusCounts() {
        Map<DeviceStatus, Integer> counts = new EnumMap<>(DeviceStatus.class);
        for (SimulatedDevice device : devices) {
            counts.merge(device.status(), 1, Integer::sum);
        }
        return counts;
    }

    /** Stops starting devices, lets each do {@code action}, closes every connection and releases the event loops. */
    public Future<Void> stop(ShutdownAction action) {
        pacer.stop();
        List<Future<Void>> stopped = new ArrayList<>(devices.size());
        for (SimulatedDevice device : devices) {
            stopped.add(farewell(device, action).transform(done -> device.stop()));
        }
        return Future.join(stopped)
                .transform(all ->
                        Future.join(clients.stream().map(NetClient::close).toList()))
                .transform(closed -> vertx.undeploy(deploymentId));
    }

    private static Future<Void> farewell(SimulatedDevice device, ShutdownAction action) {
        if (device.status() != DeviceStatus.SIGNED_IN) {
            return Future.succeededFuture();
        }
        return switch (action) {
            case NONE -> Future.succeededFuture();
            case SIGN_OUT -> device.signOut();
            case DEREGISTER -> device.deregister();
        };
    }
}
