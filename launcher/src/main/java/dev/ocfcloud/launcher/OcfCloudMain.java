package dev.ocfcloud.launcher;

import dev.ocfcloud.launcher.cli.ExitStatus;
import dev.ocfcloud.launcher.cli.OcfCloudCli;
import java.util.List;

/** The entry point of {@code ocf-cloud.jar}: {@code java -jar ocf-cloud.jar [--config <file>] [<command>]}. */
public final class OcfCloudMain {
    private OcfCloudMain() {}

    public static void main(String[] args) {
        OcfCloudCli cli = new OcfCloudCli(
                List.of(new RunCommand(), new OnboardingCodeCommand(), new HashPasswordCommand(new PasswordPrompt())),
                System.getenv(),
                System.out,
                System.err);
        int status = cli.run(args);
        if (status != ExitStatus.OK) {
            System.exit(status);
        }
    }
}
