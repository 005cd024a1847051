package id.asn.appraisal.appraisal;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One evaluation (annual or periodic) of a locked plan by its pejabat penilai: the two ratings, each with its
 * justification and the evidence it cites, and the predikat (docs/domain.md §3.4). Finalized it is locked and
 * published; an objection that changed it raises {@code revision} (§3.9).
 */
@Entity
@Table(name = "appraisal")
public class Appraisal extends TenantOwned {

    /** DRAFT until rated; RATED can still be re-rated; FINALIZED is locked and published. */
    public enum Status { DRAFT, RATED, FINALIZED }

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(nullable = false)
    public String nip;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "rater_nip", nullable = false)
    public String raterNip;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    public PeriodType periodType;

    @Column(name = "period_number", nullable = false)
    public int periodNumber;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "hasil_kerja")
    public Rating hasilKerja;

    @Column(name = "hasil_justification")
    public String hasilJustification;

    /** The evidence the hasil kerja justification cites, as a JSON array of references. */
    @Column(name = "hasil_evidence")
    public String hasilEvidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "perilaku_kerja")
    public Rating perilakuKerja;

    @Column(name = "perilaku_justification")
    public String perilakuJustification;

    /** The evidence the perilaku kerja justification cites, as a JSON array of references. */
    @Column(name = "perilaku_evidence")
    public String perilakuEvidence;

    @Enumerated(EnumType.STRING)
    public Predikat predikat;

    /** The pejabat penilai's hasil kerja rating before calibration changed it; null while it has not (§3.5). */
    @Enumerated(EnumType.STRING)
    @Column(name = "original_hasil_kerja")
    public Rating originalHasilKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_perilaku_kerja")
    public Rating originalPerilakuKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_predikat")
    public Predikat originalPredikat;

    /** The day the current result was finalized: the appraisee receives it that day (§3.9). */
    @Column(name = "finalized_on")
    public LocalDate finalizedOn;

    /** 0 before finalisation; 1 when finalized; each correction by an objection adds one. */
    @Column(nullable = false)
    public int revision;
}
