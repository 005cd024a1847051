package id.asn.platform.events.employee;

import java.util.List;

/** {@code asn.employee.changed.v1}: the master data changed; {@code changedFields} names what changed. */
public record EmployeeChangedV1(EmployeeSnapshot employee, List<String> changedFields) {
}
