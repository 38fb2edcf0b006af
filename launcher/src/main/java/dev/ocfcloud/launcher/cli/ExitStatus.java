package dev.ocfcloud.launcher.cli;

/** The process exit statuses of {@code ocf-cloud}. */
public final class ExitStatus {
    public static final int OK = 0;
    /** Something failed while running (e.g. the cloud did not start). */
    public static final int FAILED = 1;
    /** The command line or the configuration is wrong; nothing was started. */
    public static final int USAGE = 2;

    private ExitStatus() {}
}
