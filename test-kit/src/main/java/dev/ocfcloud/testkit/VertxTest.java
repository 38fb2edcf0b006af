package dev.ocfcloud.testkit;

import io.vertx.junit5.VertxExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Vert.x test: {@link VertxExtension} (so {@code Vertx} and {@code VertxTestContext} parameters
 * work as usual) with a strict blocked-thread checker. Each test gets a fresh {@code Vertx} whose
 * event loops may not be busy with one task for more than {@link #maxEventLoopExecuteTimeMillis()}
 * (200 ms by default); if one is, the warning is logged with the blocked stack and the test fails
 * after it ran.
 *
 * <p>Take {@code Vertx} in {@code @BeforeEach} or test methods; one in {@code @BeforeAll} is
 * rejected (it would be shared, with Vert.x's lenient defaults).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({StrictVertxExtension.class, VertxExtension.class})
public @interface VertxTest {
    /** The default of {@link #maxEventLoopExecuteTimeMillis()} (Vert.x's own is 2 s). */
    long DEFAULT_MAX_EVENT_LOOP_EXECUTE_MILLIS = 200;

    /**
     * How long an event loop may be busy with one task before the test fails. Raise it only for a
     * test that knowingly does a slow first step on an event loop (e.g. loading a large class graph
     * once), and say why next to it.
     */
    long maxEventLoopExecuteTimeMillis() default DEFAULT_MAX_EVENT_LOOP_EXECUTE_MILLIS;
}
