package id.asn.platform.kit.employee;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.function.Function;

/**
 * asn.employee events keep the projection current, each applied once by the kit's inbox; a service reacts to a
 * change by observing {@link EmployeeDirectory.Applied}, never with a handler of its own for these types.
 */
public final class EmployeeEventHandlers {

    private EmployeeEventHandlers() {
    }

    /** A newly registered employee joins the projection. */
    @Singleton
    @IfBuildProperty(name = EmployeeDirectory.ENABLED, stringValue = "true")
    public static class Registered extends Applying<EmployeeRegisteredV1> {

        @Inject
        Registered(EmployeeDirectory directory) {
            super(directory, EventTypes.EMPLOYEE_REGISTERED, EmployeeRegisteredV1::employee);
        }
    }

    /** Changed master data: name, unit, position, rank, supervisor, whether still active. */
    @Singleton
    @IfBuildProperty(name = EmployeeDirectory.ENABLED, stringValue = "true")
    public static class Changed extends Applying<EmployeeChangedV1> {

        @Inject
        Changed(EmployeeDirectory directory) {
            super(directory, EventTypes.EMPLOYEE_CHANGED, EmployeeChangedV1::employee);
        }
    }

    /** Both events carry the whole snapshot: applying it is the same for either. */
    abstract static class Applying<T> implements EventHandler<T> {

        private final EmployeeDirectory directory;
        private final EventType<T> type;
        private final Function<T, EmployeeSnapshot> snapshot;

        Applying(EmployeeDirectory directory, EventType<T> type, Function<T, EmployeeSnapshot> snapshot) {
            this.directory = directory;
            this.type = type;
            this.snapshot = snapshot;
        }

        @Override
        public EventType<T> type() {
            return type;
        }

        @Override
        public void handle(T data, EventMetadata meta) {
            directory.apply(snapshot.apply(data));
        }
    }
}
