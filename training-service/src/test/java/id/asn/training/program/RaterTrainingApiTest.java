package id.asn.training.program;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A programme hr-admin marks as rater training, and the completion event that carries it (docs/domain.md §3.4.2). */
@QuarkusTest
class RaterTrainingApiTest {

    private final Agency agency = new Agency("rater-training");

    @Test
    void programmesAreNoRaterTrainingUntilHrAdminMarksThem() {
        String institution = agency.institution();
        String program = agency.program(institution, Map.of());
        as(agency.hrAdmin).get("/api/v1/programs/" + program).then().statusCode(200)
                .body("raterTraining", equalTo(false));

        as(agency.hrAdmin).body(Map.of("raterTraining", true)).put("/api/v1/programs/" + program + "/rater-training")
                .then().statusCode(200).body("raterTraining", equalTo(true));
        as(agency.hrAdmin).get("/api/v1/programs/" + program).then().body("raterTraining", equalTo(true));
        String marked = agency.program(institution, Map.of("raterTraining", true));
        as(agency.hrAdmin).get("/api/v1/programs/" + marked).then().body("raterTraining", equalTo(true));

        as(agency.hrAdmin).body(Map.of()).put("/api/v1/programs/" + program + "/rater-training").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("raterTraining"));
        as(agency.supervisorToken(TestNips.pns())).body(Map.of("raterTraining", false))
                .put("/api/v1/programs/" + program + "/rater-training").then().statusCode(403);
    }

    @Test
    void aCompletionOfARaterTrainingSaysSoInItsEvent() throws Exception {
        String rater = TestNips.pns();
        String other = TestNips.pns();
        agency.employees("u-rt", null, rater, other);
        String institution = agency.institution();
        String trained = agency.program(institution, Map.of("raterTraining", true));
        String plain = agency.program(institution, Map.of());

        try (TopicReader reader = TopicReader.of(Topics.TRAINING)) {
            complete(institution, trained, rater);
            complete(institution, plain, other);

            List<ConsumerRecord<String, String>> events = reader.await(r -> r.value().contains("asn.training.completed.v1")
                    && (r.key().equals(rater) || r.key().equals(other)), 2);
            events.forEach(e -> EventSchemaAssert.assertConforms(e.value()));
            for (ConsumerRecord<String, String> event : events) {
                JsonNode data = TestAgency.JSON.readTree(event.value()).get("data");
                assertThat(data.get("raterTraining").asBoolean()).as(event.key()).isEqualTo(event.key().equals(rater));
            }
        }
    }

    private void complete(String institution, String program, String nip) {
        JsonPath session = agency.session(program, 5, "NOMINATION", LocalDate.of(2026, 3, 2)).extract().jsonPath();
        agency.nominate(session.getString("id"), nip);
        String partner = agency.partnerToken(institution);
        as(partner).body(Map.of("rows", List.of(row("rt-" + nip, nip, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + session.getString("meetings[0].id")).then().statusCode(200);
        as(partner).post("/api/v1/sessions/" + session.getString("id") + "/completion").then().statusCode(200)
                .body("[0].status", equalTo("COMPLETED"));
    }
}
