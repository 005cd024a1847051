package id.asn.training.enrollment;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 13: an enrolment or an approval retried with its {@code Idempotency-Key} answers the first result. */
@QuarkusTest
class RetriedEnrollmentApiTest {

    private final Agency agency = new Agency("retried-enrollment");

    @Test
    void aRetriedEnrolmentAnswersTheFirstResultAndEnrolsOnce() throws SQLException {
        String nip = TestNips.pns();
        String other = TestNips.pns();
        agency.employees("u-1", null, nip, other);
        String program = agency.program(agency.institution(), Map.of());
        String sessionId = agency.session(program, 5, "NOMINATION", LocalDate.now().plusDays(10)).extract().path("id");
        String key = UUID.randomUUID().toString();

        String first = as(agency.hrAdmin).header("Idempotency-Key", key).body(Map.of("sessionId", sessionId, "nip", nip))
                .post("/api/v1/enrollments").then().statusCode(201).extract().asString();
        String retry = as(agency.hrAdmin).header("Idempotency-Key", key).body(Map.of("sessionId", sessionId, "nip", nip))
                .post("/api/v1/enrollments").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertThat(retry).isEqualTo(first);
        assertThat(enrolments(sessionId, nip)).isEqualTo(1);

        as(agency.hrAdmin).header("Idempotency-Key", key).body(Map.of("sessionId", sessionId, "nip", other))
                .post("/api/v1/enrollments").then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Idempotency-Key ini sudah dipakai untuk permintaan dengan isi berbeda."));
        assertThat(enrolments(sessionId, other)).isZero();
    }

    @Test
    void aRetriedCancellationAnswersTheFirstResultInsteadOfARefusal() {
        String nip = TestNips.pns();
        agency.employees("u-1", null, nip);
        String program = agency.program(agency.institution(), Map.of());
        String sessionId = agency.session(program, 5, "NOMINATION", LocalDate.now().plusDays(10)).extract().path("id");
        String enrollment = agency.nominate(sessionId, nip);
        String key = UUID.randomUUID().toString();
        String first = as(agency.hrAdmin).header("Idempotency-Key", key)
                .post("/api/v1/enrollments/" + enrollment + "/cancel").then().statusCode(200).extract().asString();
        as(agency.hrAdmin).header("Idempotency-Key", key)
                .post("/api/v1/enrollments/" + enrollment + "/cancel").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body(equalTo(first));
    }

    private long enrolments(String sessionId, String nip) throws SQLException {
        try (Connection connection = TestDatabase.superuser(); PreparedStatement query = connection.prepareStatement(
                "select count(*) from enrollment where session_id = ?::uuid and nip = ?")) {
            query.setString(1, sessionId);
            query.setString(2, nip);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
