package id.asn.platform.kit.tenant;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ManagedContext;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The agency whose data the current unit of work may touch. In a request it is the caller's {@code tenant}
 * claim; event handlers and jobs run inside {@link #runAs}; the few mechanics that work across agencies by design
 * run inside {@link #runAsSystem}. There is no way to touch tenant data without one: the database refuses it too
 * (row-level security, {@link TenantSession}, docs/adr/0025-row-level-security.md).
 */
public final class TenantContext {

    private static final Logger LOG = Logger.getLogger(TenantContext.class);

    /** What a thread is bound to: one agency, or the system scope with its purpose. */
    private record Binding(String tenant, String systemPurpose) {
    }

    private static final ThreadLocal<Binding> BOUND = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The current tenant, if any; none in the system scope. */
    public static Optional<String> find() {
        Binding bound = BOUND.get();
        if (bound != null) {
            return Optional.ofNullable(bound.tenant());
        }
        ArcContainer container = Arc.container();
        if (container == null) {
            return Optional.empty();
        }
        ManagedContext requestContext = container.requestContext();
        if (requestContext.isActive()) {
            return container.instance(Caller.class).get().tenant();
        }
        return Optional.empty();
    }

    /** Whether this thread runs in the system scope ({@link #runAsSystem}), which sees every agency's rows. */
    public static boolean isSystem() {
        Binding bound = BOUND.get();
        return bound != null && bound.systemPurpose() != null;
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
        if (BOUND.get() == null && Arc.container().requestContext().isActive()
                && Arc.container().instance(Caller.class).get().isAuthenticated()) {
            throw ProblemException.forbidden();
        }
        throw new IllegalStateException("no tenant: tenant data touched outside a request or TenantContext.runAs");
    }

    /** Runs {@code work} as {@code tenant} on this thread, restoring the previous binding afterwards. */
    public static <T> T runAs(String tenant, Supplier<T> work) {
        return bound(new Binding(tenant, null), work);
    }

    public static void runAs(String tenant, Runnable work) {
        runAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} in the system scope: the database shows it every agency's rows (the outbox relay,
     * housekeeping, the list of agencies a job then works through one by one with {@link #runAs}, a national
     * aggregate). {@code purpose} names it in the log; {@link #current()} still refuses, so the work cannot write an
     * agency's row by accident. The scopes in use are listed in docs/adr/0025-row-level-security.md.
     */
    public static <T> T runAsSystem(String purpose, Supplier<T> work) {
        Objects.requireNonNull(purpose, "purpose");
        LOG.tracef("system scope: %s", purpose);
        return bound(new Binding(null, purpose), work);
    }

    public static void runAsSystem(String purpose, Runnable work) {
        runAsSystem(purpose, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T bound(Binding binding, Supplier<T> work) {
        Binding previous = BOUND.get();
        BOUND.set(binding);
        TenantSession.rebind();
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
            TenantSession.rebind();
        }
    }
}
