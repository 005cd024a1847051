package id.asn.training.need;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One employee's development need from one source (docs/domain.md §2.5 step 1). {@code sourceRef} identifies the
 * contribution within its source, so a source can only ever add one need per thing it reports.
 */
@Entity
@Table(name = "training_need")
public class TrainingNeed extends TenantOwned {

    /** Where the need was found. */
    public enum Source {
        /** competency.gap-changed: below the position's standard. */
        GAP,
        /** appraisal.finalized with predikat Butuh Perbaikan or worse. */
        APPRAISAL,
        /** An answer to a needs survey by the employee or their supervisor. */
        SURVEY
    }

    /** OPEN until the source withdraws it (the gap closed, a corrected appraisal is no longer weak). */
    public enum Status { OPEN, CLOSED }

    @Column(nullable = false)
    public String nip;

    @Column(name = "unit_id")
    public String unitId;

    /** Null for a need from an appraisal, which does not name a competency. */
    @Column(name = "competency_code")
    public String competencyCode;

    @Column(name = "competency_name")
    public String competencyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    public BigDecimal gap;

    /** The level the position requires, for a GAP need (docs/domain.md §2.9.1); null for other sources. */
    @Column(name = "required_level")
    public Short requiredLevel;

    public Short priority;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(nullable = false)
    public int year;
}
