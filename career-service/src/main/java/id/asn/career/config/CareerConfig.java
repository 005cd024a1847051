package id.asn.career.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The career rules docs/domain.md §4–§5 marks UNVERIFIED or leaves to each agency: configuration, never code
 * (docs/domain.md §8.2 rule 1). Each default is written here once; {@code career.*} overrides it. The types are
 * plain so that the configuration depends on no feature; the three tables a mapping cannot default are in
 * {@code application.properties}. The prefix is {@code career}, not {@code asn.career}:
 * the kit's mapping owns {@code asn.*} and refuses keys it does not know.
 */
@ConfigMapping(prefix = "career")
public interface CareerConfig {

    Promotion promotion();

    Talent talent();

    Succession succession();

    Award award();

    Merit merit();

    Selection selection();

    /** KP reguler (docs/domain.md §5.2). */
    interface Promotion {
        /** Years in the current rank before the next (PP 99/2000 Ps. 7(1)(a)). */
        @WithDefault("4")
        int minYearsInRank();

        /** Calendar years before the TMT whose annual predikat must be accepted (PP 99/2000 Ps. 7(1)(b)). */
        @WithDefault("2")
        int performanceYears();

        /** Annual predikats read as "baik" (docs/domain.md §5.2.1: the translation is UNVERIFIED). */
        @WithDefault("SANGAT_BAIK,BAIK")
        List<String> acceptedPredikat();

        /** From this day every month is a promotion period (Peraturan BKN 4/2025, docs/domain.md §5.2.3). */
        @WithDefault("2025-10-01")
        LocalDate monthlyPeriodsFrom();

        /** The months that were periods before that day (Peraturan BKN 4/2023). */
        @WithDefault("2,4,6,8,10,12")
        List<Integer> earlierPeriodMonths();
    }

    /** The 9-box (docs/domain.md §4.3–§4.4): the defaults of a year an agency has not set itself. */
    interface Talent {
        /**
         * The kinerja rating an annual predikat places on the kinerja axis (agency guideline, UNVERIFIED);
         * defaults in {@code application.properties}.
         */
        Map<String, String> kinerjaByPredikat();

        /** Weight of the competency match (JPM, capped at 100) in the potential score. */
        @WithDefault("0.60")
        BigDecimal competencyWeight();

        /** Weight of the development track record (JP in the year against the yearly minimum). */
        @WithDefault("0.25")
        BigDecimal trainingWeight();

        /** Weight of awards (any award in the last years counted by {@link #awardYears()}). */
        @WithDefault("0.15")
        BigDecimal awardWeight();

        /** Lowest potential score (0..100) that is MENENGAH. */
        @WithDefault("60")
        BigDecimal mediumFrom();

        /** Lowest potential score (0..100) that is TINGGI. */
        @WithDefault("80")
        BigDecimal highFrom();

        /** JP a year that count as a full track record (the 20 JP minimum, docs/domain.md §2.1.1). */
        @WithDefault("20")
        BigDecimal yearlyJp();

        /** How many years back an award counts for the track record. */
        @WithDefault("3")
        int awardYears();
    }

    /** Succession (docs/domain.md §4.5, §5.5): local policy, so configuration. */
    interface Succession {
        /** Boxes of the instansi succession group. */
        @WithDefault("7,8,9")
        List<Integer> poolBoxes();

        /** Readiness label per box (Aceh Barat's local policy); defaults in {@code application.properties}. */
        Map<Integer, String> readiness();

        /**
         * Retirement age per position class (UU 20/2023, docs/domain.md §5.5) where it is not the default;
         * in {@code application.properties}.
         */
        Map<String, Integer> retirementAge();

        /** Retirement age of every class not listed. */
        @WithDefault("58")
        int defaultRetirementAge();

        /** Candidates this close to their retirement age are left out of the pool. */
        @WithDefault("P1Y")
        Period retirementExclusion();
    }

    /** Satyalancana Karya Satya (docs/domain.md §5.6): the steps and the UNVERIFIED conditions as flags. */
    interface Award {
        /** Years of service for X, XX and XXX. */
        @WithDefault("10,20,30")
        List<Integer> satyalancanaYears();

        /** Whether the periods of a disciplinary sentence are left out of the years of service. */
        @WithDefault("true")
        boolean excludeSanctionedPeriods();

        /** Sentence levels whose periods are left out. */
        @WithDefault("SEDANG,BERAT")
        List<String> excludedSanctionLevels();
    }

    /** The merit figures (docs/domain.md §4.6.1): what the measurable parts count. */
    interface Merit {
        /**
         * How long an assessment whose assessor gave no end date stays current: competency-service's default
         * ({@code competency.assessment.validity}, docs/domain.md §1.7.4, UNVERIFIED).
         */
        @WithDefault("P3Y")
        Period assessmentValidity();

        /** Position classes whose vacancies must be filled by open selection (UU 20/2023 for JPT; POLICY beyond). */
        @WithDefault("JPT_UTAMA,JPT_MADYA,JPT_PRATAMA")
        List<String> openSelectionClasses();

        /** How long after the period it was due a regular promotion still counts as on time (POLICY). */
        @WithDefault("P0D")
        Period onTimeGrace();
    }

    /** Open selection (docs/domain.md §5.7): the filters before ranking. */
    interface Selection {
        /** Calendar years before the closing date whose annual predikat must be accepted (docs/domain.md §5.4). */
        @WithDefault("2")
        int performanceYears();

        /** Annual predikats read as "baik" for a selection, as for KP reguler (UNVERIFIED). */
        @WithDefault("SANGAT_BAIK,BAIK")
        List<String> acceptedPredikat();
    }
}
