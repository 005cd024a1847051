package id.asn.competency.position;

/** Jenis/jenjang jabatan (docs/domain.md §8.1, §5.1): structural classes, pelaksana, and the JF jenjang. */
public enum PositionClass {
    JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA,
    JF_AHLI_PERTAMA, JF_AHLI_MUDA, JF_AHLI_MADYA, JF_AHLI_UTAMA,
    JF_PEMULA, JF_TERAMPIL, JF_MAHIR, JF_PENYELIA
}
