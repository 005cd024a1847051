package id.asn.career.record;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/domain.md §5.1: the career record from master data events and hr-admin entries, every change audited. */
@QuarkusTest
class CareerRecordApiTest {

    private final Agency agency = new Agency("record");

    @Test
    void masterDataStartsTheRecordAndHrAdminCompletesItWithDecrees() {
        String nip = TestNips.pns();
        agency.employees(null, nip);
        as(agency.hrAdmin).get("/api/v1/careers/" + nip).then().statusCode(200)
                .body("currentRank", equalTo("III/a")).body("ranks", hasSize(1))
                .body("ranks[0].source", equalTo("EVENT")).body("ranks[0].name", equalTo("Penata Muda (III/a)"))
                .body("education[0].level", equalTo("S1")).body("serviceStart", equalTo("2015-03-01"));

        // the decree of the same rank completes the entry master data made, instead of repeating it
        agency.rank(nip, "III/a", "2019-04-01");
        agency.rank(nip, "III/b", "2023-04-01");
        as(agency.hrAdmin).body(Map.of("positionTitle", "Analis Kepegawaian", "positionClass", "PELAKSANA",
                "tmt", "2019-03-01", "decreeNumber", "821/1/2019")).post("/api/v1/careers/" + nip + "/positions")
                .then().statusCode(201);
        as(agency.hrAdmin).body(Map.of("level", "S2", "institution", "Universitas Sriwijaya"))
                .post("/api/v1/careers/" + nip + "/education").then().statusCode(201);
        as(agency.hrAdmin).body(Map.of("level", "RINGAN", "description", "Teguran lisan", "startsOn", "2024-01-01",
                "endsOn", "2024-01-31")).post("/api/v1/careers/" + nip + "/sanctions").then().statusCode(201);

        as(agency.hrAdmin).get("/api/v1/careers/" + nip).then().statusCode(200)
                .body("currentRank", equalTo("III/b")).body("currentRankTmt", equalTo("2023-04-01"))
                .body("currentRankName", equalTo("Penata Muda Tingkat I (III/b)"))
                .body("ranks.rank", equalTo(List.of("III/a", "III/b")))
                .body("ranks.tmt", equalTo(List.of("2019-04-01", "2023-04-01")))
                .body("education.level", equalTo(List.of("S1", "S2")))
                .body("sanctions[0].level", equalTo("RINGAN"));
        as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/audit").then().statusCode(200)
                .body("lines.action", hasItems("RANK_FROM_MASTER_DATA", "RANK_ENTERED", "POSITION_ENTERED",
                        "EDUCATION_ENTERED", "SANCTION_ENTERED"))
                .body("lines.actor", hasItem("hr-" + agency.tenant));
    }

    @Test
    void aChangedRankInMasterDataBecomesAnEntryWithoutATmt() {
        String nip = TestNips.pns();
        agency.employees(null, nip);
        agency.rank(nip, "III/a", "2019-04-01");
        EmployeeSnapshot s = Agency.snapshot(nip, null);
        EmployeeSnapshot promoted = new EmployeeSnapshot(nip, s.name(), s.employeeType(), s.gender(), s.birthDate(),
                s.unitId(), s.unitName(), s.positionId(), s.positionTitle(), s.positionClass(), null, "III/b",
                s.education(), s.tmt(), true);
        agency.publish(EventTypes.EMPLOYEE_CHANGED, nip, new EmployeeChangedV1(promoted, List.of("rank")));
        await().atMost(Duration.ofSeconds(30)).until(() -> "III/b".equals(as(agency.hrAdmin)
                .get("/api/v1/careers/" + nip).then().extract().path("currentRank")));
        as(agency.hrAdmin).get("/api/v1/careers/" + nip).then()
                .body("ranks", hasSize(2)).body("ranks[1].source", equalTo("EVENT"))
                .body("currentRankTmt", equalTo(null));
    }

    @Test
    void aRankMustFitTheEmployeeTypeAndBadInputNamesTheField() {
        String pns = TestNips.pns();
        String pppk = TestNips.pppk();
        agency.employees(null, pns);
        EmployeeSnapshot s = Agency.snapshot(pppk, null);
        agency.employee(new EmployeeSnapshot(pppk, s.name(), "PPPK", s.gender(), s.birthDate(), s.unitId(),
                s.unitName(), s.positionId(), s.positionTitle(), s.positionClass(), null, "IX", "S1",
                LocalDate.of(2022, 3, 1), true));

        as(agency.hrAdmin).body(Map.of("rank", "IX", "tmt", "2022-03-01", "decreeNumber", "SK-1"))
                .post("/api/v1/careers/" + pns + "/ranks").then().statusCode(400)
                .body("errors[0].field", equalTo("rank"));
        as(agency.hrAdmin).body(Map.of("rank", "IX", "tmt", "2022-03-01", "decreeNumber", "SK-1"))
                .post("/api/v1/careers/" + pppk + "/ranks").then().statusCode(201)
                .body("name", equalTo("PPPK golongan IX"));
        as(agency.hrAdmin).body(Map.of("level", "SEDANG", "description", "x", "startsOn", "2024-02-01",
                "endsOn", "2024-01-01")).post("/api/v1/careers/" + pns + "/sanctions").then().statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        as(agency.hrAdmin).body(Map.of("rank", "III/b")).post("/api/v1/careers/" + pns + "/ranks").then()
                .statusCode(400);
        as(agency.hrAdmin).get("/api/v1/careers/12345").then().statusCode(400);
        as(agency.hrAdmin).get("/api/v1/careers/" + pns).then().body("ranks", hasSize(1));
    }
}
