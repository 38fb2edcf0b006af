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
 * event loops may not be busy for more than {@link StrictVertx#MAX_EVENT_LOOP_EXECUTE_TIME}; if one
 * is, the warning is logged with the blocked stack and the test fails after it ran.
 *
 * <p>Take {@code Vertx} in {@code @BeforeEach} or test methods; one in {@code @BeforeAll} is
 * rejected (it would be shared, with Vert.x's lenient defaults).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({StrictVertxExtension.class, VertxExtension.class})
public @interface VertxTest {}
