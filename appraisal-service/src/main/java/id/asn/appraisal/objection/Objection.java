package id.asn.appraisal.objection;

import id.asn.appraisal.appraisal.Predikat;
import id.asn.appraisal.appraisal.Rating;
import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An objection (keberatan) to a finalized appraisal, addressed to the atasan pejabat penilai, who asks both sides for
 * explanations and decides, finally (docs/domain.md §3.9). The result before and after is kept for the audit.
 */
@Entity
@Table(name = "objection")
public class Objection extends TenantOwned {

    /** FILED, then EXPLANATIONS_REQUESTED by the atasan, then DECIDED (final). */
    public enum Status { FILED, EXPLANATIONS_REQUESTED, DECIDED }

    /** The decision; ACCEPTED and PARTIALLY_ACCEPTED set a new result, REJECTED keeps it. */
    public enum Decision { ACCEPTED, PARTIALLY_ACCEPTED, REJECTED }

    @Column(name = "appraisal_id", nullable = false)
    public UUID appraisalId;

    @Column(nullable = false)
    public String nip;

    @Column(name = "rater_nip", nullable = false)
    public String raterNip;

    @Column(name = "addressed_to", nullable = false)
    public String addressedTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.FILED;

    @Column(nullable = false)
    public String reasons;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "employee_explanation")
    public String employeeExplanation;

    @Column(name = "rater_explanation")
    public String raterExplanation;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "hasil_before", nullable = false)
    public Rating hasilBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "perilaku_before", nullable = false)
    public Rating perilakuBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "predikat_before", nullable = false)
    public Predikat predikatBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "hasil_after")
    public Rating hasilAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "perilaku_after")
    public Rating perilakuAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "predikat_after")
    public Predikat predikatAfter;

    @Column(name = "decided_on")
    public LocalDate decidedOn;
}
