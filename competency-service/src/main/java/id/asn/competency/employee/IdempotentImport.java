package id.asn.competency.employee;

import id.asn.competency.employee.EmployeeViews.ImportRequest;
import id.asn.platform.kit.idempotency.IdempotentRequests;
import id.asn.platform.problem.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

/**
 * The bulk import once per {@code Idempotency-Key}: the claim of the key, the import and the kept answer commit in
 * one transaction. It exists apart from {@link EmployeeService} only because the kit's {@link IdempotentRequests}
 * answers with a JAX-RS {@code Response}, which a service must not return; once the kit returns a plain value,
 * this folds into the service.
 */
@ApplicationScoped
@Transactional
public class IdempotentImport {

    private static final String SCOPE = "employee-import";

    private final IdempotentRequests idempotent;
    private final EmployeeService employees;

    @Inject
    IdempotentImport(IdempotentRequests idempotent, EmployeeService employees) {
        this.idempotent = idempotent;
        this.employees = employees;
    }

    public Response json(ImportRequest request, String key, Messages messages) {
        return idempotent.once(key, SCOPE, request, 200, () -> employees.importRows(request, messages));
    }

    public Response csv(String csv, String key, Messages messages) {
        return idempotent.once(key, SCOPE, csv, 200, () -> employees.importCsv(csv, messages));
    }
}
