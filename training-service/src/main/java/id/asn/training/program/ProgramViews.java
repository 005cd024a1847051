package id.asn.training.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the programmes API, and what other features need of a programme. */
public final class ProgramViews {

    private ProgramViews() {
    }

    /** A competency the programme develops and the level (1-5) it aims at. */
    public record Target(@NotBlank @Size(max = 60) String competencyCode, @Min(1) @Max(5) int targetLevel) {
    }

    /**
     * A new programme. {@code jp} fixes the JP; leave it out to derive JP from each session's meetings.
     * {@code raterTraining} marks it as rater training (docs/domain.md §3.4.2), false when left out.
     */
    public record CreateProgram(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
                                @NotNull DevelopmentPath developmentPath, @NotNull DevelopmentForm form,
                                @Min(1) Integer siasnTypeCode, @NotNull UUID institutionId,
                                @DecimalMin(value = "0", inclusive = false) BigDecimal jp,
                                @NotNull @DecimalMin("0") BigDecimal costPerParticipant,
                                boolean postTestRequired, @DecimalMin("0") @DecimalMax("100") BigDecimal passMark,
                                @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal attendanceShare,
                                @NotNull @Size(max = 20) List<@Valid @NotNull Target> competencies,
                                boolean raterTraining) {
    }

    /** Marks or unmarks a programme as rater training. */
    public record MarkRaterTraining(@NotNull Boolean raterTraining) {
    }

    /** What a client sees of a programme. */
    public record ProgramView(UUID id, String title, String description, DevelopmentPath developmentPath,
                              DevelopmentForm form, Integer siasnTypeCode, BigDecimal jp,
                              BigDecimal costPerParticipant, boolean postTestRequired, BigDecimal passMark,
                              BigDecimal attendanceShare, UUID institutionId, String institutionName,
                              List<Target> competencies, boolean raterTraining) {
        static ProgramView of(Program p, String institutionName) {
            return new ProgramView(p.id, p.title, p.description, p.developmentPath, p.form, p.siasnTypeCode, p.jp,
                    p.costPerParticipant, p.postTestRequired, p.passMark, p.attendanceShare, p.institutionId,
                    institutionName, targets(p), p.raterTraining);
        }
    }

    /**
     * What sessions, enrolment, completion and the plan need of a programme: who runs it, its JP, cost and
     * completion terms, the competencies it develops and whether it is rater training.
     */
    public record ProgramTerms(UUID id, String title, UUID institutionId, DevelopmentPath developmentPath,
                               BigDecimal jp, BigDecimal costPerParticipant, boolean postTestRequired,
                               BigDecimal passMark, BigDecimal attendanceShare, List<Target> competencies,
                               boolean raterTraining) {
        static ProgramTerms of(Program p) {
            return new ProgramTerms(p.id, p.title, p.institutionId, p.developmentPath, p.jp, p.costPerParticipant,
                    p.postTestRequired, p.passMark, p.attendanceShare, targets(p), p.raterTraining);
        }
    }

    private static List<Target> targets(Program p) {
        return p.competencies.stream().map(c -> new Target(c.competencyCode, c.targetLevel)).toList();
    }
}
