package id.asn.training.result;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.row;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a completion that outlived the gateway's timeout committed, and the client's retry could not learn the
 * outcome. With an {@code Idempotency-Key} the retry gets the first answer, and nothing is credited twice.
 */
@QuarkusTest
class RetriedCompletionApiTest {

    private final Agency agency = new Agency("retried-completion");

    @Test
    void aRetriedCompletionGetsTheFirstAnswerAndCreditsOnce() throws SQLException {
        String ani = TestNips.pns();
        String budi = TestNips.pns();
        String citra = TestNips.pns();
        agency.employees("u-1", null, ani, budi, citra);
        String institution = agency.institution();
        String partner = agency.partnerToken(institution);
        String program = agency.program(institution, Map.of());
        var session = agency.session(program, 10, "NOMINATION", LocalDate.of(2026, 2, 2)).extract().jsonPath();
        String sessionId = session.getString("id");
        for (String nip : List.of(ani, budi, citra)) {
            agency.nominate(sessionId, nip);
        }
        as(partner).body(Map.of("rows", List.of(row("r-1", ani, "PRESENT"), row("r-2", budi, "HADIR"),
                        row("r-3", citra, "ALPA"))))
                .post("/api/v1/attendance/meetings/" + session.getList("meetings.id").get(0)).then().statusCode(200);

        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = as(partner).header("Idempotency-Key", key)
                .post("/api/v1/sessions/" + sessionId + "/completion").then().statusCode(200).extract();
        assertThat(first.jsonPath().getList("status")).containsExactlyInAnyOrder("COMPLETED", "COMPLETED",
                "NOT_COMPLETED");
        ExtractableResponse<Response> retry = as(partner).header("Idempotency-Key", key)
                .post("/api/v1/sessions/" + sessionId + "/completion").then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract();

        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(count("select count(*) from certificate c join enrollment e on e.id = c.enrollment_id "
                + "where e.session_id = ?::uuid", sessionId)).isEqualTo(2);
        assertThat(count("select count(*) from jp_ledger_entry l join enrollment e on e.id = l.enrollment_id "
                + "where e.session_id = ?::uuid", sessionId)).isEqualTo(2);
        assertThat(count("select count(*) from follow_up f join enrollment e on e.id = f.enrollment_id "
                + "where e.session_id = ?::uuid", sessionId)).isEqualTo(2);
        // no unique constraint guards the outbox: a second run would have written a second event per completion
        assertThat(count("select count(*) from outbox_event where type = 'asn.training.completed.v1' "
                + "and payload -> 'data' ->> 'programId' = ?", program)).isEqualTo(2);
    }

    @Test
    void theSameKeyForAnotherSessionIsAnotherOperation() {
        String institution = agency.institution();
        String partner = agency.partnerToken(institution);
        String program = agency.program(institution, Map.of());
        String ahead = agency.session(program, 5, "NOMINATION", LocalDate.now().plusDays(3)).extract().path("id");
        String alsoAhead = agency.session(program, 5, "NOMINATION", LocalDate.now().plusDays(4)).extract().path("id");
        String key = UUID.randomUUID().toString();
        // a refused first attempt keeps no key, and the key's scope is the session it was sent for
        as(partner).header("Idempotency-Key", key).post("/api/v1/sessions/" + ahead + "/completion")
                .then().statusCode(422);
        as(partner).header("Idempotency-Key", key).post("/api/v1/sessions/" + alsoAhead + "/completion")
                .then().statusCode(422);
        as(partner).header("Idempotency-Key", key).post("/api/v1/sessions/" + ahead + "/completion")
                .then().statusCode(422).header("Idempotent-Replayed", (String) null);
    }

    private long count(String sql, String value) throws SQLException {
        try (Connection connection = TestDatabase.superuser(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
