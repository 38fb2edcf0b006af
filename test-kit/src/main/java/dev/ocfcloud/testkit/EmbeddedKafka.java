package dev.ocfcloud.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a real single-node Kafka broker (embedded KRaft, on
 * 127.0.0.1, random ports, data in a temporary folder). Declare a {@link KafkaCluster} parameter
 * on a constructor, a lifecycle method or a test method to get its address.
 *
 * <p>By default each class gets its own broker, started before its first test and stopped (its
 * folder deleted) after its last; {@code @Nested} classes share their outer class's broker. A
 * broker costs about 1–3 s to start, so classes that only create their own uniquely named topics
 * can say {@code shared = true}: every such class in the test run then uses one broker, stopped
 * when the run ends.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(EmbeddedKafkaExtension.class)
public @interface EmbeddedKafka {
    /**
     * Whether to use the broker shared by every {@code shared} class of this test run instead of
     * one for this class alone. Shared brokers keep topics and consumer groups across classes: use
     * unique names.
     */
    boolean shared() default false;
}
