package id.asn.appraisal.appraisal;

/** The jenjang (level) of a functional position, which sets its yearly angka kredit coefficient (docs/domain.md §3.10). */
public enum Jenjang {
    AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA, PEMULA, TERAMPIL, MAHIR, PENYELIA
}
