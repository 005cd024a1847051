package id.asn.platform.events.employee;

/** {@code asn.employee.registered.v1}: an employee entered the agency's master data. */
public record EmployeeRegisteredV1(EmployeeSnapshot employee) {
}
