package id.asn.platform.kit.tenant;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The agency whose data the current unit of work may touch. In a request it is the caller's {@code tenant}
 * claim; event handlers and jobs run inside {@link #runAs}. There is no way to touch tenant data without one.
 */
public final class TenantContext {

    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The current tenant, if any. */
    public static Optional<String> find() {
        String bound = BOUND.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return Arc.container().instance(Caller.class).get().tenant();
        }
        return Optional.empty();
    }

    /**
     * The current tenant. A caller whose token names no agency is refused (403); code touching tenant data
     * outside any request or {@link #runAs} fails loudly.
     */
    public static String current() {
        Optional<String> tenant = find();
        if (tenant.isPresent()) {
            return tenant.get();
        }
        if (Arc.container().requestContext().isActive()
                && Arc.container().instance(Caller.class).get().isAuthenticated()) {
            throw ProblemException.forbidden();
        }
        throw new IllegalStateException("no tenant: tenant data touched outside a request or TenantContext.runAs");
    }

    /** Runs {@code work} as {@code tenant} on this thread, restoring the previous binding afterwards. */
    public static <T> T runAs(String tenant, Supplier<T> work) {
        String previous = BOUND.get();
        BOUND.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    public static void runAs(String tenant, Runnable work) {
        runAs(tenant, () -> {
            work.run();
            return null;
        });
    }
}
