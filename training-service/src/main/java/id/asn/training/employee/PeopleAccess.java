package id.asn.training.employee;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whose personal records the caller may see (docs/architecture.md "Security and tenancy"): an employee their own, a
 * supervisor their own and their direct reports' (from the employee projection), hr-admin everyone in the agency.
 * Anyone else's record answers 404 so that its existence does not leak.
 */
@RequestScoped
public class PeopleAccess {

    private final Caller caller;
    private final EmployeeDirectory directory;

    @Inject
    PeopleAccess(Caller caller, EmployeeDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    public boolean isAgencyWide() {
        return caller.hasRole(Roles.HR_ADMIN);
    }

    public boolean canSee(String nip) {
        if (isAgencyWide()) {
            return true;
        }
        Optional<String> own = caller.nip();
        if (own.isEmpty()) {
            return false;
        }
        if (own.get().equals(nip) && caller.hasAnyRole(Roles.EMPLOYEE, Roles.SUPERVISOR)) {
            return true;
        }
        return isDirectReport(nip);
    }

    public void requireVisible(String nip) {
        if (!canSee(nip)) {
            throw ProblemException.notFound();
        }
    }

    /** Whether the caller supervises {@code nip} directly (and holds the supervisor role). */
    public boolean isDirectReport(String nip) {
        return caller.hasRole(Roles.SUPERVISOR) && caller.nip()
                .flatMap(own -> directory.find(nip).map(p -> own.equals(p.supervisorNip())))
                .orElse(false);
    }

    /** The NIPs the caller may list, or empty for "everyone in the agency". */
    public Optional<List<String>> visibleNips() {
        if (isAgencyWide()) {
            return Optional.empty();
        }
        List<String> nips = new ArrayList<>();
        caller.nip().ifPresent(own -> {
            nips.add(own);
            if (caller.hasRole(Roles.SUPERVISOR)) {
                nips.addAll(directory.directReports(own));
            }
        });
        return Optional.of(nips);
    }

    /** The caller's own NIP; a token without one cannot act as a person. */
    public String ownNip() {
        return caller.nip().orElseThrow(ProblemException::forbidden);
    }
}
