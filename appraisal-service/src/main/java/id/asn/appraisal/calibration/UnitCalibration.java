package id.asn.appraisal.calibration;

import id.asn.appraisal.organisation.Capaian;
import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A unit's settled calibration in a period (docs/domain.md §3.5): the capaian and the comparison with its curve as
 * they stood, the justification when the unit lay outside it, and how many appraisals it finalized; who settled it
 * and when are the audit columns.
 */
@Entity
@Table(name = "unit_calibration")
public class UnitCalibration extends TenantOwned {

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Capaian capaian;

    /** The comparison with the curve at finalisation, as JSON. */
    @Column(nullable = false)
    public String comparison;

    @Column(name = "largest_difference", nullable = false)
    public BigDecimal largestDifference;

    @Column(name = "outside_curve", nullable = false)
    public boolean outsideCurve;

    public String justification;

    @Column(name = "finalized_count", nullable = false)
    public int finalizedCount;
}
