package dev.ocfcloud.simulator.fleet;

import java.util.Locale;

/** What each device does with the cloud before the fleet closes its connections. */
public enum ShutdownAction {
    /** Just close the connection, as a device losing power. */
    NONE,
    /** {@code POST /oic/sec/session} with {@code login: false} first. */
    SIGN_OUT,
    /** {@code DELETE /oic/sec/account} first: the device forgets the cloud (and the state file with it). */
    DEREGISTER;

    public static ShutdownAction parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "sign-out" -> SIGN_OUT;
            case "deregister" -> DEREGISTER;
            default -> throw new IllegalArgumentException("expected none, sign-out or deregister, got " + text);
        };
    }
}
