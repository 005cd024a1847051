package id.asn.appraisal.appraisal;

/** A rating of hasil kerja or of perilaku kerja against the expectation (docs/domain.md §3.4). */
public enum Rating {
    DI_BAWAH_EKSPEKTASI,
    SESUAI_EKSPEKTASI,
    DI_ATAS_EKSPEKTASI
}
