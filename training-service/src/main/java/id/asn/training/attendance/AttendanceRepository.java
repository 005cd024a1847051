package id.asn.training.attendance;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Attendance rows. */
@ApplicationScoped
public class AttendanceRepository extends TenantRepository<Attendance> {
}
