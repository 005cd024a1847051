package id.asn.career.promotion;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A rank promotion on its way: proposed, verified by a second officer, decided (docs/domain.md §5.2). */
@Entity
@Table(name = "promotion_proposal")
public class PromotionProposal extends TenantOwned {

    /** The steps of a proposal; REJECTED can follow either review. */
    public enum Status { PROPOSED, VERIFIED, APPROVED, REJECTED }

    @Column(nullable = false)
    public String nip;

    /** A value of docs/domain.md §5.2.4 (REGULER, PILIHAN_STRUKTURAL, …). */
    @Column(name = "promotion_type", nullable = false)
    public String promotionType;

    @Column(name = "from_rank", nullable = false)
    public String fromRank;

    @Column(name = "to_rank", nullable = false)
    public String toRank;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PROPOSED;

    public String reason;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verification_note")
    public String verificationNote;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "decree_number")
    public String decreeNumber;
}
