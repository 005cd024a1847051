package id.asn.competency.employee;

import id.asn.platform.kit.nip.Nip;

/** docs/domain.md §8.1, §6: PNS and CPNS hold a NIP; PPPK (full or part time) an NI PPPK. */
public enum EmployeeType {
    PNS(Nip.Kind.PNS), CPNS(Nip.Kind.PNS), PPPK(Nip.Kind.PPPK), PPPK_PARUH_WAKTU(Nip.Kind.PPPK);

    private final Nip.Kind idKind;

    EmployeeType(Nip.Kind idKind) {
        this.idKind = idKind;
    }

    /** The kind of number this type of employee carries. */
    public Nip.Kind idKind() {
        return idKind;
    }
}
