package id.asn.competency.assessment;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * Append-only evidence: docs/domain.md §1.8.2 rule 1. One piece of assessment evidence: never changed once recorded
 * (the table refuses updates too). A correction is a new assessment whose {@code supersedesId} names this one.
 */
@Entity
@Immutable
@Table(name = "assessment")
public class Assessment extends TenantOwned {

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentMethod method;

    @Column(nullable = false)
    public String assessor;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    public String note;

    /** The follow-up evaluation a SUPERVISOR_OBSERVATION comes from, once per follow-up (docs/domain.md §2.7). */
    @Column(name = "follow_up_id")
    public String followUpId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    public List<Score> scores = new ArrayList<>();

    @Embeddable
    public static class Score {
        @Column(name = "competency_code", nullable = false)
        public String competencyCode;

        @Column(nullable = false, precision = 3, scale = 2)
        public BigDecimal score;

        /** The behaviour seen, for a supervisor's observation. */
        public String example;

        public Score() {
        }

        public Score(String competencyCode, BigDecimal score) {
            this.competencyCode = competencyCode;
            this.score = score;
        }

        public Score(String competencyCode, BigDecimal score, String example) {
            this(competencyCode, score);
            this.example = example;
        }
    }
}
