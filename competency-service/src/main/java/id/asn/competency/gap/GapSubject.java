package id.asn.competency.gap;

import java.util.UUID;

/**
 * The few facts about an employee the gap engine needs, so that it depends on no feature above it: who (id and
 * NIP, the key of the events), where (unit) and against which position they are measured.
 */
public record GapSubject(UUID employeeId, String nip, UUID unitId, UUID positionId, boolean active) {
}
