package id.asn.training.support;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.awaitility.Awaitility.await;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestAgency;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;

/**
 * The training side of a test agency: the platform's {@link TestAgency} (tenant, tokens, events) plus what
 * training tests set up through the API the way users would, employees arriving as asn.employee events.
 */
public final class Agency {

    private final TestAgency agency;
    public final String tenant;
    public final String hrAdmin;

    public Agency(String name) {
        this.agency = new TestAgency(name);
        this.tenant = agency.tenant;
        this.hrAdmin = agency.caller().roles(Roles.HR_ADMIN).subject("hr-" + tenant).sign();
    }

    public String employeeToken(String nip) {
        return agency.tokenFor(nip, Roles.EMPLOYEE);
    }

    public String supervisorToken(String nip) {
        return agency.tokenFor(nip, Roles.EMPLOYEE, Roles.SUPERVISOR);
    }

    public String partnerToken(String institutionId) {
        return agency.partnerToken(institutionId, Roles.TRAINING_PARTNER);
    }

    /** Publishes an event of this agency as its producing service would. */
    public <T> String publish(EventType<T> type, String nip, T data) {
        return agency.publish(type, nip, data);
    }

    public <T> void publish(String eventId, EventType<T> type, String nip, T data) {
        agency.publish(eventId, type, nip, data);
    }

    /** Registers employees (event from competency-service) and waits until training-service knows them. */
    public void employees(String unitId, String supervisorNip, String... nips) {
        for (String nip : nips) {
            publish(EventTypes.EMPLOYEE_REGISTERED, nip, new EmployeeRegisteredV1(snapshot(nip, unitId, supervisorNip)));
        }
        for (String nip : nips) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    as(hrAdmin).get("/api/v1/jp-ledger/" + nip).statusCode() == 200);
        }
    }

    public static EmployeeSnapshot snapshot(String nip, String unitId, String supervisorNip) {
        return new EmployeeSnapshot(nip, "Pegawai " + nip.substring(12), "PNS", "FEMALE", LocalDate.of(1990, 3, 15),
                unitId, "Unit " + unitId, null, null, "PELAKSANA", supervisorNip, "III/a", "S1", null, true);
    }

    public String institution() {
        return as(hrAdmin).body(Map.of("name", "Lembaga " + UUID.randomUUID(), "kind", "GOVERNMENT"))
                .post("/api/v1/institutions").then().statusCode(201).extract().path("id");
    }

    /** A programme; {@code options} override the defaults (no fixed JP, no post-test, cost 1,000,000). */
    public String program(String institutionId, Map<String, Object> options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Program " + UUID.randomUUID().toString().substring(0, 6));
        body.put("developmentPath", "PELATIHAN_KLASIKAL");
        body.put("form", "PELATIHAN_TEKNIS");
        body.put("institutionId", institutionId);
        body.put("costPerParticipant", 1_000_000);
        body.put("postTestRequired", false);
        body.put("competencies", List.of(Map.of("competencyCode", "M5", "targetLevel", 3)));
        body.putAll(options);
        return as(hrAdmin).body(body).post("/api/v1/programs").then().statusCode(201).extract().path("id");
    }

    /** A session whose meetings are on {@code dates}, 08:00-15:30 each (10 JP a day at 45 minutes). */
    public ValidatableResponse session(String programId, int capacity, String mode, LocalDate... dates) {
        List<Map<String, Object>> meetings = new ArrayList<>();
        for (LocalDate date : dates) {
            meetings.add(Map.of("date", date.toString(), "start", "08:00", "end", "15:30", "mode", "IN_PERSON",
                    "location", "Aula"));
        }
        return as(hrAdmin).body(Map.of("programId", programId, "name", "Angkatan " + UUID.randomUUID().toString()
                        .substring(0, 4), "capacity", capacity, "enrollmentMode", mode, "mandatory", false,
                        "meetings", meetings))
                .post("/api/v1/sessions").then().statusCode(201);
    }

    public String nominate(String sessionId, String nip) {
        return as(hrAdmin).body(Map.of("sessionId", sessionId, "nip", nip)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
    }

    /** A JSON number equal in value to {@code expected}, whatever its scale (50, 50.0 and 50.00 alike). */
    public static Matcher<Object> num(String expected) {
        return new CustomMatcher<>("a number equal to " + expected) {
            @Override
            public boolean matches(Object item) {
                return item instanceof Number n && new BigDecimal(n.toString()).compareTo(new BigDecimal(expected)) == 0;
            }
        };
    }

    public static Map<String, Object> row(String externalId, String nip, String status) {
        return Map.of("externalId", externalId, "nip", nip, "status", status);
    }
}
