package id.asn.career.award;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An award (penghargaan) granted to an employee: Satyalancana, innovation, box-9 recognition or another. */
@Entity
@Table(name = "award")
public class Award extends TenantOwned {

    @Column(nullable = false)
    public String nip;

    @Column(name = "award_type", nullable = false)
    public String awardType;

    @Column(name = "granted_on", nullable = false)
    public LocalDate grantedOn;

    @Column(name = "decree_number")
    public String decreeNumber;

    public String note;
}
