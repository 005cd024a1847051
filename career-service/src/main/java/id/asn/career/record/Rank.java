package id.asn.career.record;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 17 PNS ranks (pangkat / golongan ruang) with their names and SAPK codes, docs/domain.md §5.1. PPPK hold
 * a golongan I–XVII instead ({@link #PPPK_GRADES}) and no PNS rank.
 */
public enum Rank {
    I_A("I/a", "Juru Muda", 11), I_B("I/b", "Juru Muda Tingkat I", 12), I_C("I/c", "Juru", 13),
    I_D("I/d", "Juru Tingkat I", 14),
    II_A("II/a", "Pengatur Muda", 21), II_B("II/b", "Pengatur Muda Tingkat I", 22), II_C("II/c", "Pengatur", 23),
    II_D("II/d", "Pengatur Tingkat I", 24),
    III_A("III/a", "Penata Muda", 31), III_B("III/b", "Penata Muda Tingkat I", 32), III_C("III/c", "Penata", 33),
    III_D("III/d", "Penata Tingkat I", 34),
    IV_A("IV/a", "Pembina", 41), IV_B("IV/b", "Pembina Tingkat I", 42), IV_C("IV/c", "Pembina Utama Muda", 43),
    IV_D("IV/d", "Pembina Utama Madya", 44), IV_E("IV/e", "Pembina Utama", 45);

    /** PPPK golongan (Perpres 98/2020 pay scale), docs/domain.md §5.1. */
    public static final List<String> PPPK_GRADES = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    private final String golongan;
    private final String pangkat;
    private final int code;

    Rank(String golongan, String pangkat, int code) {
        this.golongan = golongan;
        this.pangkat = pangkat;
        this.code = code;
    }

    public String golongan() {
        return golongan;
    }

    public String pangkat() {
        return pangkat;
    }

    public int code() {
        return code;
    }

    /** The next rank up, none above IV/e. */
    public Optional<Rank> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The rank written as on a decree ({@code III/a}). */
    public static Optional<Rank> of(String golongan) {
        return Arrays.stream(values()).filter(r -> r.golongan.equals(golongan)).findFirst();
    }

    /** The display name of a PNS rank or PPPK golongan, e.g. "Penata Muda (III/a)" or "PPPK golongan IX". */
    public static Optional<String> describe(String rank, boolean pppk) {
        if (pppk) {
            return PPPK_GRADES.contains(rank) ? Optional.of("PPPK golongan " + rank) : Optional.empty();
        }
        return of(rank).map(r -> r.pangkat + " (" + r.golongan + ")");
    }
}
