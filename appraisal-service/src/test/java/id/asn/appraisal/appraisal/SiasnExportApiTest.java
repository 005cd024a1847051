package id.asn.appraisal.appraisal;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.asn.appraisal.support.Agency;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The SIASN export (docs/domain.md §3.3): finalized annual results as {@code skp22}, periodic ones as
 * {@code kinerjaperiodik}, in SIASN's field names with the configured codes, as JSON pages and as CSV.
 */
@QuarkusTest
class SiasnExportApiTest {

    private final Agency agency = new Agency("siasn-export");

    @Test
    void exportsFinalizedResultsInSiasnFieldNamesAsJsonAndCsv() throws IOException {
        String rater = TestNips.pns();
        String good = TestNips.pns();
        String weak = TestNips.pns();
        String open = TestNips.pns();
        agency.employees("u-siasn", null, rater);
        agency.employees("u-siasn", rater, good, weak, open);
        String period = agency.period(2026);
        String goodPlan = agency.lockedPlan(period, good, rater);
        agency.finalized(agency.appraisal(goodPlan, rater), rater, "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        agency.finalized(agency.appraisal(agency.lockedPlan(period, weak, rater), rater), rater,
                "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        agency.appraisal(agency.lockedPlan(period, open, rater), rater);
        String quarter = as(agency.supervisorToken(rater)).body(Map.of("planId", goodPlan, "periodType", "PERIODIC",
                "periodNumber", 2)).post("/api/v1/appraisals").then().statusCode(201).extract().path("id");
        agency.finalized(quarter, rater, "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");

        // default codes: 1 Di Atas, 2 Sesuai, 3 Di Bawah; kuadran 1 Sangat Baik ... 5 Sangat Kurang
        as(agency.hrAdmin).get("/api/v1/siasn-exports/skp22?periodId=" + period + "&size=1").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("items.size()", equalTo(1));
        var skp22 = as(agency.hrAdmin).get("/api/v1/siasn-exports/skp22?periodId=" + period).then().statusCode(200)
                .extract().jsonPath();
        assertThat(skp22.getList("items.nip")).containsExactlyElementsOf(List.of(good, weak).stream().sorted().toList());
        Map<String, Object> row = skp22.getMap("items.find { it.nip == '" + good + "' }");
        assertThat(row).containsEntry("tahun", 2026).containsEntry("hasilKinerjaNilai", 1)
                .containsEntry("perilakuKerjaNilai", 2).containsEntry("kuadranKinerjaNilai", 2)
                .containsEntry("penilaiNipNrp", rater).containsEntry("penilaiNama", "Pegawai " + rater.substring(12))
                .containsEntry("penilaiUnorNama", "Unit u-siasn").containsEntry("statusPenilai", "ASN")
                .containsEntry("penilaiGolongan", "III/a").containsEntry("penilaiJabatan", null)
                .containsEntry("pnsDinilaiOrang", null);
        assertThat(skp22.getMap("items.find { it.nip == '" + weak + "' }"))
                .containsEntry("hasilKinerjaNilai", 3).containsEntry("kuadranKinerjaNilai", 3);

        as(agency.hrAdmin).get("/api/v1/siasn-exports/kinerjaperiodik?periodId=" + period).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].nip", equalTo(good))
                .body("items[0].bulanMulaiPenilaian", equalTo(4)).body("items[0].bulanSelesaiPenilaian", equalTo(6))
                .body("items[0].tahunMulaiPenilaian", equalTo(2026)).body("items[0].tahunSelesaiPenilaian", equalTo(2026))
                .body("items[0].hasilKinerjaNilai", equalTo(2)).body("items[0].perilakuKerjaNilai", equalTo(1))
                .body("items[0].kuadranKinerjaNilai", equalTo(2)).body("items[0].periodikId", nullValue());

        String csv = as(agency.hrAdmin).accept("text/csv").get("/api/v1/siasn-exports/skp22.csv?periodId=" + period)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<CSVRecord> records = parse(csv);
        assertThat(records).extracting(r -> r.get("nip")).containsExactlyElementsOf(List.of(good, weak).stream().sorted().toList());
        CSVRecord first = records.stream().filter(r -> r.get("nip").equals(good)).findFirst().orElseThrow();
        assertThat(first.toMap()).containsEntry("hasilKinerjaNilai", "1").containsEntry("kuadranKinerjaNilai", "2")
                .containsEntry("penilaiNipNrp", rater).containsEntry("statusPenilai", "ASN")
                .containsEntry("penilaiJabatan", "");
        assertThat(parse(csv).get(0).getParser().getHeaderNames()).isEqualTo(SiasnViews.SKP22_COLUMNS);

        String periodic = as(agency.hrAdmin).accept("text/csv")
                .get("/api/v1/siasn-exports/kinerjaperiodik.csv?periodId=" + period).then().statusCode(200)
                .extract().asString();
        assertThat(parse(periodic)).singleElement().satisfies(r -> assertThat(r.toMap())
                .containsEntry("nip", good).containsEntry("bulanMulaiPenilaian", "4").containsEntry("tahun", "2026"));
    }

    @Test
    void onlyHrAdminOfTheAgencyExportsAndThePeriodIsRequired() {
        String period = agency.period(2027);
        as(agency.hrAdmin).get("/api/v1/siasn-exports/skp22").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("periodId"));
        as(agency.hrAdmin).accept("text/csv").get("/api/v1/siasn-exports/skp22.csv?periodId=" + period)
                .then().statusCode(200);
        as(new Agency("siasn-export-other").hrAdmin).accept("text/csv")
                .get("/api/v1/siasn-exports/kinerjaperiodik.csv?periodId=" + period).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
