package id.asn.localstack;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out NIPs and NI PPPKs (docs/domain.md §6.1, §6.2) the way BKN numbers them: the last three digits count up from 001 per
 * distinct 15-digit prefix. Fixed numbers (the demo identities') are reserved first so that no generated number
 * takes them.
 */
final class DemoNips {

    enum Gender {
        MALE('1'), FEMALE('2');

        final char digit;

        Gender(char digit) {
            this.digit = digit;
        }

        static Gender of(String nip) {
            return nip.charAt(14) == '2' ? FEMALE : MALE;
        }
    }

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TMT = DateTimeFormatter.ofPattern("uuuuMM");

    private final Map<String, Integer> lastSequence = new HashMap<>();

    /** Takes an existing number out of the pool; its prefix continues after its sequence. */
    void reserve(String nip) {
        if (!nip.matches("\\d{18}")) {
            throw new IllegalArgumentException("not an 18-digit NIP: " + nip);
        }
        lastSequence.merge(nip.substring(0, 15), Integer.parseInt(nip.substring(15)), Math::max);
    }

    /** A PNS NIP: birth date, TMT CPNS (rule 3: after the birth date), gender, sequence. */
    String pns(LocalDate birth, YearMonth tmt, Gender gender) {
        if (!tmt.atDay(1).isAfter(birth)) {
            throw new IllegalArgumentException("TMT " + tmt + " is not after the birth date " + birth);
        }
        return next(BIRTH.format(birth) + TMT.format(tmt) + gender.digit);
    }

    /** An NI PPPK: birth date, appointment year, the PPPK marker 2, the contract number (1-9), gender, sequence. */
    String pppk(LocalDate birth, int appointmentYear, int contract, Gender gender) {
        if (appointmentYear <= birth.getYear()) {
            throw new IllegalArgumentException("appointment " + appointmentYear + " is not after the birth " + birth);
        }
        if (contract < 1 || contract > 9) {
            throw new IllegalArgumentException("contract number " + contract + " is not 1-9");
        }
        return next(BIRTH.format(birth) + appointmentYear + "2" + contract + gender.digit);
    }

    private String next(String prefix) {
        int sequence = lastSequence.merge(prefix, 1, Integer::sum);
        if (sequence > 999) {
            throw new IllegalStateException("sequence exhausted for " + prefix);
        }
        return prefix + String.format("%03d", sequence);
    }
}
