package id.asn.career.succession;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Succession (docs/domain.md §4.5, §5.5): the pool is the configured boxes (7, 8, 9); anyone within the exclusion
 * window of their retirement age is left out; candidates rank by box, then job fit (unknown last), then kinerja,
 * then the potential score.
 */
public final class SuccessionRule {

    /** One person considered: box and kinerja of the latest placement, birth date, the retirement age of the class. */
    public record Person(String nip, int box, String kinerja, BigDecimal potentialScore, LocalDate birthDate,
                         int retirementAge, BigDecimal jobFit) {
    }

    private static final List<String> KINERJA = List.of("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI",
            "DI_ATAS_EKSPEKTASI");

    public static final Comparator<Person> RANKING = Comparator
            .comparingInt(Person::box).reversed()
            .thenComparing(Person::jobFit, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()).reversed())
            .thenComparing(p -> KINERJA.indexOf(p.kinerja()), Comparator.reverseOrder())
            .thenComparing(Person::potentialScore, Comparator.reverseOrder())
            .thenComparing(Person::nip);

    private SuccessionRule() {
    }

    /** The day the person reaches retirement age, when the birth date is known. */
    public static Optional<LocalDate> retiresOn(Person p) {
        return Optional.ofNullable(p.birthDate()).map(b -> b.plusYears(p.retirementAge()));
    }

    /** Why the person is left out of the pool on {@code on}, if they are. */
    public static Optional<String> exclusion(Person p, List<Integer> poolBoxes, java.time.Period window,
                                             LocalDate on) {
        if (!poolBoxes.contains(p.box())) {
            return Optional.of("box " + p.box() + " is not in the succession pool " + poolBoxes);
        }
        return retiresOn(p).filter(r -> !on.plus(window).isBefore(r))
                .map(r -> "reaches retirement age " + p.retirementAge() + " on " + r + ", within " + window);
    }

    /** The readiness label of a box (local policy, configured). */
    public static String readiness(int box, Map<Integer, String> labels) {
        return labels.getOrDefault(box, "BUKAN_KANDIDAT");
    }
}
