package id.asn.career.record;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A step in rank (kenaikan pangkat) with its TMT and decree, docs/domain.md §5.1. */
@Entity
@Table(name = "rank_entry")
public class RankEntry extends TenantOwned {

    @Column(nullable = false)
    public String nip;

    /** Golongan as on the decree: III/a, or a PPPK golongan I–XVII. */
    @Column(nullable = false)
    public String rank;

    /** Null when only master data told us (an asn.employee event); hr-admin completes it from the decree. */
    public LocalDate tmt;

    @Column(name = "decree_number")
    public String decreeNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;
}
