package id.asn.appraisal.appraisal;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of the SIASN export (docs/domain.md §3.3), named as SIASN's {@code skp22} and {@code kinerjaperiodik}
 * services name their fields; {@code nip} is ours, the key by which the integration finds SIASN's
 * {@code pnsDinilaiOrang}. The fields this service does not hold (the rater's golongan and jabatan, SIASN's own ids)
 * are null for the integration to fill.
 */
public final class SiasnViews {

    /** The CSV columns of {@code skp22}, in order. */
    public static final List<String> SKP22_COLUMNS = List.of("nip", "tahun", "hasilKinerjaNilai",
            "perilakuKerjaNilai", "kuadranKinerjaNilai", "penilaiNipNrp", "penilaiNama", "penilaiUnorNama",
            "penilaiGolongan", "penilaiJabatan", "statusPenilai", "pnsDinilaiOrang");

    /** The CSV columns of {@code kinerjaperiodik}, in order. */
    public static final List<String> KINERJA_PERIODIK_COLUMNS = List.of("nip", "tahun", "bulanMulaiPenilaian",
            "bulanSelesaiPenilaian", "tahunMulaiPenilaian", "tahunSelesaiPenilaian", "periodikId", "koefisienId",
            "hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai", "penilaiNipNrp", "penilaiNama",
            "penilaiUnorNama", "penilaiGolongan", "penilaiJabatan", "statusPenilai", "pnsDinilaiOrang");

    private SiasnViews() {
    }

    /** One finalized annual result as SIASN's {@code skp22} takes it. */
    public record Skp22(String nip, int tahun, int hasilKinerjaNilai, int perilakuKerjaNilai, int kuadranKinerjaNilai,
                        String penilaiNipNrp, String penilaiNama, String penilaiUnorNama, String penilaiGolongan,
                        String penilaiJabatan, String statusPenilai, String pnsDinilaiOrang) {
        List<Object> cells() {
            return Arrays.asList(nip, tahun, hasilKinerjaNilai, perilakuKerjaNilai, kuadranKinerjaNilai,
                    penilaiNipNrp, penilaiNama, penilaiUnorNama, penilaiGolongan, penilaiJabatan, statusPenilai,
                    pnsDinilaiOrang);
        }
    }

    /** One finalized periodic result as SIASN's {@code kinerjaperiodik} takes it. */
    public record KinerjaPeriodik(String nip, int tahun, int bulanMulaiPenilaian, int bulanSelesaiPenilaian,
                                  int tahunMulaiPenilaian, int tahunSelesaiPenilaian, String periodikId,
                                  String koefisienId, int hasilKinerjaNilai, int perilakuKerjaNilai,
                                  int kuadranKinerjaNilai, String penilaiNipNrp, String penilaiNama,
                                  String penilaiUnorNama, String penilaiGolongan, String penilaiJabatan,
                                  String statusPenilai, String pnsDinilaiOrang) {
        List<Object> cells() {
            return Arrays.asList(nip, tahun, bulanMulaiPenilaian, bulanSelesaiPenilaian,
                    tahunMulaiPenilaian, tahunSelesaiPenilaian, periodikId, koefisienId, hasilKinerjaNilai,
                    perilakuKerjaNilai, kuadranKinerjaNilai, penilaiNipNrp, penilaiNama, penilaiUnorNama,
                    penilaiGolongan, penilaiJabatan, statusPenilai, pnsDinilaiOrang);
        }
    }
}
