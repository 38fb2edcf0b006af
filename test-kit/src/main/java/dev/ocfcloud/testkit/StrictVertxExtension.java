package dev.ocfcloud.testkit;

import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives each test a fresh {@link StrictVertx} through {@link VertxExtension}'s own {@code Vertx}
 * parameter resolution, and fails the test if an event loop was blocked during it. Use it through
 * {@link VertxTest}.
 *
 * <p>How: {@code VertxExtension} looks for an instance under {@link
 * VertxExtension#VERTX_INSTANCE_KEY} in the global store before creating its own; this extension
 * puts the strict one there before each test. The store closes it after the test.
 */
public final class StrictVertxExtension implements BeforeEachCallback, AfterEachCallback {
    private static final Namespace NAMESPACE = Namespace.create(StrictVertxExtension.class);
    private static final String STRICT_VERTX = "strictVertx";

    @Override
    public void beforeEach(ExtensionContext context) {
        rejectClassLevelVertx(context);
        StrictVertx vertx = new StrictVertx(Duration.ofMillis(limitMillis(context)));
        context.getStore(NAMESPACE).put(STRICT_VERTX, vertx);
        context.getStore(Namespace.GLOBAL).put(VertxExtension.VERTX_INSTANCE_KEY, vertx);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        StrictVertx vertx = context.getStore(NAMESPACE).get(STRICT_VERTX, StrictVertx.class);
        List<String> reports = vertx == null ? List.of() : vertx.blockedThreadReports();
        if (!reports.isEmpty()) {
            throw new AssertionError("An event loop was blocked (limit "
                    + vertx.maxEventLoopExecuteTime().toMillis()
                    + " ms): move blocking work to executeBlocking.\n"
                    + String.join("\n", reports));
        }
    }

    private static long limitMillis(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, VertxTest.class))
                .map(VertxTest::maxEventLoopExecuteTimeMillis)
                .orElse(StrictVertx.MAX_EVENT_LOOP_EXECUTE_TIME.toMillis());
    }

    private static void rejectClassLevelVertx(ExtensionContext context) {
        boolean classLevel = context.getParent()
                .map(parent -> parent.getStore(Namespace.GLOBAL).get(VertxExtension.VERTX_INSTANCE_KEY) != null)
                .orElse(false);
        if (classLevel) {
            throw new ExtensionConfigurationException("@VertxTest gives each test its own strict Vertx: take Vertx"
                    + " parameters in @BeforeEach or test methods, not in @BeforeAll or a constructor");
        }
    }
}
