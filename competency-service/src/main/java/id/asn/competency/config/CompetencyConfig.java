package id.asn.competency.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The service's own settings. Everything here is policy the regulation leaves open (docs/domain.md §1.6–§1.7,
 * §8.2 rule 1), so it is configuration, never code. Each default is written once (ADR 0010): here, or, for the
 * two tables a mapping cannot default, in {@code application.properties}. The types are plain so that the
 * configuration depends on no feature.
 */
@ConfigMapping(prefix = "competency")
public interface CompetencyConfig {

    Assessment assessment();

    Evidence evidence();

    Jpm jpm();

    /**
     * Suggested managerial and socio-cultural level per position class name (docs/domain.md §1.6 convention,
     * UNVERIFIED); offered, never enforced. Defaults in {@code application.properties}.
     */
    Map<String, Integer> classDefaultLevel();

    Import bulkImport();

    Sweep sweep();

    interface Assessment {
        /** How long a result counts when the assessor states no end date (docs/domain.md §1.7.4: not regulated). */
        @WithDefault("P3Y")
        Period validity();
    }

    interface Evidence {
        /** Method names from the most to the least trusted (docs/domain.md §1.8.2); an unlisted one never counts. */
        @WithDefault("ASSESSMENT_CENTRE,SIMPLIFIED,SJT,SUPERVISOR_OBSERVATION,SUPERVISOR,SELF")
        List<String> ranking();
    }

    interface Jpm {
        /**
         * Category label → lowest JPM (inclusive) that earns it (docs/domain.md §1.7.3, UNVERIFIED); defaults in
         * {@code application.properties}.
         */
        Map<String, BigDecimal> categories();
    }

    interface Import {
        /** Rows one import request may carry. */
        @WithDefault("10000")
        int maxRows();
    }

    interface Sweep {
        /**
         * When the daily re-evaluation of expired evidence and of standards coming into force runs ({@code off}
         * disables it), read by the scheduler.
         */
        @WithDefault("0 30 0 * * ?")
        String cron();
    }
}
