package dev.ocfcloud.simulator.device;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Objects;
import java.util.function.Supplier;

/** Runs an action on a device's context, whichever thread asks; the result comes back as a future. */
final class OnContext {
    private OnContext() {}

    static <T> Future<T> call(Context context, Supplier<Future<T>> action) {
        if (Objects.equals(Vertx.currentContext(), context)) {
            return run(action);
        }
        Promise<T> result = Promise.promise();
        context.runOnContext(ignored -> run(action).onComplete(result));
        return result.future();
    }

    private static <T> Future<T> run(Supplier<Future<T>> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }
}
