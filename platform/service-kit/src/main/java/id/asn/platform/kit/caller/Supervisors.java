package id.asn.platform.kit.caller;

import java.util.List;
import java.util.Optional;

/**
 * Who reports to whom in the caller's agency, for {@link PeopleAccess}: the kit's employee projection answers it
 * in the services that keep one (id.asn.platform.kit.employee.EmployeeDirectory).
 */
public interface Supervisors {

    /** The direct supervisor's NIP of {@code nip}; empty when unknown or without one. */
    Optional<String> supervisorOf(String nip);

    /** NIPs of the employees whose direct supervisor is {@code supervisorNip}, by NIP. */
    List<String> directReports(String supervisorNip);
}
