package dev.ocfcloud.simulator.testing;

import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.simulator.transport.CloudAddress;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A small OCF cloud for tests, over real loopback TCP and our codec: it answers devices as {@link
 * Script} says (by default like the scripted cloud of the iotivity-lite capture) and gives tests each
 * accepted connection as a {@link CloudSession}.
 */
public final class ScriptedCloud {
    static {
        TestDevices.warmUp();
    }

    private final Script script = new Script();
    private final List<CloudSession> sessions = new ArrayList<>();
    private final List<Promise<CloudSession>> waiting = new ArrayList<>();
    private final NetServer server;
    private volatile OptionalLong csmMaxMessageSize = OptionalLong.empty();

    private ScriptedCloud(Vertx vertx) {
        this.server =
                vertx.createNetServer(new NetServerOptions().setHost("0.0.0.0").setPort(0));
        server.connectHandler(this::accept);
    }

    public static Future<ScriptedCloud> start(Vertx vertx) {
        ScriptedCloud cloud = new ScriptedCloud(vertx);
        return cloud.server.listen().map(ignored -> cloud);
    }

    public Script script() {
        return script;
    }

    public int port() {
        return server.actualPort();
    }

    public CloudAddress address() {
        return new CloudAddress("127.0.0.1", port());
    }

    /** From now on, a CSM with this Max-Message-Size opens every accepted connection. */
    public ScriptedCloud sendCsm(long maxMessageSize) {
        csmMaxMessageSize = OptionalLong.of(maxMessageSize);
        return this;
    }

    /** The {@code n}-th accepted connection (0-based), when it has come. */
    public synchronized Future<CloudSession> connection(int n) {
        if (sessions.size() > n) {
            return Future.succeededFuture(sessions.get(n));
        }
        Promise<CloudSession> promise = Promise.promise();
        while (waiting.size() <= n) {
            waiting.add(null);
        }
        waiting.set(n, promise);
        return promise.future();
    }

    public synchronized int connections() {
        return sessions.size();
    }

    public synchronized List<CloudSession> sessions() {
        return List.copyOf(sessions);
    }

    public Future<Void> close() {
        return server.close();
    }

    private void accept(NetSocket socket) {
        CloudSession session = new CloudSession(this, socket, Vertx.currentContext());
        OptionalLong csm = csmMaxMessageSize;
        csm.ifPresent(size -> socket.write(CoapEncoder.encode(Csm.of(size, false))));
        Promise<CloudSession> promise;
        synchronized (this) {
            int n = sessions.size();
            sessions.add(session);
            promise = waiting.size() > n ? waiting.get(n) : null;
        }
        if (promise != null) {
            promise.complete(session);
        }
    }
}
