package id.asn.career.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.asn.career.audit.AuditTrail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the career record API. */
public final class RecordViews {

    private RecordViews() {
    }

    /** A rank step from a decree. {@code rank} is a PNS golongan (III/a) or, for PPPK, a golongan I–XVII. */
    public record AddRank(@NotBlank @Size(max = 10) String rank, @NotNull LocalDate tmt,
                          @NotBlank @Size(max = 100) String decreeNumber) {
    }

    /** A position held from {@code tmt}. */
    public record AddPosition(@Size(max = 64) String positionId, @NotBlank @Size(max = 300) String positionTitle,
                              @NotBlank @Size(max = 40) String positionClass, @Size(max = 64) String unitId,
                              @NotNull LocalDate tmt, @NotBlank @Size(max = 100) String decreeNumber) {
    }

    /** A diploma. */
    public record AddEducation(@NotNull EducationLevel level, @Size(max = 300) String institution,
                               @Size(max = 300) String major, LocalDate graduatedOn) {
    }

    /** A disciplinary sentence running from {@code startsOn} to {@code endsOn}, both inclusive. */
    public record AddSanction(@NotNull Sanction.Level level, @NotBlank @Size(max = 500) String description,
                              @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                              @Size(max = 100) String decreeNumber) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankView(UUID id, String rank, String name, LocalDate tmt, String decreeNumber, Source source) {
        static RankView of(RankEntry e, boolean pppk) {
            return new RankView(e.id, e.rank, Rank.describe(e.rank, pppk).orElse(e.rank), e.tmt, e.decreeNumber,
                    e.source);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PositionView(UUID id, String positionId, String positionTitle, String positionClass, String unitId,
                               LocalDate tmt, String decreeNumber, Source source) {
        static PositionView of(PositionEntry e) {
            return new PositionView(e.id, e.positionId, e.positionTitle, e.positionClass, e.unitId, e.tmt,
                    e.decreeNumber, e.source);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EducationView(UUID id, EducationLevel level, String institution, String major,
                                LocalDate graduatedOn, Source source) {
        static EducationView of(EducationEntry e) {
            return new EducationView(e.id, e.level, e.institution, e.major, e.graduatedOn, e.source);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SanctionView(UUID id, Sanction.Level level, String description, LocalDate startsOn,
                               LocalDate endsOn, String decreeNumber) {
        static SanctionView of(Sanction s) {
            return new SanctionView(s.id, s.level, s.description, s.startsOn, s.endsOn, s.decreeNumber);
        }
    }

    /** One employee's career record: the current state and every history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CareerRecord(String nip, String name, String employeeType, String unitId, String unitName,
                               String positionTitle, String positionClass, String currentRank,
                               String currentRankName, LocalDate currentRankTmt, LocalDate serviceStart,
                               List<RankView> ranks, List<PositionView> positions, List<EducationView> education,
                               List<SanctionView> sanctions) {
    }

    /** The audit trail of one employee. */
    public record AuditView(String nip, List<AuditTrail.Line> lines) {
    }

    /** A disciplinary period, for the rules that need them (promotion, awards). */
    public record SanctionPeriod(String level, LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * What the career rules need to know about one employee: type, position class, current rank and its TMT, the
     * highest diploma, the service start and the disciplinary periods.
     */
    public record CareerFacts(String nip, String name, String employeeType, String positionClass,
                              LocalDate birthDate, String rank, LocalDate rankTmt, EducationLevel education,
                              LocalDate serviceStart, List<SanctionPeriod> sanctions) {

        public boolean isPppk() {
            return employeeType != null && employeeType.startsWith("PPPK");
        }
    }
}
