package id.asn.career.merit;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.events.training.TrainingCompletionCorrectedV1;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 6 on the real broker: a training's completion corrected after its session was reopened is applied
 * once, whether the correction is delivered twice, resent under a new event id, or overtaken by an older event;
 * the highest revision per enrolment counts (docs/events.md, asn.training.completion-corrected.v1).
 */
@QuarkusTest
class TrainingCorrectionApiTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final int YEAR = TODAY.getYear();

    private final Agency agency = new Agency("training-correction");

    @Test
    void aCorrectionCountsOnceAndTheHighestRevisionWins() {
        String corrected = TestNips.pns();
        String other = TestNips.pns();
        agency.employees(null, corrected, other);
        String enrollment = "enr-" + corrected;
        TrainingCompletedV1 original = new TrainingCompletedV1(enrollment, corrected, "prog-1", "Pelatihan Teknis",
                "PELATIHAN_KLASIKAL", "BPSDM", List.of(), new BigDecimal("20"), TODAY.withDayOfYear(1),
                TODAY.withDayOfYear(2), "CERT-1", false);
        agency.publish(EventTypes.TRAINING_COMPLETED, corrected, original);
        awaitJpCompliance("1/2");

        String withdrawal = UUID.randomUUID().toString();
        agency.publish(withdrawal, EventTypes.TRAINING_COMPLETION_CORRECTED, corrected, correction(enrollment,
                corrected, 2, false));
        awaitJpCompliance("0/2");

        // delivered again, resent under a new id, and the original completion arriving once more: nothing changes
        agency.publish(withdrawal, EventTypes.TRAINING_COMPLETION_CORRECTED, corrected, correction(enrollment,
                corrected, 2, false));
        agency.publish(EventTypes.TRAINING_COMPLETION_CORRECTED, corrected, correction(enrollment, corrected, 2,
                false));
        agency.publish(EventTypes.TRAINING_COMPLETED, corrected, original);
        TopicReader.awaitConsumed("career-service", Topics.TRAINING);
        assertThat(jpCompliance()).isEqualTo("0/2");

        // given again (revision 3); the withdrawal it overtook, arriving late, changes nothing
        agency.publish(EventTypes.TRAINING_COMPLETION_CORRECTED, corrected, correction(enrollment, corrected, 3,
                true));
        awaitJpCompliance("1/2");
        agency.publish(EventTypes.TRAINING_COMPLETION_CORRECTED, corrected, correction(enrollment, corrected, 2,
                false));
        TopicReader.awaitConsumed("career-service", Topics.TRAINING);
        assertThat(jpCompliance()).isEqualTo("1/2");
    }

    private static TrainingCompletionCorrectedV1 correction(String enrollment, String nip, int revision,
                                                            boolean completed) {
        return new TrainingCompletionCorrectedV1(enrollment, nip, revision, completed, "prog-1", "Pelatihan Teknis",
                "PELATIHAN_KLASIKAL", "BPSDM", List.of(), completed ? new BigDecimal("20") : BigDecimal.ZERO,
                TODAY.withDayOfYear(1), completed ? TODAY.withDayOfYear(2) : null, completed ? "CERT-1R" : null,
                completed ? null : "CERT-1", "Daftar hadir manual diterima", false);
    }

    private String jpCompliance() {
        JsonPath figures = as(agency.hrAdmin).get("/api/v1/merit-figures?year=" + YEAR).then().statusCode(200)
                .extract().jsonPath();
        return figures.getString("figures.find { it.figure == 'JP_COMPLIANCE' }.numerator") + "/"
                + figures.getString("figures.find { it.figure == 'JP_COMPLIANCE' }.denominator");
    }

    private void awaitJpCompliance(String expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jpCompliance()).isEqualTo(expected));
    }
}
