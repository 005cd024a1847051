package id.asn.career.jobfit;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Job fit (JPM) per NIP against one position, and where it came from: {@code COMPETENCY_SERVICE} (its API, the
 * position's standard), {@code EVENTS} (the fallback: the last gap-changed event, only for candidates who already
 * hold that position) or {@code NO_STANDARD} (competency-service has no standard in force for the position).
 */
public record JobFits(String source, Map<String, BigDecimal> jpm) {

    public static final String COMPETENCY_SERVICE = "COMPETENCY_SERVICE";
    public static final String EVENTS = "EVENTS";
    public static final String NO_STANDARD = "NO_STANDARD";
}
