package dev.ocfcloud.launcher;

import io.vertx.core.Vertx;

/** Test access to a running launcher's Vert.x instance (package-private in main code). */
public final class CloudLaunchers {
    private CloudLaunchers() {}

    public static Vertx vertxOf(CloudLauncher launcher) {
        return launcher.vertx();
    }
}
