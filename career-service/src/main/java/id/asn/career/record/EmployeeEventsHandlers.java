package id.asn.career.record;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** asn.employee events keep the projection and the master-data part of the career record current. */
public final class EmployeeEventsHandlers {

    private EmployeeEventsHandlers() {
    }

    /** A newly registered employee: projection and first history entries. */
    @ApplicationScoped
    public static class Registered implements EventHandler<EmployeeRegisteredV1> {

        private final CareerRecordService records;

        @Inject
        Registered(CareerRecordService records) {
            this.records = records;
        }

        @Override
        public EventType<EmployeeRegisteredV1> type() {
            return EventTypes.EMPLOYEE_REGISTERED;
        }

        @Override
        public void handle(EmployeeRegisteredV1 data, EventMetadata meta) {
            records.applySnapshot(data.employee());
        }
    }

    /** Changed master data: a new rank, position or diploma becomes a history entry. */
    @ApplicationScoped
    public static class Changed implements EventHandler<EmployeeChangedV1> {

        private final CareerRecordService records;

        @Inject
        Changed(CareerRecordService records) {
            this.records = records;
        }

        @Override
        public EventType<EmployeeChangedV1> type() {
            return EventTypes.EMPLOYEE_CHANGED;
        }

        @Override
        public void handle(EmployeeChangedV1 data, EventMetadata meta) {
            records.applySnapshot(data.employee());
        }
    }
}
