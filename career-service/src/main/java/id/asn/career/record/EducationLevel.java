package id.asn.career.record;

import java.util.Locale;
import java.util.Optional;

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

    /** Reads the usual spellings ("S-1", "s1", "D-IV", "SMA") of master data; empty when unknown. */
    public static Optional<EducationLevel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "_")
                .replace("DIV", "D4").replace("DIII", "D3").replace("DII", "D2").replace("DI", "D1")
                .replace("SMA", "SLTA").replace("SMK", "SLTA_KEJURUAN").replace("SMP", "SLTP");
        try {
            return Optional.of(valueOf(key));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
