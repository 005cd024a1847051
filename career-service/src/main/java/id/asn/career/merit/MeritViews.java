package id.asn.career.merit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Answer records of the merit-figures API: counts and shares, never a person. */
public final class MeritViews {

    /** What each figure counts (docs/domain.md §4.6.1), said once for the API. */
    private static final Map<String, String> DEFINITIONS = Map.of(
            "POSITIONS_WITH_COMPETENCY_STANDARD", "positions held by an active employee that competency-service "
                    + "has measured someone against (a gap-changed event named them), of all positions held",
            "ASN_WITH_CURRENT_ASSESSMENT", "active employees whose latest uncorrected assessment is valid on the day, "
                    + "of all active employees",
            "JP_COMPLIANCE", "active employees with at least the yearly JP minimum completed in the year, of all "
                    + "active employees",
            "APPRAISAL_COMPLETION", "active employees with a finalised annual appraisal of the year, of all active "
                    + "employees",
            "VACANCIES_FILLED_BY_OPEN_SELECTION", "appointments in the year to a position of the open-selection "
                    + "classes whose appointee was a candidate of a published open selection for that position, of "
                    + "all such appointments",
            "PROMOTIONS_ON_TIME", "regular promotions taking effect in the year no later than the first period on "
                    + "which the years in rank were complete (plus the grace), of all regular promotions of the year");

    private MeritViews() {
    }

    /** One figure: numerator over denominator; {@code percent} is null when the denominator is 0. */
    public record Figure(String figure, long numerator, long denominator, BigDecimal percent, String definition) {
    }

    /** The figures of one agency for a year, on a day (the day decides which assessments are current). */
    public record AgencyFigures(String agency, int year, LocalDate on, List<Figure> figures) {
    }

    /** The national aggregate: the sum over every agency, and each agency's figures. */
    public record NationalFigures(int year, LocalDate on, int agencies, List<Figure> figures,
                                  List<AgencyFigures> byAgency) {
    }

    /** How many employees and positions a rebuild recounted. */
    public record Rebuilt(int employees, int positions) {
    }

    static List<Figure> figures(List<MeritRule.Figure> figures) {
        return figures.stream().map(f -> new Figure(f.figure(), f.numerator(), f.denominator(), f.percent(),
                DEFINITIONS.get(f.figure()))).toList();
    }
}
