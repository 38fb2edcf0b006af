package dev.ocfcloud.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the embedded broker of {@link EmbeddedKafka} and resolves {@link KafkaCluster}
 * parameters. The broker lives in a JUnit store: the test class's (one per class) or the root's
 * (shared by the run), and is closed with that store.
 */
public final class EmbeddedKafkaExtension implements BeforeAllCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(EmbeddedKafkaExtension.class);
    private static final String CLASS_BROKER = "classBroker";
    private static final String SHARED_BROKER = "sharedBroker";

    @Override
    public void beforeAll(ExtensionContext context) {
        // Eagerly, so the broker's start-up time is not charged to the first test.
        broker(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return broker(context).cluster();
    }

    private static TestBroker broker(ExtensionContext context) {
        if (isShared(context)) {
            return context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(SHARED_BROKER, key -> TestBroker.start(), TestBroker.class);
        }
        // Looks in this context's store, then in its ancestors': a @Nested class finds its outer one.
        TestBroker outer = context.getStore(NAMESPACE).get(CLASS_BROKER, TestBroker.class);
        if (outer != null) {
            return outer;
        }
        return classContext(context)
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(CLASS_BROKER, key -> TestBroker.start(), TestBroker.class);
    }

    private static boolean isShared(ExtensionContext context) {
        // The annotation may sit on an outer class of a @Nested one.
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            var annotation = AnnotationSupport.findAnnotation(type, EmbeddedKafka.class);
            if (annotation.isPresent()) {
                return annotation.get().shared();
            }
        }
        return false;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
