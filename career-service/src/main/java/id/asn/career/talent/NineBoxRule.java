package id.asn.career.talent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The talent 9-box (docs/domain.md §4.3–§4.4). The numbering and the recommended actions are fixed; the kinerja
 * reading of a predikat, the weights of the potential score and its cut-offs are the agency's scheme of the year.
 */
public final class NineBoxRule {

    /** The kinerja axis, lowest first (the §3.4 ratings). */
    public enum Kinerja { DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI }

    /** The potential axis, lowest first. */
    public enum Potensial { RENDAH, MENENGAH, TINGGI }

    // rows: kinerja (di bawah, sesuai, di atas); columns: potensial (rendah, menengah, tinggi)
    private static final int[][] BOXES = {{1, 3, 6}, {2, 5, 8}, {4, 7, 9}};

    private static final Map<Integer, List<String>> ACTIONS = Map.of(
            9, List.of("Dipromosikan dan dipertahankan", "Kelompok Rencana Suksesi Instansi/Nasional", "Penghargaan"),
            8, List.of("Dipertahankan", "Kelompok Rencana Suksesi Instansi", "Rotasi/perluasan jabatan",
                    "Bimbingan kinerja"),
            7, List.of("Dipertahankan", "Kelompok Rencana Suksesi Instansi", "Rotasi/pengayaan jabatan",
                    "Pengembangan kompetensi", "Tugas belajar"),
            6, List.of("Penempatan yang sesuai", "Bimbingan kinerja", "Konseling kinerja"),
            5, List.of("Penempatan yang sesuai", "Bimbingan kinerja", "Pengembangan kompetensi"),
            4, List.of("Rotasi", "Pengembangan kompetensi"),
            3, List.of("Bimbingan kinerja", "Konseling kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"),
            2, List.of("Bimbingan kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"),
            1, List.of("Diproses sesuai ketentuan peraturan perundang-undangan"));

    /** The agency's scheme of one year: weights (summing to 1) and the lowest scores of MENENGAH and TINGGI. */
    public record Scheme(BigDecimal competencyWeight, BigDecimal trainingWeight, BigDecimal awardWeight,
                         BigDecimal mediumFrom, BigDecimal highFrom, BigDecimal yearlyJp,
                         Map<String, String> kinerjaByPredikat) {
    }

    /** What is known of one employee for a year: predikat, JPM (null if never assessed), JP, whether awarded. */
    public record Evidence(int year, String predikat, BigDecimal jpm, BigDecimal jp, boolean awarded) {
    }

    /** A placement and why. */
    public record Placement(int box, Kinerja kinerja, Potensial potensial, BigDecimal potentialScore,
                            String reason) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NineBoxRule() {
    }

    public static int box(Kinerja kinerja, Potensial potensial) {
        return BOXES[kinerja.ordinal()][potensial.ordinal()];
    }

    public static List<String> actions(int box) {
        return ACTIONS.get(box);
    }

    /** TINGGI from {@code highFrom}, MENENGAH from {@code mediumFrom}, both inclusive; RENDAH below. */
    public static Potensial potensial(BigDecimal score, BigDecimal mediumFrom, BigDecimal highFrom) {
        if (score.compareTo(highFrom) >= 0) {
            return Potensial.TINGGI;
        }
        return score.compareTo(mediumFrom) >= 0 ? Potensial.MENENGAH : Potensial.RENDAH;
    }

    /** Places one employee, or nothing when the predikat has no kinerja reading in the scheme. */
    public static Optional<Placement> place(Evidence e, Scheme s) {
        String rating = e.predikat() == null ? null : s.kinerjaByPredikat().get(e.predikat());
        if (rating == null) {
            return Optional.empty();
        }
        Kinerja kinerja = Kinerja.valueOf(rating);
        BigDecimal competency = e.jpm() == null ? BigDecimal.ZERO : e.jpm().min(HUNDRED);
        BigDecimal training = e.jp().multiply(HUNDRED).divide(s.yearlyJp(), 2, RoundingMode.HALF_UP).min(HUNDRED);
        BigDecimal award = e.awarded() ? HUNDRED : BigDecimal.ZERO;
        BigDecimal score = competency.multiply(s.competencyWeight()).add(training.multiply(s.trainingWeight()))
                .add(award.multiply(s.awardWeight())).setScale(2, RoundingMode.HALF_UP);
        Potensial potensial = potensial(score, s.mediumFrom(), s.highFrom());
        int box = box(kinerja, potensial);
        String reason = "kinerja " + kinerja + " from the " + e.year() + " annual predikat " + e.predikat()
                + "; potential " + score.toPlainString() + " = competency "
                + (e.jpm() == null ? "not assessed (0)" : "JPM " + competency.toPlainString()) + " × "
                + s.competencyWeight().toPlainString() + " + training " + e.jp().toPlainString() + " of "
                + s.yearlyJp().toPlainString() + " JP (" + training.toPlainString() + ") × "
                + s.trainingWeight().toPlainString() + " + award " + award.toPlainString() + " × "
                + s.awardWeight().toPlainString() + ", " + potensial + " (MENENGAH from "
                + s.mediumFrom().toPlainString() + ", TINGGI from " + s.highFrom().toPlainString() + "): box " + box;
        return Optional.of(new Placement(box, kinerja, potensial, score, reason));
    }
}
