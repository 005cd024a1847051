package id.asn.competency.employee;

import id.asn.platform.kit.nip.Nip;
import java.util.List;

/**
 * docs/domain.md §5.1: PNS hold a golongan ruang (I/a … IV/e); PPPK hold a golongan I–XVII and no PNS rank.
 */
public final class Rank {

    static final List<String> PNS = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
    static final List<String> PPPK = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    private Rank() {
    }

    public static boolean fits(EmployeeType type, String rank) {
        return (type.idKind() == Nip.Kind.PNS ? PNS : PPPK).contains(rank);
    }
}
