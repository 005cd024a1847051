package id.asn.competency.employee;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Whose personal data the caller may see: hr-admin the whole agency, a supervisor their direct reports, anyone
 * their own record. Anything else answers 404, exactly like another agency's employee.
 */
@RequestScoped
public class EmployeeAccess {

    private final Caller caller;
    private final EmployeeRepository employees;

    @Inject
    EmployeeAccess(Caller caller, EmployeeRepository employees) {
        this.caller = caller;
        this.employees = employees;
    }

    /** The employee if the caller may see their profile and evidence. */
    public Employee personal(String nip) {
        Employee employee = employees.findByNip(nip).orElseThrow(ProblemException::notFound);
        if (!mayRead(employee.nip, employee.supervisorNip)) {
            throw ProblemException.notFound();
        }
        return employee;
    }

    public boolean mayRead(String nip, String supervisorNip) {
        if (caller.hasRole(Roles.HR_ADMIN)) {
            return true;
        }
        String own = caller.nip().map(n -> n.replaceAll("\\s", "")).orElse(null);
        if (own == null) {
            return false;
        }
        return own.equals(nip) || caller.hasRole(Roles.SUPERVISOR) && own.equals(supervisorNip);
    }
}
