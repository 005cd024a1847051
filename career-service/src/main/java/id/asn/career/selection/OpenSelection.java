package id.asn.career.selection;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An open position filled by open selection (seleksi terbuka, docs/domain.md §5.7) with its requirements. */
@Entity
@Table(name = "open_selection")
public class OpenSelection extends TenantOwned {

    /** OPEN takes applications and nominations until the ranking is published (RANKING_PUBLISHED). */
    public enum Status { OPEN, RANKING_PUBLISHED }

    /** The position's id in competency-service, whose standard job fit is measured against. */
    @Column(name = "position_id", nullable = false)
    public String positionId;

    @Column(nullable = false)
    public String title;

    @Column(name = "position_class", nullable = false)
    public String positionClass;

    @Column(name = "unit_id")
    public String unitId;

    /** The lowest diploma accepted (a value of the education ceilings of docs/domain.md §5.2.2). */
    @Column(name = "min_education", nullable = false)
    public String minEducation;

    @Column(name = "max_age")
    public Integer maxAge;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    /** The criteria as published with the ranking. */
    public String criteria;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;
}
