package id.asn.appraisal.period;

import id.asn.appraisal.period.PeriodScheduleRule.Window;
import id.asn.appraisal.rater.RaterRequirement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Request and answer records of the periods API, and what the other features need of a period. */
public final class PeriodViews {

    private PeriodViews() {
    }

    /** A new annual period; every field but {@code year} defaults to the agency configuration. */
    public record OpenPeriod(@NotNull @Min(2000) @Max(2100) Integer year, Frequency frequency, LocalDate planDueOn,
                             LocalDate evaluationDueOn, @Min(1) @Max(90) Integer objectionDays,
                             DayKind objectionDayKind, Boolean individualResultsToUnit,
                             RaterRequirement raterTraining) {
    }

    /** New plan and evaluation deadlines of a period, against the version read. */
    public record MoveDeadlines(@NotNull Long version, @NotNull LocalDate planDueOn,
                                @NotNull LocalDate evaluationDueOn) {
    }

    /** What a client sees of a period, with its evaluation windows. */
    public record PeriodView(UUID id, int year, Frequency frequency, LocalDate startsOn, LocalDate endsOn,
                             LocalDate planDueOn, LocalDate evaluationDueOn, int objectionDays,
                             DayKind objectionDayKind, boolean individualResultsToUnit,
                             RaterRequirement raterTraining, List<Window> periodicEvaluations, Long version) {
        static PeriodView of(AppraisalPeriod p) {
            return new PeriodView(p.id, p.year, p.frequency, p.startsOn, p.endsOn, p.planDueOn, p.evaluationDueOn,
                    p.objectionDays, p.objectionDayKind, p.individualResultsToUnit, p.raterTraining,
                    PeriodScheduleRule.periodic(p.year, p.frequency), p.version);
        }
    }

    /** What plans, criteria, appraisals and objections need of a period. */
    public record PeriodTerms(UUID id, int year, Frequency frequency, LocalDate startsOn, LocalDate planDueOn,
                              LocalDate evaluationDueOn, int objectionDays, DayKind objectionDayKind,
                              boolean individualResultsToUnit, RaterRequirement raterTraining) {
        static PeriodTerms of(AppraisalPeriod p) {
            return new PeriodTerms(p.id, p.year, p.frequency, p.startsOn, p.planDueOn, p.evaluationDueOn,
                    p.objectionDays, p.objectionDayKind, p.individualResultsToUnit, p.raterTraining);
        }

        /** The annual window, or the periodic window {@code number}. */
        public Optional<Window> window(boolean annual, int number) {
            return annual ? Optional.of(PeriodScheduleRule.annual(year)).filter(w -> number == 1)
                    : PeriodScheduleRule.periodic(year, frequency, number);
        }
    }
}
