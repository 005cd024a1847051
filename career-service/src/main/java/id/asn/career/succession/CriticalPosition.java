package id.asn.career.succession;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A critical position (jabatan kritikal, docs/domain.md §4.2) the agency plans succession for. */
@Entity
@Table(name = "critical_position")
public class CriticalPosition extends TenantOwned {

    /** The position's id in competency-service, whose standard the job fit is measured against. */
    @Column(name = "position_id", nullable = false)
    public String positionId;

    @Column(nullable = false)
    public String title;

    @Column(name = "unit_id")
    public String unitId;
}
