package id.asn.training.institution;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A partner institution (lembaga pelatihan) that runs programmes for the agency and reports attendance. */
@Entity
@Table(name = "institution")
public class Institution extends TenantOwned {

    /** Who the partner is; informs reporting only. */
    public enum Kind { GOVERNMENT, UNIVERSITY, PRIVATE, INTERNAL }

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(nullable = false)
    public boolean active = true;
}
