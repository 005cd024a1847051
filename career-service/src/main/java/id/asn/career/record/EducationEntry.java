package id.asn.career.record;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A diploma; the highest one sets the ceiling of regular promotion (docs/domain.md §5.2.2). */
@Entity
@Table(name = "education_entry")
public class EducationEntry extends TenantOwned {

    @Column(nullable = false)
    public String nip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EducationLevel level;

    public String institution;

    public String major;

    @Column(name = "graduated_on")
    public LocalDate graduatedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;
}
