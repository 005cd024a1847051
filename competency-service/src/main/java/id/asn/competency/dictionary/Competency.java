package id.asn.competency.dictionary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a dictionary competency. National items have no owner and are shared by every agency, which
 * is why this is not a {@code TenantOwned} row: every query is {@code owner is null or owner = :tenant}
 * ({@link DictionaryService}). Rows are never updated: a change is a new version with a later effective date.
 * Hence {@code @Immutable}: Hibernate keeps no snapshot of a loaded version to dirty-check at flush, which on a
 * dictionary read was a JSON round trip of every level's indicators (issue 12).
 */
@Entity
@Immutable
@Table(name = "competency")
public class Competency extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "owner_tenant", updatable = false)
    public String ownerTenant;

    @Column(nullable = false, updatable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CompetencyKind kind;

    @Column(nullable = false, updatable = false)
    public String name;

    @Column(nullable = false, updatable = false)
    public String definition;

    @Column(name = "effective_from", nullable = false, updatable = false)
    public LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competency_level", joinColumns = @JoinColumn(name = "competency_id"))
    @OrderBy("level")
    @Immutable
    public List<Level> levels = new ArrayList<>();

    public boolean isNational() {
        return ownerTenant == null;
    }

    /** A proficiency level's description and its behavioural indicators. */
    @Embeddable
    public static class Level {
        @Column(nullable = false)
        public int level;

        @Column(nullable = false)
        public String description;

        @JdbcTypeCode(SqlTypes.JSON)
        @Column(nullable = false, columnDefinition = "jsonb")
        public List<String> indicators = new ArrayList<>();

        public Level() {
        }

        public Level(int level, String description, List<String> indicators) {
            this.level = level;
            this.description = description;
            this.indicators = new ArrayList<>(indicators);
        }
    }
}
