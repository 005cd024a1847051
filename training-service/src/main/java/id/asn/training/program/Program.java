package id.asn.training.program;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A training programme: what is taught, to which competency level, by whom, for how many JP and at what cost. */
@Entity
@Table(name = "program")
public class Program extends TenantOwned {

    /** A competency the programme develops and the level it aims at. */
    @Embeddable
    public static class TargetCompetency {
        @Column(name = "competency_code", nullable = false)
        public String competencyCode;
        @Column(name = "target_level", nullable = false)
        public int targetLevel;
    }

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "development_path", nullable = false)
    public DevelopmentPath developmentPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DevelopmentForm form;

    @Column(name = "siasn_type_code")
    public Integer siasnTypeCode;

    /** Fixed JP; when null, a session's JP derives from its meetings. */
    public BigDecimal jp;

    @Column(name = "cost_per_participant", nullable = false)
    public BigDecimal costPerParticipant;

    @Column(name = "post_test_required", nullable = false)
    public boolean postTestRequired;

    @Column(name = "pass_mark")
    public BigDecimal passMark;

    @Column(name = "attendance_share", nullable = false)
    public BigDecimal attendanceShare;

    /** Marked by hr-admin: completing it makes a pejabat penilai a trained rater (docs/domain.md §3.4.2). */
    @Column(name = "rater_training", nullable = false)
    public boolean raterTraining;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_competency", joinColumns = @JoinColumn(name = "program_id"))
    public List<TargetCompetency> competencies = new ArrayList<>();
}
