package id.asn.competency.employee;

import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Whose personal data the caller may see, by the kit's rule ({@link PeopleAccess}) on this service's own master
 * data: anything the caller may not see answers 404, exactly like another agency's employee.
 */
@RequestScoped
public class EmployeeAccess {

    private final PeopleAccess people;
    private final EmployeeRepository employees;

    @Inject
    EmployeeAccess(PeopleAccess people, EmployeeRepository employees) {
        this.people = people;
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
        return people.mayRead(nip, supervisorNip);
    }
}
