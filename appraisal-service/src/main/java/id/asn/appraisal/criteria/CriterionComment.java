package id.asn.appraisal.criteria;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A unit member's comment on a proposed criterion. */
@Entity
@Table(name = "criterion_comment")
public class CriterionComment extends TenantOwned {

    @Column(name = "criterion_id", nullable = false)
    public UUID criterionId;

    @Column(name = "author_nip", nullable = false)
    public String authorNip;

    @Column(nullable = false)
    public String text;
}
