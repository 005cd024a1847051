package id.asn.platform.testinfra;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid, distinct NIPs and NI PPPKs for tests (docs/domain.md §6): a real birth date, an appointment at 25 (inside
 * the usual 18–35, so no soft warning), a gender digit and a sequence 001–999. Distinct within a JVM; a random start
 * keeps reruns against a reused database apart too.
 */
public final class TestNips {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1970, 1, 1);
    private static final int SEQUENCES = 999;
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(SEQUENCES * 3_650L));

    private TestNips() {
    }

    /** A PNS NIP: {@code yyyyMMdd} birth, {@code yyyyMM} TMT CPNS, gender, sequence. */
    public static String pns() {
        long n = NEXT.getAndIncrement();
        LocalDate birth = birth(n);
        return String.format("%s%04d%02d%d%03d", digits(birth), birth.getYear() + 25, birth.getMonthValue(),
                gender(n), sequence(n));
    }

    /** An NI PPPK: {@code yyyyMMdd} birth, appointment year, marker 2, first contract, gender, sequence. */
    public static String pppk() {
        long n = NEXT.getAndIncrement();
        LocalDate birth = birth(n);
        return String.format("%s%04d21%d%03d", digits(birth), birth.getYear() + 25, gender(n), sequence(n));
    }

    /** {@code nip} grouped as printed on decrees ({@code 19860926 201505 1 001}), which every service accepts. */
    public static String printed(String nip) {
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
    }

    private static LocalDate birth(long n) {
        return FIRST_BIRTH.plusDays(n / SEQUENCES);
    }

    private static int gender(long n) {
        return n % 2 == 0 ? 1 : 2;
    }

    private static long sequence(long n) {
        return n % SEQUENCES + 1;
    }

    private static String digits(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
