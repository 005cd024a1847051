package id.asn.appraisal.organisation;

/** The capaian kinerja organisasi of a unit in a period, best to worst (docs/domain.md §3.5). */
public enum Capaian {
    ISTIMEWA,
    BAIK,
    BUTUH_PERBAIKAN,
    KURANG,
    SANGAT_KURANG
}
