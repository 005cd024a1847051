package id.asn.platform.testinfra;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.asn.platform.events.CloudEvent;
import id.asn.platform.events.EventType;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One agency (tenant) of its own per test class or test, so that tests sharing the one application and database
 * never see each other's data: its tokens, requests made with them, fresh valid NIPs, and events published as the
 * producing service would. A service's own fixture adds the API setup of its domain on top.
 */
public final class TestAgency {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public final String tenant;

    public TestAgency(String name) {
        this.tenant = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A token builder for a caller of this agency, for tokens the shortcuts below do not cover. */
    public TestTokens caller() {
        return TestTokens.user(tenant);
    }

    /** A token of this agency with {@code roles} and no NIP (an HR officer, an assessor, an integration). */
    public String token(String... roles) {
        return TestTokens.user(tenant).roles(roles).sign();
    }

    /** A token of the person {@code nip} of this agency, its subject derived from the NIP. */
    public String tokenFor(String nip, String... roles) {
        return TestTokens.user(tenant).roles(roles).nip(nip).subject("asn-" + nip).sign();
    }

    /** A token of a partner institution's client. */
    public String partnerToken(String institutionId, String... roles) {
        return TestTokens.user(tenant).roles(roles).institution(institutionId).subject("partner-" + institutionId)
                .sign();
    }

    /** A JSON request carrying {@code token}. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A fresh valid PNS NIP (see {@link TestNips}). */
    public String newNip() {
        return TestNips.pns();
    }

    /** Publishes an event of this agency as its producing service would; answers the event id. */
    public <T> String publish(EventType<T> type, String nip, T data) {
        String id = UUID.randomUUID().toString();
        publish(id, type, nip, data);
        return id;
    }

    /** Publishes with a chosen id, e.g. to redeliver an event. */
    public <T> void publish(String eventId, EventType<T> type, String nip, T data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, eventId, "/test", type.name(), nip,
                OffsetDateTime.now(ZoneOffset.UTC), CloudEvent.JSON, tenant, null, JSON.valueToTree(data));
        try {
            TopicReader.publish(type.topic(), nip, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
