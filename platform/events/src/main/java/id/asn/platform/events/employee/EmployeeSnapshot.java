package id.asn.platform.events.employee;

import java.time.LocalDate;

/**
 * The master data of one employee as competency-service knows it; other services keep projections of it.
 *
 * @param nip           18-digit NIP (PNS) or NI PPPK, no spaces
 * @param employeeType  PNS, CPNS, PPPK or PPPK_PARUH_WAKTU
 * @param gender        MALE or FEMALE, from the NIP's gender digit
 * @param supervisorNip the direct supervisor's NIP, if any
 * @param rank          PNS golongan ruang (e.g. III/a) or PPPK golongan (e.g. IX)
 */
public record EmployeeSnapshot(String nip, String name, String employeeType, String gender, LocalDate birthDate,
                               String unitId, String unitName, String positionId, String positionTitle,
                               String positionClass, String supervisorNip, String rank, String education,
                               LocalDate tmt, boolean active) {
}
