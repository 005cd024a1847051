package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.asn.localstack.DemoPerformance.Appraisee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoPerformanceTest {

    private static final String SUPERVISOR = "197612302003121001";
    private static final String EMPLOYEE = "199502092019031001";
    private final DemoWorkforce workforce = DemoWorkforce.of("sawahlunto", SUPERVISOR, EMPLOYEE);

    @Test
    void theDemoSupervisorsUnitIsPublishedWithTheDemoEmployeeWeakAndTheStrongInThePoolBoxes() {
        Map<String, BigDecimal> jpm = new HashMap<>();
        List<DemoWorkforce.Person> reports = workforce.people().stream()
                .filter(p -> SUPERVISOR.equals(p.supervisorNip()) && !p.nip().equals(EMPLOYEE)).toList();
        jpm.put(reports.get(0).nip(), new BigDecimal("104.00"));
        jpm.put(reports.get(1).nip(), new BigDecimal("99.99"));

        List<Appraisee> cast = DemoPerformance.cast(workforce, SUPERVISOR, EMPLOYEE, jpm, 2026, true);
        List<Appraisee> published = cast.stream().filter(Appraisee::published).toList();

        assertEquals(10, published.size());
        assertTrue(published.stream().allMatch(a -> a.raterNip().equals(SUPERVISOR)));
        // Di Bawah hasil kerja, Sesuai perilaku: Butuh Perbaikan (docs/domain.md §3.5), the result objected to
        assertEquals(EMPLOYEE, published.get(0).person().nip());
        assertEquals("DI_BAWAH_EKSPEKTASI", published.get(0).hasil());
        assertEquals("SESUAI_EKSPEKTASI", published.get(0).perilaku());
        Appraisee strong = byNip(cast, reports.get(0).nip());
        assertEquals("DI_ATAS_EKSPEKTASI", strong.hasil());
        assertEquals("DI_ATAS_EKSPEKTASI", strong.perilaku());
        assertEquals("SESUAI_EKSPEKTASI", byNip(cast, reports.get(1).nip()).hasil());
        // rank decrees: four years back (eligible on the next 1 April if the rest holds) and recent ones
        assertTrue(published.stream().anyMatch(a -> LocalDate.of(2022, 4, 1).equals(a.rankTmt())));
        assertTrue(published.stream().anyMatch(a -> LocalDate.of(2025, 10, 1).equals(a.rankTmt())));
    }

    @Test
    void twoOtherUnitsAreRatedByTheirHeadsAndNotPublished() {
        List<Appraisee> rated = DemoPerformance.cast(workforce, SUPERVISOR, EMPLOYEE, Map.of(), 2026, true).stream()
                .filter(a -> !a.published()).toList();

        assertEquals(8, rated.size());
        for (String position : DemoPerformance.RATED_POSITIONS) {
            List<Appraisee> unit = rated.stream().filter(a -> a.person().positionCode().equals(position)).toList();
            assertEquals(4, unit.size(), position);
            String head = workforce.people().stream()
                    .filter(p -> p.positionCode().equals(position.replaceAll("-[A-Z]+$", "-KEPALA")))
                    .findFirst().orElseThrow().nip();
            assertTrue(unit.stream().allMatch(a -> a.raterNip().equals(head)), position);
        }
    }

    @Test
    void withoutStaffTokensOnlyTheDemoEmployeeIsAppraised() {
        List<Appraisee> cast = DemoPerformance.cast(workforce, SUPERVISOR, EMPLOYEE, Map.of(), 2026, false);

        assertEquals(List.of(EMPLOYEE), cast.stream().map(a -> a.person().nip()).toList());
        assertTrue(cast.get(0).published());
    }

    @ParameterizedTest
    @CsvSource({"III/b, III/a", "IV/a, III/d", "II/a, I/d"})
    void thePreviousRankIsTheOneBelow(String rank, String previous) {
        assertEquals(Optional.of(previous), DemoPerformance.previousRank(rank));
    }

    @ParameterizedTest
    @CsvSource({"I/a", "IX"})
    void theLowestRankAndPppkGolonganHaveNoPreviousRank(String rank) {
        assertFalse(DemoPerformance.previousRank(rank).isPresent());
    }

    private static Appraisee byNip(List<Appraisee> cast, String nip) {
        return cast.stream().filter(a -> a.person().nip().equals(nip)).findFirst().orElseThrow();
    }
}
