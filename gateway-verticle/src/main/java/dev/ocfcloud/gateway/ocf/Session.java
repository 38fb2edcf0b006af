package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.resource.ResourceLink;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What an OCF endpoint handler may see and change of the device's connection. Implemented by the
 * gateway's per-connection session; every call happens on that connection's event loop.
 */
public interface Session {
    /** The device and owner once signed in (POST /oic/sec/session with login true). */
    Optional<SignedIn> signedIn();

    /** Unique per connection, across gateways and restarts. */
    String connectionId();

    /** The gateway node holding this connection. */
    String gatewayNode();

    /** The device signed in (again): record who it is, and close the session when the token expires. */
    void signIn(SignedIn identity);

    /** The device signed out: it stays connected, but only account, session and refresh requests are served. */
    void signOut();

    /** Close the connection once the current answer has gone out. */
    void closeAfterReply();

    /** Observe (or read once) these published resources of the signed-in device. */
    void observe(Collection<ResourceLink> links);

    /** Stop observing these resources. */
    void stopObserving(Collection<dev.ocfcloud.model.ResourceHref> hrefs);

    /** Sends a message the device did not ask for just now (an observe notification). */
    void send(CoapMessage message);

    /** Runs {@code cleanup} when the session ends, unless {@link #cancelOnEnd} removes it first. */
    void onEnd(Object key, Runnable cleanup);

    /** Runs and forgets the cleanup registered under {@code key}. */
    void cancelOnEnd(Object key);

    /** A signed-in device: who it is, whose it is, and until when its token is good. */
    record SignedIn(DeviceId deviceId, OwnerId owner, Instant tokenExpiresAt) {}
}
