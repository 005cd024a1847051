package id.asn.appraisal.rater;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A rater training an employee completed, as training-service announced it (docs/domain.md §3.4.2), in the highest
 * revision of the enrolment heard of: a correction may withdraw it or give it again.
 */
@Entity
@Table(name = "rater_training")
public class RaterTraining extends TenantOwned {

    @Column(nullable = false)
    public String nip;

    @Column(name = "enrollment_id", nullable = false)
    public String enrollmentId;

    @Column(name = "program_id", nullable = false)
    public String programId;

    @Column(name = "program_title", nullable = false)
    public String programTitle;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** 1 for {@code asn.training.completed.v1}, each {@code completion-corrected.v1} the next. */
    @Column(nullable = false)
    public int revision = 1;

    /** The completion was withdrawn: no longer a rater training. */
    @Column(nullable = false)
    public boolean withdrawn;
}
