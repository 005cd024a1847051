package id.asn.training.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.asn.platform.events.CloudEvent;
import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestTokens;
import id.asn.platform.testinfra.TopicReader;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;

/**
 * One agency (tenant) of its own per test class, set up the way users and other services would: employees arrive
 * as asn.employee events, everything else through the API. Each test class gets a fresh tenant, so classes sharing
 * the one application and database never see each other's data.
 */
public final class Agency {

    private static final AtomicLong NIPS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public final String tenant;
    public final String hrAdmin;

    public Agency(String name) {
        this.tenant = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.hrAdmin = TestTokens.user(tenant).roles(Roles.HR_ADMIN).subject("hr-" + tenant).sign();
    }

    /** A fresh, syntactically valid 18-digit NIP. */
    public static String newNip() {
        return String.format("19%016d", NIPS.incrementAndGet());
    }

    public String employeeToken(String nip) {
        return TestTokens.user(tenant).roles(Roles.EMPLOYEE).nip(nip).subject("emp-" + nip).sign();
    }

    public String supervisorToken(String nip) {
        return TestTokens.user(tenant).roles(Roles.EMPLOYEE, Roles.SUPERVISOR).nip(nip).subject("sup-" + nip).sign();
    }

    public String partnerToken(String institutionId) {
        return TestTokens.user(tenant).roles(Roles.TRAINING_PARTNER).institution(institutionId)
                .subject("partner-" + institutionId).sign();
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Publishes an event of this agency as its producing service would. */
    public <T> String publish(EventType<T> type, String nip, T data) {
        String id = UUID.randomUUID().toString();
        publish(id, type, nip, data);
        return id;
    }

    public <T> void publish(String eventId, EventType<T> type, String nip, T data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, eventId, "/test", type.name(), nip,
                OffsetDateTime.now(ZoneOffset.UTC), CloudEvent.JSON, tenant, null, JSON.valueToTree(data));
        try {
            TopicReader.publish(type.topic(), nip, JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
