package id.asn.appraisal.employee;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Keeps the projection current: name, unit, supervisor (the pejabat penilai by default) and whether still active. */
@ApplicationScoped
public class EmployeeChangedHandler implements EventHandler<EmployeeChangedV1> {

    private final EmployeeDirectory directory;

    @Inject
    EmployeeChangedHandler(EmployeeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public EventType<EmployeeChangedV1> type() {
        return EventTypes.EMPLOYEE_CHANGED;
    }

    @Override
    public void handle(EmployeeChangedV1 data, EventMetadata meta) {
        directory.apply(data.employee());
    }
}
