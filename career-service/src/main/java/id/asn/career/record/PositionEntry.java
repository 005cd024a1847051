package id.asn.career.record;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A position held from its TMT, with the decree that appointed to it. */
@Entity
@Table(name = "position_entry")
public class PositionEntry extends TenantOwned {

    @Column(nullable = false)
    public String nip;

    @Column(name = "position_id")
    public String positionId;

    @Column(name = "position_title", nullable = false)
    public String positionTitle;

    @Column(name = "position_class", nullable = false)
    public String positionClass;

    @Column(name = "unit_id")
    public String unitId;

    public LocalDate tmt;

    @Column(name = "decree_number")
    public String decreeNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;
}
