package dev.ocfcloud.simulator.cli;

import dev.ocfcloud.simulator.device.DeviceConfig;
import dev.ocfcloud.simulator.fleet.ShutdownAction;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.transport.CloudAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Reads the arguments into {@link CliOptions}; every mistake is a {@link UsageException} naming the option. */
final class CliParser {
    private static final Set<String> FLAGS =
            Set.of("-h", "--help", "--until-ready", "--csm", "--republish", "--refresh-on-reconnect");

    private final String[] args;
    private int position;

    private boolean help;
    private CloudAddress cloud = CloudAddress.parse("coap+tcp://127.0.0.1:5683");
    private int devices = 1;
    private double connectRate = 100;
    private List<String> sourceAddresses = List.of();
    private int eventLoops = 2 * Runtime.getRuntime().availableProcessors();
    private Duration duration = Duration.ofSeconds(60);
    private boolean untilReady;
    private String namePrefix = "sim-";
    private String deviceType = DeviceConfig.CLOUD_DEVICE;
    private List<ResourceSpec> resources = ResourceSpec.parseList("light,temperature");
    private Duration notifyPeriod = Duration.ZERO;
    private Optional<String> code = Optional.empty();
    private Optional<Path> codesFile = Optional.empty();
    private Optional<String> onboardingUrl = Optional.empty();
    private Optional<String> onboardingToken = Optional.empty();
    private Optional<String> clientId = Optional.empty();
    private Optional<String> clientSecret = Optional.empty();
    private Optional<String> tokenUrl = Optional.empty();
    private Optional<String> owner = Optional.empty();
    private Optional<String> authProvider = Optional.of("plgd");
    private Optional<Path> stateFile = Optional.empty();
    private boolean sendCsm;
    private Duration pingInterval = Duration.ofSeconds(20);
    private Duration pingTimeout = Duration.ofSeconds(4);
    private Duration requestTimeout = Duration.ofSeconds(2);
    private int attempts = 6;
    private Duration reconnectMin = Duration.ofSeconds(2);
    private Duration reconnectMax = Duration.ofSeconds(64);
    private Duration signInDelay = Duration.ZERO;
    private boolean republish;
    private boolean refreshOnReconnect;
    private ShutdownAction onExit = ShutdownAction.NONE;
    private Duration progressInterval = Duration.ofSeconds(5);

    CliParser(String[] args) {
        this.args = args.clone();
    }

    CliOptions parse() {
        while (position < args.length) {
            String arg = args[position++];
            int equals = arg.indexOf('=');
            String name = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
            String inline = equals > 0 && arg.startsWith("--") ? arg.substring(equals + 1) : null;
            if (!flag(name, inline)) {
                option(name, inline != null ? inline : nextValue(name));
            }
        }
        return build();
    }

    /** Sets a value-less option; false if {@code name} is not one. */
    private boolean flag(String name, String inline) {
        if (!FLAGS.contains(name)) {
            return false;
        }
        if (inline != null) {
            throw new UsageException(name + " takes no value");
        }
        switch (name) {
            case "--until-ready" -> untilReady = true;
            case "--csm" -> sendCsm = true;
            case "--republish" -> republish = true;
            case "--refresh-on-reconnect" -> refreshOnReconnect = true;
            default -> help = true;
        }
        return true;
    }

    private String nextValue(String name) {
        if (!name.startsWith("--")) {
            throw new UsageException("unexpected argument '" + name + "' (see --help)");
        }
        if (position >= args.length) {
            throw new UsageException(name + " needs a value");
        }
        return args[position++];
    }

    private void option(String name, String value) {
        switch (name) {
            case "--cloud" -> cloud = parse(name, () -> CloudAddress.parse(value));
            case "--devices" -> devices = integer(name, value, 1, 1_000_000);
            case "--connect-rate" -> connectRate = number(name, value);
            case "--source-addresses" -> sourceAddresses = SourceAddresses.parse(value);
            case "--event-loops" -> eventLoops = integer(name, value, 1, 1024);
            case "--duration" -> duration = positive(name, value);
            case "--name-prefix" -> namePrefix = value;
            case "--device-type" -> deviceType = value;
            case "--resources" -> resources = parse(name, () -> ResourceSpec.parseList(value));
            case "--notify-period" -> notifyPeriod = Durations.parse(name, value);
            case "--onboarding-code" -> code = Optional.of(value);
            case "--onboarding-codes-file" -> codesFile = Optional.of(Path.of(value));
            case "--onboarding-url" -> onboardingUrl = Optional.of(value);
            case "--onboarding-token" -> onboardingToken = Optional.of(value);
            case "--client-id" -> clientId = Optional.of(value);
            case "--client-secret" -> clientSecret = Optional.of(value);
            case "--token-url" -> tokenUrl = Optional.of(value);
            case "--owner" -> owner = Optional.of(value);
            case "--auth-provider" -> authProvider = value.isEmpty() ? Optional.empty() : Optional.of(value);
            case "--state-file" -> stateFile = Optional.of(Path.of(value));
            case "--ping-interval" -> pingInterval = Durations.parse(name, value);
            case "--ping-timeout" -> pingTimeout = positive(name, value);
            case "--request-timeout" -> requestTimeout = positive(name, value);
            case "--attempts" -> attempts = integer(name, value, 1, 20);
            case "--reconnect-min" -> reconnectMin = positive(name, value);
            case "--reconnect-max" -> reconnectMax = positive(name, value);
            case "--sign-in-delay" -> signInDelay = Durations.parse(name, value);
            case "--on-exit" -> onExit = parse(name, () -> ShutdownAction.parse(value));
            case "--progress-interval" -> progressInterval = positive(name, value);
            default -> throw new UsageException("unknown option " + name + " (see --help)");
        }
    }

    private CliOptions build() {
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new UsageException("--reconnect-max is shorter than --reconnect-min");
        }
        OnboardingOptions onboarding = new OnboardingOptions(
                code, codesFile, onboardingUrl, onboardingToken, clientId, clientSecret, tokenUrl, owner);
        onboarding.validate();
        return new CliOptions(
                help,
                cloud,
                devices,
                connectRate,
                sourceAddresses,
                eventLoops,
                duration,
                untilReady,
                namePrefix,
                deviceType,
                resources,
                notifyPeriod,
                onboarding,
                authProvider,
                stateFile,
                sendCsm,
                pingInterval,
                pingTimeout,
                requestTimeout,
                attempts,
                reconnectMin,
                reconnectMax,
                signInDelay,
                republish,
                refreshOnReconnect,
                onExit,
                progressInterval);
    }

    private static <T> T parse(String name, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + ": " + e.getMessage(), e);
        }
    }

    private static int integer(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw new UsageException(name + " takes " + min + " to " + max + ", not " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number, not '" + value + "'", e);
        }
    }

    private static double number(String name, String value) {
        try {
            double number = Double.parseDouble(value.trim());
            if (number < 0 || Double.isNaN(number) || Double.isInfinite(number)) {
                throw new UsageException(name + " takes a number of at least 0, not " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a number, not '" + value + "'", e);
        }
    }

    private static Duration positive(String name, String value) {
        Duration duration = Durations.parse(name, value);
        if (duration.isZero()) {
            throw new UsageException(name + " must be longer than 0");
        }
        return duration;
    }
}
