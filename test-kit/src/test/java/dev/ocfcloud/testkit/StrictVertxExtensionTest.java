package dev.ocfcloud.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class StrictVertxExtensionTest {
    @Test
    void failsATestThatBlocksAnEventLoop() {
        run(BlockingSample.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("sleepsOnTheEventLoop"),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class),
                                        message(m -> m.contains("has been blocked for")
                                                && m.contains("time limit is 200 ms")
                                                && m.lines().count() == 2))));
    }

    @Test
    void passesATestThatMovesBlockingWorkOffTheEventLoop() {
        run(NonBlockingSample.class)
                .assertThatEvents()
                .haveExactly(1, event(test("sleepsInExecuteBlocking"), finishedSuccessfully()));
    }

    @Test
    void takesTheLimitFromTheAnnotation() {
        run(LenientSample.class)
                .assertThatEvents()
                .haveExactly(1, event(test("sleepsOnTheEventLoop"), finishedSuccessfully()));
    }

    @Test
    void rejectsAVertxTakenInBeforeAll() {
        run(BeforeAllSample.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("anything"),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains("not in @BeforeAll")))));
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(sample))
                .execute()
                .testEvents();
    }

    @VertxTest
    static class BlockingSample {
        @Test
        void sleepsOnTheEventLoop(Vertx vertx, VertxTestContext context) {
            vertx.runOnContext(nothing -> {
                sleep(500);
                context.completeNow();
            });
        }
    }

    @VertxTest
    static class NonBlockingSample {
        @Test
        void sleepsInExecuteBlocking(Vertx vertx, VertxTestContext context) {
            vertx.runOnContext(nothing -> vertx.executeBlocking(() -> {
                        sleep(500);
                        return "done";
                    })
                    .onComplete(context.succeedingThenComplete()));
        }
    }

    @VertxTest(maxEventLoopExecuteTimeMillis = 2000)
    static class LenientSample {
        @Test
        void sleepsOnTheEventLoop(Vertx vertx, VertxTestContext context) {
            vertx.runOnContext(nothing -> {
                sleep(300);
                context.completeNow();
            });
        }
    }

    @VertxTest
    static class BeforeAllSample {
        @BeforeAll
        static void takesVertx(Vertx vertx) {}

        @Test
        void anything() {}
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
