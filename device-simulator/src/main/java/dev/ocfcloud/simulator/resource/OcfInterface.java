package dev.ocfcloud.simulator.resource;

import dev.ocfcloud.gateway.coap.message.Method;

/** OCF interfaces (OCF Core §7.6.3) and the methods each one allows, as iotivity-lite checks them. */
public final class OcfInterface {
    public static final String BASELINE = "oic.if.baseline";
    public static final String LINK_LIST = "oic.if.ll";
    public static final String BATCH = "oic.if.b";
    public static final String READ_ONLY = "oic.if.r";
    public static final String READ_WRITE = "oic.if.rw";
    public static final String ACTUATOR = "oic.if.a";
    public static final String SENSOR = "oic.if.s";

    private OcfInterface() {}

    /**
     * Whether a request of {@code method} may use {@code iface}: {@code oic.if.r}, {@code oic.if.s} and
     * {@code oic.if.ll} are read-only, so only GET (PROTOCOL.md §2: anything else is 4.03). DELETE is
     * not a matter of interfaces.
     */
    public static boolean allows(String iface, Method method) {
        if (method == Method.GET || method == Method.DELETE) {
            return true;
        }
        return !iface.equals(READ_ONLY) && !iface.equals(SENSOR) && !iface.equals(LINK_LIST);
    }
}
