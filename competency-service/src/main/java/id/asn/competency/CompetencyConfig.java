package id.asn.competency;

import id.asn.competency.assessment.AssessmentMethod;
import id.asn.competency.position.PositionClass;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The service's own settings. Everything here is policy the regulation leaves open (DOMAIN §1.6–1.7, §8 rule 1),
 * so it is configuration, never code.
 */
@ConfigMapping(prefix = "competency")
public interface CompetencyConfig {

    Assessment assessment();

    Evidence evidence();

    Jpm jpm();

    /** Suggested managerial and socio-cultural level per position class; offered, never enforced. */
    Map<String, Integer> classDefaultLevel();

    Import bulkImport();

    Sweep sweep();

    interface Assessment {
        /** How long a result counts when the assessor states no end date. */
        @WithDefault("P3Y")
        Period validity();
    }

    interface Evidence {
        /** Assessment methods from the most to the least trusted. */
        List<AssessmentMethod> ranking();
    }

    interface Jpm {
        /** Category label → lowest JPM (inclusive) that earns it. */
        Map<String, BigDecimal> categories();
    }

    interface Import {
        @WithDefault("10000")
        int maxRows();
    }

    interface Sweep {
        /** When the daily re-evaluation of expired evidence runs ({@code off} disables it), read by the scheduler. */
        String cron();
    }

    /** The suggested level for a class, if configured. */
    default Integer suggestedLevel(PositionClass positionClass) {
        return classDefaultLevel().get(positionClass.name());
    }
}
