package id.asn.platform.kit.caller;

import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whose personal records the caller may see (docs/architecture.md "Security and tenancy"): an employee their own,
 * a supervisor their own and their direct reports', hr-admin everyone in the agency (another agency's rows never
 * load: TenantOwned, the tenant filter). Anyone else's record answers 404 so that its existence does not leak.
 */
@RequestScoped
public class PeopleAccess {

    private final Caller caller;
    private final Instance<Supervisors> supervisors;

    @Inject
    PeopleAccess(Caller caller, Instance<Supervisors> supervisors) {
        this.caller = caller;
        this.supervisors = supervisors;
    }

    public boolean isAgencyWide() {
        return caller.hasRole(Roles.HR_ADMIN);
    }

    /** The caller's own NIP; a token without one cannot act as a person. */
    public String ownNip() {
        return own().orElseThrow(ProblemException::forbidden);
    }

    /** Who acts, for an audit trail. */
    public String actor() {
        return caller.subject();
    }

    /** Whether the caller may see the records of {@code nip}, whose direct supervisor is {@code supervisorNip}. */
    public boolean mayRead(String nip, String supervisorNip) {
        if (isAgencyWide()) {
            return true;
        }
        Optional<String> own = own();
        if (own.isEmpty()) {
            return false;
        }
        return own.get().equals(nip) && caller.hasAnyRole(Roles.EMPLOYEE, Roles.SUPERVISOR)
                || supervises(supervisorNip);
    }

    /** Whether the caller may see {@code nip}'s records, the supervisor taken from the agency's {@link Supervisors}. */
    public boolean canSee(String nip) {
        return mayRead(nip, null) || isDirectReport(nip);
    }

    /** 404 unless the caller may see {@code nip}'s records. */
    public void requireVisible(String nip) {
        if (!canSee(nip)) {
            throw ProblemException.notFound();
        }
    }

    /** Whether the caller supervises {@code nip} directly (and holds the supervisor role). */
    public boolean isDirectReport(String nip) {
        return caller.hasRole(Roles.SUPERVISOR) && own().isPresent()
                && supervises(supervisors().supervisorOf(nip).orElse(null));
    }

    /** The NIPs the caller may list, or empty for "everyone in the agency". */
    public Optional<List<String>> visibleNips() {
        if (isAgencyWide()) {
            return Optional.empty();
        }
        List<String> nips = new ArrayList<>();
        own().ifPresent(own -> {
            nips.add(own);
            if (caller.hasRole(Roles.SUPERVISOR)) {
                nips.addAll(supervisors().directReports(own));
            }
        });
        return Optional.of(nips);
    }

    private boolean supervises(String supervisorNip) {
        return caller.hasRole(Roles.SUPERVISOR) && supervisorNip != null && own().map(supervisorNip::equals)
                .orElse(false);
    }

    private Optional<String> own() {
        return caller.nip().map(NipInput::normalise);
    }

    private Supervisors supervisors() {
        if (!supervisors.isResolvable()) {
            throw new IllegalStateException("no Supervisors here: switch on asn.employee-projection.enabled or "
                    + "provide one");
        }
        return supervisors.get();
    }
}
