package dev.ocfcloud.launcher;

import dev.ocfcloud.launcher.cli.CliCommand;
import dev.ocfcloud.launcher.cli.CommandContext;
import dev.ocfcloud.launcher.cli.ExitStatus;
import dev.ocfcloud.launcher.cli.UsageException;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.config.CloudConfigLoader;
import dev.ocfcloud.launcher.role.RoleRegistry;
import java.util.concurrent.ExecutionException;
import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ocf-cloud run}: reads the configuration, starts the cloud, logs the ready line, and runs
 * until the process is asked to stop (SIGTERM, SIGINT), when a shutdown hook stops everything and
 * logs the stop line.
 */
final class RunCommand implements CliCommand {
    // The ready and stop lines come from the launcher as a whole, not from this command.
    private static final Logger LOG = LoggerFactory.getLogger(CloudLauncher.class);

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "Start the cloud with the configured roles (the default)";
    }

    @Override
    public int run(CommandContext context) {
        if (!context.arguments().isEmpty()) {
            throw new UsageException("run takes no arguments, got " + context.arguments());
        }
        CloudConfig config = CloudConfigLoader.load(context.configFile(), context.env());
        LogLevels.apply(config.log());
        CloudLauncher launcher = new CloudLauncher(config, RoleRegistry.standard());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndLog(launcher), "ocf-cloud-shutdown"));
        try {
            CloudReady ready =
                    launcher.start().toCompletionStage().toCompletableFuture().get();
            LOG.info(ready.readyLine());
        } catch (ExecutionException e) {
            LOG.error("OCF cloud failed to start: {}", e.getCause().getMessage(), e.getCause());
            return ExitStatus.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitStatus.FAILED;
        }
        launcher.awaitStopped();
        return ExitStatus.OK;
    }

    /** The shutdown hook: runs on SIGTERM/SIGINT and on System.exit after a failed start. */
    private static void stopAndLog(CloudLauncher launcher) {
        LOG.info("OCF cloud stopping");
        CloudStop stop = launcher.stop();
        if (stop.problems().isEmpty()) {
            LOG.info(stop.stopLine());
        } else {
            LOG.warn(stop.stopLine());
        }
        // Log4j's own shutdown hook is disabled (log4j2.xml) so that these lines get out.
        LogManager.shutdown();
    }
}
