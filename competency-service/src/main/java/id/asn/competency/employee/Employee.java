package id.asn.competency.employee;

import id.asn.platform.kit.nip.Nip;
import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The master data of one ASN in an agency, keyed by NIP / NI PPPK (18 digits, stored without spaces). */
@Entity
@Table(name = "employee")
public class Employee extends TenantOwned {

    @Column(nullable = false, updatable = false, length = 18)
    public String nip;

    @Column(name = "legacy_nip")
    public String legacyNip;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "employee_type", nullable = false)
    public EmployeeType employeeType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Nip.Gender gender;

    @Column(name = "birth_date", nullable = false, updatable = false)
    public LocalDate birthDate;

    @Column(nullable = false)
    public LocalDate tmt;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "position_id")
    public UUID positionId;

    @Column(name = "supervisor_nip", length = 18)
    public String supervisorNip;

    public String rank;

    public String education;

    @Column(nullable = false)
    public boolean active = true;
}
