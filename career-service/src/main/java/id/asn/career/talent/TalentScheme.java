package id.asn.career.talent;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An agency's 9-box scheme for one year (docs/domain.md §4.3): potential weights and cut-offs. */
@Entity
@Table(name = "talent_scheme")
public class TalentScheme extends TenantOwned {

    @Column(nullable = false)
    public int year;

    @Column(name = "competency_weight", nullable = false)
    public BigDecimal competencyWeight;

    @Column(name = "training_weight", nullable = false)
    public BigDecimal trainingWeight;

    @Column(name = "award_weight", nullable = false)
    public BigDecimal awardWeight;

    @Column(name = "medium_from", nullable = false)
    public BigDecimal mediumFrom;

    @Column(name = "high_from", nullable = false)
    public BigDecimal highFrom;
}
