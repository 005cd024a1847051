package id.asn.training.ledger;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** JP earned by one employee from one source, counted in the calendar year of {@code earnedOn}. */
@Entity
@Table(name = "jp_ledger_entry")
public class LedgerEntry extends TenantOwned {

    /** Where the JP come from. */
    public enum Source {
        /** A training completed here (credited automatically). */
        TRAINING,
        /** Development recorded by hr-admin from a certificate issued elsewhere. */
        EXTERNAL
    }

    @Column(nullable = false)
    public String nip;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public BigDecimal jp;

    /** The minutes the JP were computed from, kept for audit; null when JP were given directly. */
    public Integer minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(nullable = false)
    public String description;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "earned_on", nullable = false)
    public LocalDate earnedOn;

    @Column(name = "certificate_number")
    public String certificateNumber;
}
