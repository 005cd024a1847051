package id.asn.appraisal.period;

import id.asn.appraisal.rater.RaterRequirement;
import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An agency's annual appraisal period with its periodic frequency and deadlines (docs/domain.md §3.3). */
@Entity
@Table(name = "appraisal_period")
public class AppraisalPeriod extends TenantOwned {

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "plan_due_on", nullable = false)
    public LocalDate planDueOn;

    @Column(name = "evaluation_due_on", nullable = false)
    public LocalDate evaluationDueOn;

    @Column(name = "objection_days", nullable = false)
    public int objectionDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_day_kind", nullable = false)
    public DayKind objectionDayKind;

    /** Whether each unit's individual results (NIP, name, predikat) are open to the unit's ASN (§3.11). */
    @Column(name = "individual_results_to_unit", nullable = false)
    public boolean individualResultsToUnit;

    /** Whether a pejabat penilai must have completed a rater training before rating (§3.4.2). */
    @Enumerated(EnumType.STRING)
    @Column(name = "rater_training", nullable = false)
    public RaterRequirement raterTraining;
}
