package id.asn.training.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Minutes of learning to JP (jam pelajaran). 1 JP = 45 minutes is attributed to a LAN regulation by a secondary
 * source only (docs/domain.md §2.1.2, UNVERIFIED), and so is rounding down; both come from configuration. The original
 * minutes are always kept next to the JP for audit.
 */
public record JpConversion(int minutesPerJp, RoundingMode rounding) {

    public JpConversion {
        if (minutesPerJp <= 0) {
            throw new IllegalArgumentException("minutesPerJp must be positive");
        }
    }

    /** JP for a total number of minutes; rounding applies to the total, never per meeting. */
    public BigDecimal jp(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(minutesPerJp), 0, rounding);
    }
}
