package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.asn.localstack.DemoTrainingYear.Seat;
import id.asn.localstack.DemoTrainingYear.Session;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoTrainingYearTest {

    private static final String SUPERVISOR = "197803152005011001";
    private static final String EMPLOYEE = "199004222015032001";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final DemoWorkforce palembang = DemoWorkforce.of("palembang", SUPERVISOR, EMPLOYEE);

    /** The JP each Palembang employee earns: 10 JP a completed day (08:00-15:30 at 45 minutes). */
    private Map<String, Integer> jp(List<Session> sessions) {
        Map<String, Integer> jp = new HashMap<>();
        palembang.people().forEach(p -> jp.put(p.nip(), 0));
        for (Session session : sessions) {
            for (Seat seat : session.seats()) {
                if (!seat.absentLastDay()) {
                    jp.merge(seat.nip(), 10 * session.dates().size(), Integer::sum);
                }
            }
        }
        return jp;
    }

    @Test
    void mostPalembangEmployeesReachTwentyJpAndSomeStayBelow() {
        Map<String, Integer> jp = jp(DemoTrainingYear.plan(palembang, EMPLOYEE, TODAY));

        long atLeast20 = jp.values().stream().filter(v -> v >= 20).count();
        long below = jp.size() - atLeast20;
        assertTrue(atLeast20 * 100 >= 70L * jp.size(), atLeast20 + " of " + jp.size() + " at or above 20 JP");
        assertTrue(below * 100 >= 10L * jp.size(), below + " of " + jp.size() + " below 20 JP");
        assertTrue(jp.values().stream().anyMatch(v -> v == 0), "some attended nothing");
        assertTrue(jp.values().stream().anyMatch(v -> v == 30), "some attended two programmes");
        // the demo employee only took the e-learning day: below the minimum, nominated for what comes next
        assertEquals(10, jp.get(EMPLOYEE));
    }

    @Test
    void everySessionIsEarlierThisYearOnWeekdaysWithinCapacityAndTestedWhereTheProgrammeTests() {
        List<Session> sessions = DemoTrainingYear.plan(palembang, EMPLOYEE, TODAY);

        assertEquals(6, sessions.size());
        for (Session session : sessions) {
            DemoTrainingYear.PastProgramme programme = DemoTrainingYear.PROGRAMMES.get(session.programme());
            assertEquals(programme.days(), session.dates().size());
            for (LocalDate date : session.dates()) {
                assertEquals(TODAY.getYear(), date.getYear());
                assertTrue(date.isBefore(TODAY.minusWeeks(2)), date + " is past");
                assertTrue(date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(), date + " is a weekday");
            }
            assertTrue(session.seats().size() < session.capacity());
            assertTrue(session.seats().size() >= 10, session.seats().size() + " participants");
            for (Seat seat : session.seats()) {
                assertEquals(programme.tests(), seat.preTest() != null, seat.toString());
                if (seat.preTest() != null) {
                    assertTrue(seat.postTest().compareTo(seat.preTest()) > 0, seat.toString());
                    assertTrue(seat.postTest().compareTo(BigDecimal.valueOf(100)) <= 0, seat.toString());
                }
            }
        }
        assertTrue(sessions.stream().flatMap(s -> s.seats().stream()).anyMatch(Seat::absentLastDay),
                "someone misses a second day and does not complete");
    }

    @Test
    void theSamePlanEveryTime() {
        assertEquals(DemoTrainingYear.plan(palembang, EMPLOYEE, TODAY), DemoTrainingYear.plan(palembang, EMPLOYEE, TODAY));
    }

    @ParameterizedTest
    @CsvSource({"2026-12-01, 0.15, 2026-02-16", "2026-12-01, 0.75, 2026-08-24", "2026-01-10, 0.5, 2025-12-15"})
    void sessionsStartOnAMondayAtTheirShareOfThePastYear(LocalDate today, double share, LocalDate monday) {
        assertEquals(monday, DemoTrainingYear.start(today, share));
    }

    @Test
    void theAgencysPartnersParticipantsGainMostThoseWhoDidNotAttendLeast() {
        Random random = new Random(1);
        double partner = 0;
        double university = 0;
        double none = 0;
        for (int i = 0; i < 300; i++) {
            partner += DemoTrainingYear.reassessed(random, BigDecimal.valueOf(2), true).doubleValue() - 2;
            university += DemoTrainingYear.reassessed(random, BigDecimal.valueOf(2), false).doubleValue() - 2;
            none += DemoTrainingYear.reassessed(random, BigDecimal.valueOf(2), null).doubleValue() - 2;
        }
        assertTrue(partner > university && university > none, partner + " > " + university + " > " + none);
        assertEquals(new BigDecimal("5.00"), DemoTrainingYear.reassessed(new Random(2), new BigDecimal("5.00"), true));
    }
}
