package id.asn.training.session;

import id.asn.training.ledger.JpConversion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * The JP a session is worth: what the programme fixes, if it does; otherwise the sum of its meetings' minutes
 * converted once (so 3 × 30 minutes is 2 JP, not 3 × 0 JP). JP of a session, converted once: docs/domain.md
 * §2.1.2.
 */
public final class SessionJp {

    /** One meeting's start and end on the same day. */
    public record Slot(LocalTime start, LocalTime end) {
        long minutes() {
            return Duration.between(start, end).toMinutes();
        }
    }

    private SessionJp() {
    }

    public static long minutes(List<Slot> slots) {
        return slots.stream().mapToLong(Slot::minutes).sum();
    }

    public static BigDecimal of(BigDecimal programmeJp, List<Slot> slots, JpConversion conversion) {
        return programmeJp != null ? programmeJp : conversion.jp(minutes(slots));
    }
}
