package id.asn.appraisal.feedback;

import id.asn.appraisal.plan.PlanContent.BehaviourValue;
import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One dated entry of continuous feedback on a plan (docs/domain.md §3.8), about one RHK (optionally one of its
 * indicators) or one BerAKHLAK value; written by the employee (evidence, realisation) or the pejabat penilai
 * (feedback). {@code createdAt} is its timestamp; entries are never edited.
 */
@Entity
@Table(name = "feedback_entry")
public class FeedbackEntry extends TenantOwned {

    /** Which side of the performance dialogue wrote the entry. */
    public enum Side { EMPLOYEE, RATER }

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "author_nip", nullable = false)
    public String authorNip;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", nullable = false)
    public Side authorSide;

    @Column(name = "work_result_id")
    public String workResultId;

    @Column(name = "indicator_id")
    public String indicatorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "behaviour_value")
    public BehaviourValue behaviourValue;

    @Column(nullable = false)
    public String text;

    /** What was achieved so far against the indicator's target, as the employee states it. */
    public String realisation;

    /** A link or a file reference (bukti dukung). */
    public String evidence;
}
