package id.asn.training.need;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A needs survey the agency opens for employees and supervisors and later closes. */
@Entity
@Table(name = "needs_survey")
public class NeedsSurvey extends TenantOwned {

    /** Answers are taken only while OPEN. */
    public enum Status { OPEN, CLOSED }

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "closed_at")
    public Instant closedAt;
}
