package dev.ocfcloud.gateway.coap.message;

/**
 * A signaling message of RFC 8323 §5 (code class 7). Each signal code numbers its options on its own
 * (§5.2): option 2 is Max-Message-Size in a CSM but Custody in a Ping. Signals may carry a diagnostic
 * payload (§5.1, RFC 7252 §5.5.2).
 */
public sealed interface Signal extends CoapMessage permits Csm, Ping, Pong, Release, Abort {
    CoapCode CSM = CoapCode.of(7, 1);
    CoapCode PING = CoapCode.of(7, 2);
    CoapCode PONG = CoapCode.of(7, 3);
    CoapCode RELEASE = CoapCode.of(7, 4);
    CoapCode ABORT = CoapCode.of(7, 5);
}
