package id.asn.career.support;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.awaitility.Awaitility.await;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestAgency;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * The career side of a test agency: the platform's {@link TestAgency} (tenant, tokens, events) plus what career
 * tests set up the way production does, employees and appraisals arriving as events from the other services.
 */
public final class Agency {

    private final TestAgency agency;
    public final String tenant;
    public final String hrAdmin;

    public Agency(String name) {
        this.agency = new TestAgency(name);
        this.tenant = agency.tenant;
        this.hrAdmin = agency.caller().roles(Roles.HR_ADMIN).subject("hr-" + tenant).sign();
    }

    public String employeeToken(String nip) {
        return agency.tokenFor(nip, Roles.EMPLOYEE);
    }

    public String supervisorToken(String nip) {
        return agency.tokenFor(nip, Roles.EMPLOYEE, Roles.SUPERVISOR);
    }

    /** A token with {@code role} and its own subject, e.g. a second hr-admin officer. */
    public String caller(String role, String subject) {
        return agency.caller().roles(role).subject(subject).sign();
    }

    public String token(String... roles) {
        return agency.token(roles);
    }

    public <T> String publish(EventType<T> type, String nip, T data) {
        return agency.publish(type, nip, data);
    }

    public <T> void publish(String eventId, EventType<T> type, String nip, T data) {
        agency.publish(eventId, type, nip, data);
    }

    /** A PNS pelaksana III/a with an S1, born 1990, in service since 2015-03-01. */
    public static EmployeeSnapshot snapshot(String nip, String supervisorNip) {
        return new EmployeeSnapshot(nip, "Pegawai " + nip.substring(12), "PNS", "FEMALE", LocalDate.of(1990, 3, 15),
                "u-1", "Unit 1", "pos-" + nip.substring(12), "Pelaksana " + nip.substring(12), "PELAKSANA",
                supervisorNip, "III/a", "S1", LocalDate.of(2015, 3, 1), true);
    }

    /** Registers employees (event from competency-service) and waits until career-service knows them. */
    public void employees(String supervisorNip, String... nips) {
        for (String nip : nips) {
            employee(snapshot(nip, supervisorNip));
        }
    }

    public void employee(EmployeeSnapshot snapshot) {
        publish(EventTypes.EMPLOYEE_REGISTERED, snapshot.nip(), new EmployeeRegisteredV1(snapshot));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(hrAdmin).get("/api/v1/careers/" + snapshot.nip()).statusCode() == 200);
    }

    /** An annual appraisal of {@code year} finalised with {@code predikat}, revision 1. */
    public String appraisal(String nip, int year, String predikat) {
        return appraisal("ap-" + nip + "-" + year, nip, year, predikat, 1);
    }

    public String appraisal(String appraisalId, String nip, int year, String predikat, int revision) {
        String hasil = switch (predikat) {
            case "SANGAT_BAIK" -> "DI_ATAS_EKSPEKTASI";
            case "BAIK" -> "SESUAI_EKSPEKTASI";
            default -> "DI_BAWAH_EKSPEKTASI";
        };
        publish(EventTypes.APPRAISAL_FINALIZED, nip, new AppraisalFinalizedV1(appraisalId, nip, year, "ANNUAL",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), hasil, "SESUAI_EKSPEKTASI", predikat,
                LocalDate.of(year + 1, 1, 20 + revision), "u-1", "199001012015031001", revision));
        return appraisalId;
    }

    /** hr-admin enters the rank decree. */
    public void rank(String nip, String rank, String tmt) {
        as(hrAdmin).body(Map.of("rank", rank, "tmt", tmt, "decreeNumber", "SK/" + rank + "/" + tmt))
                .post("/api/v1/careers/" + nip + "/ranks").then().statusCode(201);
    }
}
