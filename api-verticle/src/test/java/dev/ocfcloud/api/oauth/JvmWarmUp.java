package dev.ocfcloud.api.oauth;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.client.WebClient;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads Netty's and Vert.x's HTTP classes (native libraries, buffer allocators) once per JVM on a
 * lenient Vert.x, so a test's strict blocked-thread checker measures our code, not a cold JVM.
 */
public final class JvmWarmUp {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private JvmWarmUp() {}

    public static void http() {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        Vertx vertx = Vertx.vertx();
        try {
            HttpServer server = Await.result(vertx.createHttpServer()
                    .requestHandler(request -> request.response().end("{}"))
                    .listen(0, "127.0.0.1"));
            WebClient client = WebClient.create(vertx);
            Await.result(client.getAbs("http://127.0.0.1:" + server.actualPort() + "/")
                    .send());
            Await.result(client.postAbs("http://127.0.0.1:" + server.actualPort() + "/")
                    .sendJsonObject(new io.vertx.core.json.JsonObject().put("a", 1)));
            client.close();
        } finally {
            Await.result(vertx.close());
        }
    }
}
