package id.asn.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the value of every record on the platform's topics and the
 * payload of every outbox row.
 *
 * @param id            unique per event; consumers deduplicate by it
 * @param source        the publishing service, e.g. {@code /training-service}
 * @param type          e.g. {@code asn.training.completed.v1}
 * @param subject       the employee's NIP (or NI PPPK) the event is about
 * @param tenant        extension: the agency (instansi) that owns the data
 * @param correlationid extension: the request id of the call that caused the event, if any
 * @param data          the payload, a JSON object conforming to the type's schema
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(String specversion, String id, String source, String type, String subject,
                         OffsetDateTime time, String datacontenttype, String tenant, String correlationid,
                         JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
