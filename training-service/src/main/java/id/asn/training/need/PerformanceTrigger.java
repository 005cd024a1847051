package id.asn.training.need;

import java.util.Set;

/**
 * A finalized appraisal signals a development need when its predikat is Butuh Perbaikan or worse (docs/domain.md §3.4 and
 * §2.5: performance-based development suggestions feed the needs analysis).
 */
public final class PerformanceTrigger {

    private static final Set<String> NEEDS_DEVELOPMENT = Set.of("BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG");

    private PerformanceTrigger() {
    }

    public static boolean needsDevelopment(String predikat) {
        return predikat != null && NEEDS_DEVELOPMENT.contains(predikat);
    }
}
