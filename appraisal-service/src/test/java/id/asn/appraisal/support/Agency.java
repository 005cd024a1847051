package id.asn.appraisal.support;

import static id.asn.platform.testinfra.TestAgency.as;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.events.training.TrainingCompletionCorrectedV1;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TopicReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appraisal side of a test agency: the platform's {@link TestAgency} (tenant, tokens, events) plus what appraisal
 * tests set up through the API as users would, employees arriving as asn.employee events.
 */
public final class Agency {

    public static final List<String> VALUES = List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS",
            "LOYAL", "ADAPTIF", "KOLABORATIF");

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

    /** Registers employees (events from competency-service) and waits until appraisal-service applied them. */
    public void employees(String unitId, String supervisorNip, String... nips) {
        for (String nip : nips) {
            agency.publish(EventTypes.EMPLOYEE_REGISTERED, nip, new EmployeeRegisteredV1(new EmployeeSnapshot(nip,
                    "Pegawai " + nip.substring(12), "PNS", "FEMALE", LocalDate.of(1990, 3, 15), unitId,
                    "Unit " + unitId, null, null, "PELAKSANA", supervisorNip, "III/a", "S1", null, true)));
        }
        TopicReader.awaitConsumed("appraisal-service", Topics.EMPLOYEE);
    }

    /**
     * Opens the period of {@code year} with the configured defaults, except that plans may be agreed until the end
     * of the year: tests run on today's date, which may be past the default deadline of 31 January.
     */
    public String period(int year) {
        return period(Map.of("year", year, "planDueOn", year + "-12-31"));
    }

    /** Opens a period as {@code body} asks; answers its id. */
    public String period(Map<String, Object> body) {
        return as(hrAdmin).body(body).post("/api/v1/appraisal-periods").then().statusCode(201).extract().path("id");
    }

    /** A rater training completed in training-service (asn.training.completed.v1), applied here; answers the event id. */
    public String raterTrained(String nip, Boolean raterTraining) {
        String id = agency.publish(EventTypes.TRAINING_COMPLETED, nip, completion(nip, raterTraining));
        TopicReader.awaitConsumed("appraisal-service", Topics.TRAINING);
        return id;
    }

    /** The same completion again under {@code eventId}, as a relay re-send would deliver it. */
    public void redeliver(String eventId, String nip) {
        agency.publish(eventId, EventTypes.TRAINING_COMPLETED, nip, completion(nip, true));
        TopicReader.awaitConsumed("appraisal-service", Topics.TRAINING);
    }

    /**
     * The rater training of {@link #raterTrained} decided again (asn.training.completion-corrected.v1): withdrawn
     * ({@code completed} false) or given again, as revision {@code revision}; applied here.
     */
    public void raterTrainingCorrected(String nip, int revision, boolean completed) {
        agency.publish(EventTypes.TRAINING_COMPLETION_CORRECTED, nip, new TrainingCompletionCorrectedV1("enr-" + nip,
                nip, revision, completed, "prg-penilai", "Pelatihan Penilai Kinerja yang Adil", "PELATIHAN_KLASIKAL",
                "BKPSDM", List.of(), completed ? new BigDecimal("24") : BigDecimal.ZERO, LocalDate.of(2026, 3, 2),
                completed ? LocalDate.of(2026, 3, 9) : null, completed ? "PPK/2026/0001-R" + revision : null,
                completed ? null : "PPK/2026/0001", "Daftar hadir dikoreksi", true));
        TopicReader.awaitConsumed("appraisal-service", Topics.TRAINING);
    }

    private static TrainingCompletedV1 completion(String nip, Boolean raterTraining) {
        return new TrainingCompletedV1("enr-" + nip, nip, "prg-penilai", "Pelatihan Penilai Kinerja yang Adil",
                "PELATIHAN_KLASIKAL", "BKPSDM", List.of(), new BigDecimal("24"), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6), "PPK/2026/0001", raterTraining);
    }

    /** A valid plan content: one RHK utama with two indicators and the seven expectations. */
    public static Map<String, Object> content(String rhk) {
        return content(rhk, null);
    }

    /** The same, its first indicator taking up the co-created criterion {@code criterionId} (null for none). */
    public static Map<String, Object> content(String rhk, String criterionId) {
        List<Map<String, Object>> expectations = new ArrayList<>();
        for (String value : VALUES) {
            expectations.add(Map.of("value", value, "ekspektasiKhusus", "Harapan pimpinan untuk " + value));
        }
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("category", "UTAMA");
        work.put("rhk", rhk);
        work.put("supervisorRhk", "Meningkatnya kualitas pelayanan perizinan");
        Map<String, Object> first = new LinkedHashMap<>(Map.of("aspect", "KUANTITAS",
                "indicator", "Jumlah izin diterbitkan", "target", "1200 izin"));
        if (criterionId != null) {
            first.put("criterionId", criterionId);
        }
        work.put("indicators", List.of(first,
                Map.of("aspect", "WAKTU", "indicator", "Rata-rata waktu penerbitan", "target", "3 hari kerja")));
        return Map.of("workResults", List.of(work), "expectations", expectations);
    }

    /** The employee drafts their own plan; answers its id. */
    public String plan(String periodId, String nip) {
        return as(employeeToken(nip)).body(Map.of("periodId", periodId, "content", content("Layanan izin cepat")))
                .post("/api/v1/performance-plans").then().statusCode(201).extract().path("id");
    }

    /** A plan agreed by both sides and locked by the rater; answers its id. */
    public String lockedPlan(String periodId, String nip, String rater) {
        return lock(plan(periodId, nip), nip, rater);
    }

    /** The employee and the rater agree to a draft plan and the rater locks it; answers its id. */
    public String lock(String plan, String nip, String rater) {
        int version = as(employeeToken(nip)).body(Map.of("version", 0))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(200)
                .extract().path("version");
        version = as(supervisorToken(rater)).body(Map.of("version", version))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(200)
                .extract().path("version");
        as(supervisorToken(rater)).body(Map.of("version", version)).post("/api/v1/performance-plans/" + plan + "/lock")
                .then().statusCode(200);
        return plan;
    }

    /** Starts the annual appraisal of a locked plan as its rater; answers its id. */
    public String appraisal(String planId, String rater) {
        return as(supervisorToken(rater)).body(Map.of("planId", planId, "periodType", "ANNUAL"))
                .post("/api/v1/appraisals").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> rating(String rating) {
        return Map.of("rating", rating, "justification", "Realisasi sesuai bukti dukung yang dilampirkan.",
                "evidence", List.of("https://arsip.example.go.id/bukti/1"));
    }

    /** Rates as the rater; answers the rated appraisal's version. */
    public int rated(String appraisalId, String rater, String hasil, String perilaku) {
        String token = supervisorToken(rater);
        int version = as(token).get("/api/v1/appraisals/" + appraisalId).then().extract().path("version");
        return as(token).body(Map.of("version", version, "hasilKerja", rating(hasil), "perilakuKerja",
                        rating(perilaku))).put("/api/v1/appraisals/" + appraisalId + "/rating").then().statusCode(200)
                .extract().path("version");
    }

    /** The annual appraisal of a newly locked plan of {@code nip}, rated by {@code rater}; answers its id. */
    public String ratedAppraisal(String periodId, String nip, String rater, String hasil, String perilaku) {
        String appraisal = appraisal(lockedPlan(periodId, nip, rater), rater);
        rated(appraisal, rater, hasil, perilaku);
        return appraisal;
    }

    /** hr-admin records the unit's capaian kinerja organisasi for the first time. */
    public void capaian(String periodId, String unitId, String capaian) {
        as(hrAdmin).body(Map.of("periodId", periodId, "unitId", unitId, "capaian", capaian,
                        "reason", "Perjanjian kinerja unit tercapai sesuai laporan.")).put("/api/v1/organisation-results")
                .then().statusCode(200);
    }

    /** Rates and finalizes as the rater; answers the finalized appraisal's version. */
    public int finalized(String appraisalId, String rater, String hasil, String perilaku) {
        String token = supervisorToken(rater);
        int version = rated(appraisalId, rater, hasil, perilaku);
        return as(token).body(Map.of("version", version)).post("/api/v1/appraisals/" + appraisalId + "/finalization")
                .then().statusCode(200).extract().path("version");
    }
}
