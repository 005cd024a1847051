package id.asn.career.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Diplomas with the highest rank regular promotion can reach with them (docs/domain.md §5.2.2, PP 99/2000 jo
 * PP 12/2002). {@code tier} orders them so that the highest diploma of a history can be chosen.
 */
public enum EducationLevel {
    SD(1, Rank.II_A), SLTP(2, Rank.II_C), SLTP_KEJURUAN(3, Rank.II_D), SLTA(4, Rank.III_B),
    SLTA_KEJURUAN(4, Rank.III_B), D1(5, Rank.III_B), D2(6, Rank.III_B), SGPLB(7, Rank.III_C),
    SARJANA_MUDA(8, Rank.III_C), D3(8, Rank.III_C), AKADEMI(8, Rank.III_C), BAKALOREAT(8, Rank.III_C),
    S1(9, Rank.III_D), D4(9, Rank.III_D), DOKTER(10, Rank.IV_A), APOTEKER(10, Rank.IV_A), S2(10, Rank.IV_A),
    SPESIALIS_1(10, Rank.IV_A), S3(11, Rank.IV_B), SPESIALIS_2(11, Rank.IV_B);

    private final int tier;
    private final Rank ceiling;

    EducationLevel(int tier, Rank ceiling) {
        this.tier = tier;
        this.ceiling = ceiling;
    }

    public int tier() {
        return tier;
    }

    /** The highest rank regular promotion reaches with this diploma. */
    public Rank ceiling() {
        return ceiling;
    }

    // the other names master data uses, word by word (Magister is S-2 and Doktor S-3 in docs/domain.md §5.2.2;
    // Doktor is not Dokter)
    private static final Map<String, String> ALIASES = Map.of("DIV", "D4", "DIII", "D3", "DII", "D2", "DI", "D1",
            "SMA", "SLTA", "SMK", "SLTA_KEJURUAN", "SMP", "SLTP", "MAGISTER", "S2", "DOKTOR", "S3");

    /**
     * Reads the usual spellings ("S-1", "s1", "D-IV", "SMA") of master data, also followed by the major as the
     * import sends them ("S1 Psikologi", "D3 Akuntansi", "Sarjana Muda Hukum"): the level is the leading one or two
     * words, the longer reading first. Empty when no level leads ("Diploma Akuntansi", "Paket C"), so an unreadable diploma
     * stays an unknown ceiling rather than a guessed one.
     */
    public static Optional<EducationLevel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] words = text.trim().toUpperCase(Locale.ROOT).replace("-", "").split("[\\s,/()]+");
        for (int n = Math.min(2, words.length); n >= 1; n--) {
            String key = Arrays.stream(words, 0, n).map(w -> ALIASES.getOrDefault(w, w))
                    .collect(Collectors.joining("_"));
            try {
                return Optional.of(valueOf(key));
            } catch (IllegalArgumentException notALevel) {
                // a shorter leading run may still name the level
            }
        }
        return Optional.empty();
    }
}
