package id.asn.appraisal.multirater;

import id.asn.appraisal.appraisal.Rating;
import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One peer's or subordinate's behaviour input on an appraisal (docs/domain.md §3.4.1). {@code raterNip} never
 * leaves the service except to its own author.
 */
@Entity
@Table(name = "behaviour_input")
public class BehaviourInput extends TenantOwned {

    @Column(name = "appraisal_id", nullable = false)
    public UUID appraisalId;

    @Column(name = "rater_nip", nullable = false)
    public String raterNip;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group", nullable = false)
    public RaterGroup group;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;

    public String comment;
}
