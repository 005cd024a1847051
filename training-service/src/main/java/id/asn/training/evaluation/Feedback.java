package id.asn.training.evaluation;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A participant's reaction to a training: scores 1-5 on fixed questions and a comment; one per enrolment. */
@Entity
@Table(name = "feedback")
public class Feedback extends TenantOwned {

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(nullable = false)
    public String nip;

    /** The material fits my work. */
    @Column(nullable = false)
    public short relevance;

    /** The content was clear and well structured. */
    @Column(nullable = false)
    public short content;

    /** The facilitators knew the subject and engaged participants. */
    @Column(nullable = false)
    public short facilitator;

    /** Schedule, venue or platform worked well. */
    @Column(nullable = false)
    public short organisation;

    /** I will use what I learned. */
    @Column(nullable = false)
    public short usefulness;

    public String comment;
}
