package id.asn.competency.position;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** A position (jabatan) of the agency. Its competency standard is versioned in {@link PositionStandard}. */
@Entity
@Table(name = "job_position")
public class Position extends TenantOwned {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_class", nullable = false)
    public PositionClass positionClass;

    @Column(name = "unit_id")
    public UUID unitId;
}
