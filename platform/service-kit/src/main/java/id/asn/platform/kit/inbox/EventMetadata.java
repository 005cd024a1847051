package id.asn.platform.kit.inbox;

import java.time.OffsetDateTime;

/** The envelope attributes of a received event, for handlers that need more than its data. */
public record EventMetadata(String id, String type, String source, String subject, String tenant,
                            OffsetDateTime time, String correlationId) {
}
