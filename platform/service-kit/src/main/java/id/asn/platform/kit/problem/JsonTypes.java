package id.asn.platform.kit.problem;

import id.asn.platform.problem.Messages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The JSON type a field expects, in words a client developer understands ("a whole number", not "int"). */
final class JsonTypes {

    private JsonTypes() {
    }

    static String expected(Class<?> target, Messages messages) {
        if (target == null) {
            return "?";
        }
        if (target.isEnum()) {
            return messages.get("json-type.one-of", Arrays.stream(target.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
        }
        return messages.get("json-type." + kind(target));
    }

    private static String kind(Class<?> target) {
        if (target == String.class || target == Character.class || target == char.class) {
            return "text";
        }
        if (target == int.class || target == long.class || target == short.class || target == Integer.class
                || target == Long.class || target == Short.class || target == BigInteger.class) {
            return "integer";
        }
        if (target == double.class || target == float.class || target == Double.class || target == Float.class
                || target == BigDecimal.class) {
            return "number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "boolean";
        }
        if (target == LocalDate.class) {
            return "date";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "date-time";
        }
        if (target == UUID.class) {
            return "uuid";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(target) || !target.getName().startsWith("java.")) {
            return "object";
        }
        return "text";
    }
}
