package id.asn.appraisal.appraisal;

/**
 * The predikat matrix of PermenPANRB 6/2022 (docs/domain.md §3.4), exact in all nine cells: hasil kerja Di Bawah
 * gives Sangat Kurang with perilaku Di Bawah and Butuh Perbaikan otherwise; otherwise perilaku Di Bawah gives
 * Kurang/Misconduct (behaviour failure dominates); both Di Atas give Sangat Baik; everything else Baik.
 */
public final class PredikatRule {

    private PredikatRule() {
    }

    public static Predikat predikat(Rating hasilKerja, Rating perilakuKerja) {
        if (hasilKerja == Rating.DI_BAWAH_EKSPEKTASI) {
            return perilakuKerja == Rating.DI_BAWAH_EKSPEKTASI ? Predikat.SANGAT_KURANG : Predikat.BUTUH_PERBAIKAN;
        }
        if (perilakuKerja == Rating.DI_BAWAH_EKSPEKTASI) {
            return Predikat.KURANG_MISCONDUCT;
        }
        return hasilKerja == Rating.DI_ATAS_EKSPEKTASI && perilakuKerja == Rating.DI_ATAS_EKSPEKTASI
                ? Predikat.SANGAT_BAIK : Predikat.BAIK;
    }
}
