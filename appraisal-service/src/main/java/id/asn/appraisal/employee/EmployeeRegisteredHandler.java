package id.asn.appraisal.employee;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Adds a newly registered employee to the local projection. */
@ApplicationScoped
public class EmployeeRegisteredHandler implements EventHandler<EmployeeRegisteredV1> {

    private final EmployeeDirectory directory;

    @Inject
    EmployeeRegisteredHandler(EmployeeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public EventType<EmployeeRegisteredV1> type() {
        return EventTypes.EMPLOYEE_REGISTERED;
    }

    @Override
    public void handle(EmployeeRegisteredV1 data, EventMetadata meta) {
        directory.apply(data.employee());
    }
}
