package id.asn.career.award;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** docs/domain.md §5.6 on the real database and broker: Satyalancana at 9 years 11 months and at 10 years. */
@QuarkusTest
class AwardApiTest {

    private final Agency agency = new Agency("award");

    private static Map<String, Object> satyalancanaX(String nip, String on) {
        return Map.of("nip", nip, "awardType", "SATYALANCANA_KARYA_SATYA_X", "grantedOn", on,
                "decreeNumber", "Keppres " + on);
    }

    @Test
    void tenYearsOfServiceEarnTheXOnceAndNotAMonthEarly() {
        // in service since 2015-03-01 (the snapshot's TMT)
        String nip = TestNips.pns();
        agency.employees(null, nip);
        as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/satyalancana?on=2025-02-01").then().statusCode(200)
                .body("steps[0].eligible", equalTo(false)).body("steps[0].reachedOn", equalTo("2025-03-01"));
        as(agency.hrAdmin).body(satyalancanaX(nip, "2025-02-01")).post("/api/v1/awards").then().statusCode(422);

        try (TopicReader reader = TopicReader.of(Topics.CAREER)) {
            String key = UUID.randomUUID().toString();
            String id = as(agency.hrAdmin).header("Idempotency-Key", key).body(satyalancanaX(nip, "2025-03-01"))
                    .post("/api/v1/awards").then().statusCode(201).body("awardType",
                            equalTo("SATYALANCANA_KARYA_SATYA_X")).extract().path("id");
            // a retry with the same key answers the first grant without granting twice
            as(agency.hrAdmin).header("Idempotency-Key", key).body(satyalancanaX(nip, "2025-03-01"))
                    .post("/api/v1/awards").then().statusCode(201).body("id", equalTo(id));
            as(agency.hrAdmin).body(satyalancanaX(nip, "2025-04-01")).post("/api/v1/awards").then().statusCode(409);

            List<ConsumerRecord<String, String>> events = reader.await(r -> nip.equals(r.key())
                    && r.value().contains(EventTypes.CAREER_AWARD_GRANTED.name()), 1);
            EventSchemaAssert.assertConforms(events.get(0).value());
            assertThat(TopicReader.json(events.get(0).value()).path("data").path("grantedOn").asText())
                    .isEqualTo("2025-03-01");
        }
        as(agency.employeeToken(nip)).get("/api/v1/awards").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aMediumSanctionPushesTheTenYearsOnAndALightOneDoesNot() {
        String nip = TestNips.pns();
        agency.employees(null, nip);
        as(agency.hrAdmin).body(Map.of("level", "SEDANG", "description", "Penurunan pangkat setingkat",
                "startsOn", "2020-01-01", "endsOn", "2020-12-31")).post("/api/v1/careers/" + nip + "/sanctions")
                .then().statusCode(201);
        as(agency.hrAdmin).body(Map.of("level", "RINGAN", "description", "Teguran tertulis",
                "startsOn", "2022-01-01", "endsOn", "2022-01-31")).post("/api/v1/careers/" + nip + "/sanctions")
                .then().statusCode(201);
        // 2020 had 366 days: ten years on 2026-03-02 instead of 2025-03-01
        as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/satyalancana?on=2026-03-01").then()
                .body("excludedDays", equalTo(366)).body("steps[0].reachedOn", equalTo("2026-03-02"))
                .body("steps[0].eligible", equalTo(false));
        as(agency.hrAdmin).body(satyalancanaX(nip, "2026-03-01")).post("/api/v1/awards").then().statusCode(422);
        as(agency.hrAdmin).body(satyalancanaX(nip, "2026-03-02")).post("/api/v1/awards").then().statusCode(201);
        as(agency.hrAdmin).body(Map.of("nip", nip, "awardType", "INOVASI", "grantedOn", "2026-08-17"))
                .post("/api/v1/awards").then().statusCode(201);
        as(agency.hrAdmin).body(Map.of("nip", "123", "awardType", "INOVASI", "grantedOn", "2026-08-17"))
                .post("/api/v1/awards").then().statusCode(400).body("errors[0].field", equalTo("nip"));
    }
}
