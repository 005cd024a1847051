package id.asn.platform.kit.nip;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The NIP of a PNS and the NI PPPK, as laid down by Perka BKN 22/2007 and the PPPK numbering (docs/domain.md §6).
 * Both are 18 digits: birth date {@code yyyyMMdd}, then for a PNS the TMT CPNS {@code yyyyMM}, for PPPK the
 * appointment year {@code yyyy}, the marker {@code 2} and the contract digit; then the gender digit and a sequence.
 * Digits 13–14 tell the two apart: a month (01–12) for a PNS, {@code 2x} for PPPK.
 */
public record Nip(String value, Kind kind, LocalDate birthDate, YearMonth tmt, int contractDigit, Gender gender,
                  int sequence, List<String> warnings) {

    public enum Kind { PNS, PPPK }

    public enum Gender { MALE, FEMALE }

    /** Rule 6 (soft): CPNS are mostly appointed between 18 and 35; older appointments exist, so only a warning. */
    static final int USUAL_MIN_AGE = 18;
    static final int USUAL_MAX_AGE = 35;
    private static final int EARLIEST_TMT_YEAR = 1950;

    public Nip {
        warnings = List.copyOf(warnings);
    }

    /** The number grouped the way it is printed on decrees: {@code 19860926 201505 1 001}. */
    public String printed() {
        return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " "
                + value.substring(15);
    }

    /**
     * Parses a NIP or NI PPPK; spaces are allowed on input (rule 1) and dropped.
     *
     * @throws InvalidNipException naming the rule that failed, as a message key {@code nip.<rule>}
     */
    public static Nip parse(String raw) {
        if (raw == null) {
            throw new InvalidNipException("nip.length");
        }
        String s = raw.replaceAll("\\s", "");
        // rule 1: ASCII digits only (not Character.isDigit, which also accepts Arabic-Indic digits)
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidNipException("nip.digits");
        }
        if (s.length() != 18) {
            throw new InvalidNipException("nip.length");
        }
        LocalDate birth = birthDate(s);
        Gender gender = switch (s.charAt(14)) {
            case '1' -> Gender.MALE;
            case '2' -> Gender.FEMALE;
            default -> throw new InvalidNipException("nip.gender");          // rule 4
        };
        int sequence = Integer.parseInt(s.substring(15));
        if (sequence == 0) {
            throw new InvalidNipException("nip.sequence");                   // rule 5
        }
        int year = Integer.parseInt(s.substring(8, 12));
        char d13 = s.charAt(12);
        if (d13 == '2') {
            // NI PPPK: digit 14 is the contract count, or an unverified paruh-waktu code, so any digit is kept
            if (year <= birth.getYear()) {
                throw new InvalidNipException("nip.tmt-before-birth");
            }
            YearMonth tmt = YearMonth.of(year, 1);
            return new Nip(s, Kind.PPPK, birth, tmt, s.charAt(13) - '0', gender, sequence, softChecks(birth, tmt));
        }
        int month = Integer.parseInt(s.substring(12, 14));
        if (month < 1 || month > 12) {
            throw new InvalidNipException("nip.tmt-month");                  // rule 3
        }
        if (year < EARLIEST_TMT_YEAR) {
            throw new InvalidNipException("nip.tmt-year");
        }
        YearMonth tmt = YearMonth.of(year, month);
        if (!tmt.atDay(1).isAfter(birth)) {
            throw new InvalidNipException("nip.tmt-before-birth");
        }
        return new Nip(s, Kind.PNS, birth, tmt, 0, gender, sequence, softChecks(birth, tmt));
    }

    // rule 2, and rule 7: no "day + 40 for women" here, that belongs to the NIK
    private static LocalDate birthDate(String s) {
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException impossible) {
            throw new InvalidNipException("nip.birth-date");
        }
    }

    private static List<String> softChecks(LocalDate birth, YearMonth tmt) {
        List<String> warnings = new ArrayList<>();
        int age = Period.between(birth, tmt.atDay(1)).getYears();
        if (age < USUAL_MIN_AGE || age > USUAL_MAX_AGE) {
            warnings.add("nip.warning.age-at-tmt");
        }
        return warnings;
    }

    /** The NIP breaks a rule of docs/domain.md §6; {@link #rule()} is the message key naming it. */
    public static final class InvalidNipException extends RuntimeException {
        private final String rule;

        InvalidNipException(String rule) {
            super(rule, null, false, false);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }
}
