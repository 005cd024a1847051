package id.asn.career.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Fired (CDI, synchronously, in the transaction of the change) when something the merit figures (docs/domain.md
 * §4.6.1) count changed for these employees or positions, so that the agency's tallies follow in the same
 * transaction.
 */
public record MeritInputsChanged(List<String> nips, List<String> positionIds) {

    public static MeritInputsChanged employee(String nip) {
        return new MeritInputsChanged(List.of(nip), List.of());
    }

    /** An employee and the positions they left or took (nulls ignored). */
    public static MeritInputsChanged employee(String nip, Collection<String> positionIds) {
        return new MeritInputsChanged(List.of(nip), positionIds.stream().filter(Objects::nonNull).distinct().toList());
    }

    public static MeritInputsChanged employees(Collection<String> nips) {
        return new MeritInputsChanged(List.copyOf(nips), List.of());
    }

    public static MeritInputsChanged position(String positionId) {
        return new MeritInputsChanged(List.of(), positionId == null ? List.of() : List.of(positionId));
    }
}
