package id.asn.career.employee;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whose career the caller may see (issue 11 item 9, docs/architecture.md "Security and tenancy"): an employee
 * their own, a supervisor their own and their direct reports' (from the employee projection), hr-admin everyone in
 * the agency. Anyone else's record answers 404 so that its existence does not leak; national-viewer sees no person.
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
        return caller.hasRole(Roles.SUPERVISOR)
                && directory.find(nip).map(p -> own.get().equals(p.supervisorNip())).orElse(false);
    }

    /** 404 unless the caller may see {@code nip}'s career. */
    public void requireVisible(String nip) {
        if (!canSee(nip)) {
            throw ProblemException.notFound();
        }
    }

    /** The employee as the projection knows them, visible to the caller; 404 otherwise. */
    public EmployeeDirectory.Person requirePerson(String nip) {
        requireVisible(nip);
        return directory.find(nip).orElseThrow(ProblemException::notFound);
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

    /** Who acts, for the audit trail. */
    public String actor() {
        return caller.subject();
    }
}
