package id.asn.platform.kit.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Column values of native queries, whatever Java type the driver chose for them. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
