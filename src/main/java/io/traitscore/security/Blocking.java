package io.traitscore.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Runs the short database steps of a non-blocking login on a worker thread and brings every result
 * back to the request's own Vert.x context, where its CDI request context (and so the security
 * identity) lives; without that, what follows a step would run on a thread that knows no request.
 */
final class Blocking {

    private final Context context;

    private Blocking(Context context) {
        this.context = context;
    }

    /** Captures the calling request's Vert.x context (none outside a request, e.g. in a plain test). */
    static Blocking here() {
        return new Blocking(Vertx.currentContext());
    }

    <T> Uni<T> step(Supplier<T> step) {
        if (context == null) {
            return Uni.createFrom().item(() -> withRequestContext(step)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return Uni.createFrom().completionStage(() -> context.<T>executeBlocking(step::get, false).toCompletionStage());
    }

    /**
     * Runs a step on a pool of its own (with a request context of its own, as a worker would have) and
     * continues on the request's context: waiting for that pool ties up no shared worker thread.
     */
    <T> Uni<T> on(BoundedPool pool, Supplier<T> step) {
        return back(pool.run(() -> withRequestContext(step)));
    }

    /** Continues on the request's context after work done on another pool (bcrypt). */
    <T> Uni<T> back(Uni<T> elsewhere) {
        return context == null ? elsewhere : elsewhere.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private static <T> T withRequestContext(Supplier<T> step) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return step.get();
        }
        requestContext.activate();
        try {
            return step.get();
        } finally {
            requestContext.terminate();
        }
    }
}
