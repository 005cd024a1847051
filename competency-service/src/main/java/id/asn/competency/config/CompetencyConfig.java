package id.asn.competency.config;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The service's own settings. Everything here is policy the regulation leaves open (docs/domain.md §1.6–§1.7,
 * §8.2 rule 1), so it is configuration, never code. The values and their sources are documented once, in
 * {@code application.properties}; the types here are plain so that the configuration depends on no feature.
 */
@ConfigMapping(prefix = "competency")
public interface CompetencyConfig {

    Assessment assessment();

    Evidence evidence();

    Jpm jpm();

    /** Suggested managerial and socio-cultural level per position class name; offered, never enforced. */
    Map<String, Integer> classDefaultLevel();

    Import bulkImport();

    Sweep sweep();

    interface Assessment {
        /** How long a result counts when the assessor states no end date. */
        Period validity();
    }

    interface Evidence {
        /** Assessment method names from the most to the least trusted. */
        List<String> ranking();
    }

    interface Jpm {
        /** Category label → lowest JPM (inclusive) that earns it. */
        Map<String, BigDecimal> categories();
    }

    interface Import {
        int maxRows();
    }

    interface Sweep {
        /** When the daily re-evaluation of expired evidence runs ({@code off} disables it), read by the scheduler. */
        String cron();
    }
}
