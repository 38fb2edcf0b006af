package dev.ocfcloud.simulator.cli;

import dev.ocfcloud.simulator.cloud.RegistrationSettings;
import dev.ocfcloud.simulator.cloud.RetryPolicy;
import dev.ocfcloud.simulator.device.DeviceSettings;
import dev.ocfcloud.simulator.device.KeepaliveSettings;
import dev.ocfcloud.simulator.fleet.FleetConfig;
import dev.ocfcloud.simulator.fleet.ShutdownAction;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.transport.CloudAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's command line, parsed and checked ({@code --name value} or {@code --name=value}).
 * Every option, its default and its meaning are in {@link Usage} and {@code docs/simulator.md}.
 */
record CliOptions(
        boolean help,
        CloudAddress cloud,
        int devices,
        double connectRate,
        List<String> sourceAddresses,
        int eventLoops,
        Duration duration,
        boolean untilReady,
        String namePrefix,
        String deviceType,
        List<ResourceSpec> resources,
        Duration notifyPeriod,
        OnboardingOptions onboarding,
        Optional<String> authProvider,
        Optional<Path> stateFile,
        boolean sendCsm,
        Duration pingInterval,
        Duration pingTimeout,
        Duration requestTimeout,
        int attempts,
        Duration reconnectMin,
        Duration reconnectMax,
        Duration signInDelay,
        boolean republish,
        boolean refreshOnReconnect,
        ShutdownAction onExit,
        Duration progressInterval) {

    static CliOptions parse(String... args) {
        return new CliParser(args).parse();
    }

    FleetConfig fleetConfig() {
        return new FleetConfig(
                devices,
                connectRate,
                sourceAddresses,
                eventLoops,
                namePrefix,
                deviceType,
                resources,
                cloud,
                deviceSettings());
    }

    DeviceSettings deviceSettings() {
        RegistrationSettings registration = RegistrationSettings.defaults()
                .withAuthProvider(authProvider)
                .withRetries(RetryPolicy.doubling(requestTimeout, attempts))
                .withSignInDelay(signInDelay)
                .withRepublishAll(republish)
                .withRefreshOnReconnect(refreshOnReconnect);
        return DeviceSettings.defaults()
                .withSendCsm(sendCsm)
                .withKeepalive(new KeepaliveSettings(pingInterval, pingTimeout, 6))
                .withReconnect(reconnectMin, reconnectMax)
                .withRegistration(registration)
                .withChangePeriod(notifyPeriod);
    }
}
