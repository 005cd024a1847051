package id.asn.appraisal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;

/**
 * The appraisal rules an agency sets itself or that docs/domain.md §3 marks UNVERIFIED: configuration, never code
 * (docs/domain.md §8.2 rule 1). Each default is written here once (ADR 0010); {@code appraisal.*} overrides it,
 * and a period stores the values it opened with, so changing a default never moves an open period's deadlines.
 * The types are plain so that the configuration depends on no feature.
 */
@ConfigMapping(prefix = "appraisal")
public interface AppraisalConfig {

    /** The agency's time zone: which calendar day it is when a deadline is checked. */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    Periods period();

    Objection objection();

    Rating rating();

    Publication publication();

    RaterGroups raterGroups();

    AngkaKredit angkaKredit();

    Siasn siasn();
    Calibration calibration();

    UnitHead unitHead();

    /** docs/domain.md §3.3: periodic evaluations and deadlines (not found in the regulation: UNVERIFIED). */
    interface Periods {
        /** How often periodic evaluations happen inside the year: MONTHLY or QUARTERLY. */
        @WithDefault("QUARTERLY")
        String frequency();

        /** Days from the period's first day by which the plan is agreed (31: the end of January). */
        @WithDefault("31")
        int planAgreementDays();

        /** Days after the period's last day by which the annual evaluation is due (31: the end of January). */
        @WithDefault("31")
        int evaluationDueDays();
    }

    /** docs/domain.md §3.9: the objection window of PP 30/2019 Ps. 59. */
    interface Objection {
        /** Days after the appraisee received the result. */
        @WithDefault("14")
        int days();

        /** CALENDAR (the default: UNVERIFIED whether the regulation means working days) or WORKING (Monday to Friday). */
        @WithDefault("CALENDAR")
        String dayKind();
    }

    /** docs/domain.md §3.11: open publication of results. */
    interface Publication {
        /**
         * Whether a period opens each unit's individual results (NIP, name, predikat) to the unit's ASN; the
         * distribution is always open to them (POLICY).
         */
        @WithDefault("false")
        boolean individualResultsToUnit();
    }

    /** docs/domain.md §3.4: what a rating must carry. */
    interface Rating {
        /** The shortest justification accepted for a rating, in characters. */
        @WithDefault("20")
        int justificationMinLength();

        /**
         * §3.4.2 (POLICY): whether the pejabat penilai must have completed a rater training before rating: OFF (the
         * default: the regulation requires none), WARN (rate, with a warning) or REFUSE (422). A period keeps the
         * value it opened with.
         */
        @WithDefault("OFF")
        String raterTraining();

        /** The training an untrained pejabat penilai is told they lack. */
        @WithDefault("Pelatihan Penilai Kinerja (program pelatihan penilai di training-service)")
        String raterTrainingName();
    }

    /**
     * docs/domain.md §3.4.1: behaviour input of peers and subordinates, weighed with the pejabat penilai's rating
     * (UNVERIFIED: the regulation names no weights; the defaults are one agency system's superior 50 / peer 30 /
     * subordinate 20 with at least 3 peers).
     */
    interface RaterGroups {
        /** Weight of the pejabat penilai's perilaku kerja rating. */
        @WithDefault("50")
        int superiorWeight();

        @WithDefault("30")
        int peerWeight();

        @WithDefault("20")
        int subordinateWeight();

        /** Fewest peers whose input counts; below it the group is neither counted nor shown. */
        @WithDefault("3")
        int peerMinimum();

        /** Fewest subordinates whose input counts; below it the group is neither counted nor shown. */
        @WithDefault("3")
        int subordinateMinimum();
    }

    /**
     * docs/domain.md §3.3: the integer codes SIASN takes in {@code *Nilai} of {@code skp22} and {@code kinerjaperiodik}.
     * Public clients disagree on them (UNVERIFIED): set them from SIASN's reference tables ({@code perilakuDanKinerja},
     * {@code kuadranNilai}). Defaults in {@code application.properties}.
     */
    interface Siasn {
        /** Code per rating (DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI). */
        Map<String, Integer> ratingCode();

        /** Code per predikat, the quadrant of the matrix (SANGAT_BAIK ... SANGAT_KURANG). */
        Map<String, Integer> kuadranCode();
    }

    /**
     * docs/domain.md §3.10: a functional position's yearly angka kredit is a share of its jenjang's coefficient by
     * predikat. Defaults in {@code application.properties} (a mapping cannot default a table); the Ahli Muda and
     * Ahli Madya coefficients are UNVERIFIED.
     */
    interface AngkaKredit {
        /** Per cent of the coefficient per predikat (SANGAT_BAIK ... SANGAT_KURANG). */
        Map<String, Integer> share();

        /** Yearly coefficient per jenjang (AHLI_PERTAMA ... PENYELIA). */
        Map<String, BigDecimal> coefficient();
    }

    /**
     * docs/domain.md §3.5: the distribution curve each capaian kinerja organisasi selects and how far a unit may lie
     * from it before finalising needs a justification. The regulation's percentages were not found (UNVERIFIED):
     * the curves are configuration, defaulted in {@code application.properties} (a mapping cannot default a table).
     */
    interface Calibration {
        /** Per capaian (ISTIMEWA ... SANGAT_KURANG): the expected per cent of each predikat, summing to 100. */
        Map<String, Map<String, Integer>> curve();

        /** Percentage points a predikat's share may differ from the curve without a justification. */
        @WithDefault("10")
        int tolerancePoints();

        /** The shortest justification for finalising outside the curve, or for changing a rating, in characters. */
        @WithDefault("20")
        int justificationMinLength();
    }

    /**
     * docs/domain.md §3.4: a unit head's hasil kerja follows the unit's capaian kinerja organisasi. Which rating each
     * capaian gives is UNVERIFIED; defaults in {@code application.properties}.
     */
    interface UnitHead {
        /** Per capaian (ISTIMEWA ... SANGAT_KURANG): the head's hasil kerja rating (DI_ATAS_EKSPEKTASI ...). */
        Map<String, String> hasilKerja();
    }
}
