package id.asn.career.record;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A disciplinary sentence (hukuman disiplin) and the period it runs; it blocks regular promotion while it runs. */
@Entity
@Table(name = "sanction")
public class Sanction extends TenantOwned {

    /** Levels of PP 94/2021. */
    public enum Level { RINGAN, SEDANG, BERAT }

    @Column(nullable = false)
    public String nip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(nullable = false)
    public String description;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    /** The last day of the sentence. */
    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "decree_number")
    public String decreeNumber;
}
