package id.asn.appraisal.appraisal;

/** The predikat kinerja the two ratings give (docs/domain.md §3.4); KURANG_MISCONDUCT is "Kurang/Misconduct". */
public enum Predikat {
    SANGAT_BAIK,
    BAIK,
    BUTUH_PERBAIKAN,
    KURANG_MISCONDUCT,
    SANGAT_KURANG
}
