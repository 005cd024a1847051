package id.asn.localstack;

import static id.asn.localstack.Json.quote;

import id.asn.localstack.DemoApi.Answer;
import id.asn.localstack.DemoWorkforce.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The appraisal and career part of one demo agency's data, through the public API as the unit's people would
 * enter it: a period of this year with plans, feedback and ratings in three units, the BKPSDM's competency
 * development division calibrated by hr-admin against the curve of its capaian kinerja organisasi, finalised and
 * published (last year's too, finalised by the rater, which KP reguler needs) with the demo employee's objection
 * pending; in career-service the diplomas and rank decrees (the previous rank for some), eligible and
 * ineligible employees, the year's 9-box and the Kepala BKPSDM as a critical position with its succession pool.
 *
 * <p>Raters and appraisees who have no demo identity act with tokens of the dev issuer ({@link DevAuth#staffToken});
 * with Keycloak as the issuer only the demo supervisor and employee are appraised. The part is loaded when the
 * agency has no period of this year yet; a period there means an earlier load got this far and is kept.
 */
final class DemoPerformance {

    static final String PUBLISHED_RATER_POSITION = DemoWorkforce.SUPERVISOR_POSITION;
    /** Units rated but not finalised: the appraisees report straight to the head. */
    static final List<String> RATED_POSITIONS = List.of("BAPPEDA-PERENCANA", "DISKOMINFO-PRAKOM");
    static final String CRITICAL_POSITION = "BKPSDM-KEPALA";
    private static final int PUBLISHED_UNIT_SIZE = 10;
    private static final int RATED_UNIT_SIZE = 4;
    /** Appraisees entered at once per agency: each call is light, the round trips are what takes the time. */
    private static final int PARALLEL_APPRAISEES = 3;
    private static final List<String> VALUES = List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN",
            "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF");

    /** One appraisee, who rates them, the ratings and, for the published unit, the rank decree's TMT. */
    record Appraisee(Person person, String raterNip, String hasil, String perilaku, boolean published,
                     LocalDate rankTmt) {
    }

    /**
     * Who is appraised how, pure so that a test can read it: the published unit's people by the demo supervisor,
     * pelaksana first (the demo employee Butuh Perbaikan, who objects; those whose JPM reaches 100 Sangat Baik, so
     * they land in boxes 7 and 9 and make the succession pool; the others Baik), then a few of each rated unit by
     * its head. Rank decrees: two in three four years back (eligible if the rest holds), the others recent.
     */
    static List<Appraisee> cast(DemoWorkforce workforce, String supervisorNip, String employeeNip,
                                Map<String, BigDecimal> jpmByNip, int year, boolean staffTokens) {
        List<Appraisee> cast = new ArrayList<>();
        List<Person> published = workforce.people().stream()
                .filter(p -> supervisorNip.equals(p.supervisorNip()) && (staffTokens || p.nip().equals(employeeNip)))
                // the demo employee first, then the pelaksana: KP reguler is theirs (docs/domain.md §5.2)
                .sorted(Comparator.comparing((Person p) -> !p.nip().equals(employeeNip))
                        .thenComparing(p -> !"PELAKSANA".equals(p.positionClass())))
                .limit(PUBLISHED_UNIT_SIZE).toList();
        for (int i = 0; i < published.size(); i++) {
            Person p = published.get(i);
            boolean strong = jpmByNip.getOrDefault(p.nip(), BigDecimal.ZERO).compareTo(BigDecimal.valueOf(100)) >= 0;
            String hasil = p.nip().equals(employeeNip) ? "DI_BAWAH_EKSPEKTASI"
                    : strong ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI";
            String perilaku = strong && !p.nip().equals(employeeNip) ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI";
            LocalDate tmt = i % 3 == 2 ? LocalDate.of(year - 1, 10, 1) : LocalDate.of(year - 4, 4, 1);
            cast.add(new Appraisee(p, supervisorNip, hasil, perilaku, true,
                    p.tmt() != null && tmt.isBefore(p.tmt()) ? null : tmt));
        }
        if (!staffTokens) {
            return cast;
        }
        for (String position : RATED_POSITIONS) {
            List<Person> unit = workforce.people().stream().filter(p -> p.positionCode().equals(position))
                    .limit(RATED_UNIT_SIZE).toList();
            for (int i = 0; i < unit.size(); i++) {
                cast.add(new Appraisee(unit.get(i), unit.get(i).supervisorNip(),
                        i == 0 ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", false, null));
            }
        }
        return cast;
    }

    /** The rank just below {@code rank} (III/b → III/a), empty for I/a and for PPPK golongan. */
    static Optional<String> previousRank(String rank) {
        int index = DemoWorkforce.PNS_RANKS.indexOf(rank);
        return index > 0 ? Optional.of(DemoWorkforce.PNS_RANKS.get(index - 1)) : Optional.empty();
    }

    private final DemoApi api;
    private final DemoData.Agency agency;
    private final DemoWorkforce workforce;
    private final boolean staffTokens;
    private final String hr;
    private final int year;

    DemoPerformance(DemoApi api, DemoData.Agency agency, DemoWorkforce workforce, boolean staffTokens, int year) {
        this.api = api;
        this.agency = agency;
        this.workforce = workforce;
        this.staffTokens = staffTokens;
        this.hr = agency.user("hr");
        this.year = year;
    }

    /** Loads the part; answers one line for the progress output. */
    String load(Map<String, BigDecimal> jpmByNip, Map<String, String> positionIds, Map<String, String> unitIds) {
        long started = System.nanoTime();
        List<Object> periods = Json.array(api.get(hr, "/api/v1/appraisal-periods?size=100").expect(200).object()
                .get("items"));
        if (periods.stream().map(Json::object).anyMatch(p -> ((BigDecimal) p.get("year")).intValue() == year)) {
            return "appraisal period " + year + " exists; kept as loaded before";
        }
        List<Appraisee> cast = cast(workforce, agency.supervisorNip(), agency.employeeNip(), jpmByNip, year,
                staffTokens);
        String lastYear = period(year - 1);
        String thisYear = period(year);
        // the appraisees are independent of each other; each one's steps follow in order
        DemoData.inParallel(PARALLEL_APPRAISEES, cast.stream().map(a -> (Callable<String>) () -> {
            if (a.published()) {
                // KP reguler reads the last two years; last year was a good year for the whole unit
                appraise(lastYear, new Appraisee(a.person(), a.raterNip(), "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI",
                        true, null), false, true);
            }
            return appraise(thisYear, a, true, false);
        }).toList()).stream().filter(Objects::nonNull).distinct().forEach(unit -> calibrate(thisYear, unit));
        long finalised = cast.stream().filter(Appraisee::published).count();
        String objection = object(cast, thisYear);
        int ranks = careerRecords(cast);
        String career = career(positionIds, unitIds);
        return String.format("appraisal periods %d and %d: %d plans with feedback and ratings in %d units, %d "
                        + "calibrated and published (%s), %s; career: %d rank decrees, %s (%.1f s)", year - 1, year, cast.size(),
                1 + (staffTokens ? RATED_POSITIONS.size() : 0), finalised,
                DemoWorkforce.position(PUBLISHED_RATER_POSITION).unitCode(), objection, ranks, career,
                (System.nanoTime() - started) / 1e9);
    }

    // the demo enters past work today, so its periods keep plan and evaluation deadlines open a while longer
    private String period(int periodYear) {
        LocalDate due = LocalDate.of(periodYear + 1, 1, 31);
        LocalDate soon = LocalDate.now().plusDays(30);
        String open = (due.isAfter(soon) ? due : soon).toString();
        return (String) api.postJson(hr, "/api/v1/appraisal-periods", "{\"year\": " + periodYear
                        + ", \"planDueOn\": \"" + open + "\", \"evaluationDueOn\": \"" + open + "\"}")
                .expect(201).object().get("id");
    }

    /**
     * Plan drafted by the appraisee, agreed by both, locked; this year's also with feedback; rated; finalised by the
     * rater when {@code finalise}. Answers the unit of a published appraisal that is left to calibration, else null.
     */
    private String appraise(String periodId, Appraisee a, boolean withFeedback, boolean finalise) {
        String employee = caller(a.person().nip(), "employee");
        String rater = caller(a.raterNip(), "supervisor");
        Map<String, Object> plan = whileArriving(() -> api.postJson(employee, "/api/v1/performance-plans",
                "{\"periodId\": %s, \"content\": %s}".formatted(quote(periodId), content(a.person())))).object();
        String planPath = "/api/v1/performance-plans/" + plan.get("id");
        long version = step(employee, planPath + "/agreement", 0);
        version = step(rater, planPath + "/agreement", version);
        step(rater, planPath + "/lock", version);
        if (withFeedback) {
            Map<String, Object> work = Json.object(Json.array(plan.get("workResults")).get(0));
            Map<String, Object> indicator = Json.object(Json.array(work.get("indicators")).get(0));
            api.postJson(employee, planPath + "/feedback", """
                    {"workResultId": %s, "indicatorId": %s, "text": "Realisasi semester I dicatat dengan bukti.",
                     "realisation": "55 %%", "evidence": %s}""".formatted(quote((String) work.get("id")),
                    quote((String) indicator.get("id")), quote("https://arsip." + agency.tenant()
                            + ".go.id/skp/" + a.person().nip()))).expect(201);
            api.postJson(rater, planPath + "/feedback", """
                    {"behaviourValue": "KOLABORATIF", "text": "Aktif membantu rekan satu tim; pertahankan."}""")
                    .expect(201);
        }
        Map<String, Object> created = api.postJson(rater, "/api/v1/appraisals", """
                {"planId": %s, "periodType": "ANNUAL"}""".formatted(quote((String) plan.get("id"))))
                .expect(201).object();
        String appraisal = (String) created.get("id");
        Answer rated = api.put(rater, "/api/v1/appraisals/" + appraisal + "/rating", """
                {"version": 0, "hasilKerja": %s, "perilakuKerja": %s}""".formatted(
                rating(a.hasil(), "Capaian indikator dibandingkan dengan target dan bukti dukung."),
                rating(a.perilaku(), "Perilaku kerja menurut umpan balik yang tercatat selama periode.")))
                .expect(200);
        if (a.published() && finalise) {
            api.postJson(rater, "/api/v1/appraisals/" + appraisal + "/finalization",
                    "{\"version\": " + rated.object().get("version") + "}").expect(200);
        }
        return a.published() && !finalise ? (String) created.get("unitId") : null;
    }

    /**
     * hr-admin records the unit's capaian kinerja organisasi and settles its calibration, which finalises and
     * publishes the unit's rated appraisals; the justification covers a unit that lies outside the curve.
     */
    private void calibrate(String periodId, String unitId) {
        api.put(hr, "/api/v1/organisation-results", """
                {"periodId": %s, "unitId": %s, "capaian": "BAIK",
                 "reason": "Indikator kinerja utama unit tercapai sesuai perjanjian kinerja tahun ini."}"""
                .formatted(quote(periodId), quote(unitId))).expect(200);
        api.postJson(hr, "/api/v1/calibrations/finalization", """
                {"periodId": %s, "unitId": %s, "justification": "Unit kecil; sebaran mengikuti bukti realisasi \
                tiap pegawai yang dibahas dalam rapat kalibrasi."}""".formatted(quote(periodId), quote(unitId)))
                .expect(200);
    }

    /** The demo employee objects to this year's result; the objection waits for the atasan's decision. */
    private String object(List<Appraisee> cast, String periodId) {
        String employee = agency.user("employee");
        Optional<Object> mine = Json.array(api.get(employee, "/api/v1/appraisals?periodId=" + periodId)
                .expect(200).object().get("items")).stream().findFirst();
        if (mine.isEmpty() || cast.stream().noneMatch(a -> a.person().nip().equals(agency.employeeNip()))) {
            return "no objection";
        }
        Map<String, Object> objection = api.postJson(employee, "/api/v1/objections", """
                {"appraisalId": %s, "reasons": "Realisasi pelatihan yang saya fasilitasi belum dipertimbangkan; \
                daftar hadir terlampir."}""".formatted(quote((String) Json.object(mine.get()).get("id"))))
                .expect(201).object();
        return "the demo employee's objection pending with " + objection.get("addressedTo");
    }

    /**
     * hr-admin enters the published unit's diplomas (master data sends the level with the major, e.g. "S1
     * Psikologi", which career-service does not read as a level) and rank decrees; answers how many decrees.
     */
    private int careerRecords(List<Appraisee> cast) {
        int entered = 0;
        for (Appraisee a : cast) {
            if (a.rankTmt() == null || !"PNS".equals(a.person().employeeType())) {
                continue;
            }
            String[] diploma = a.person().education().split(" ", 2);
            String level = diploma[0].equals("SMA") ? "SLTA" : diploma[0];
            whileArriving(() -> api.postJson(hr, "/api/v1/careers/" + a.person().nip() + "/education",
                    "{\"level\": %s, \"major\": %s}".formatted(quote(level),
                            diploma.length > 1 ? quote(diploma[1]) : "null")));
            String path = "/api/v1/careers/" + a.person().nip() + "/ranks";
            Optional<String> previous = previousRank(a.person().rank());
            LocalDate previousTmt = a.rankTmt().minusYears(4);
            if (previous.isPresent() && a.person().tmt() != null && !previousTmt.isBefore(a.person().tmt())) {
                whileArriving(() -> api.postJson(hr, path, decree(previous.get(), previousTmt)));
                entered++;
            }
            whileArriving(() -> api.postJson(hr, path, decree(a.person().rank(), a.rankTmt())));
            entered++;
        }
        return entered;
    }

    /** The year's 9-box recomputed and the critical position declared; answers what they hold. */
    private String career(Map<String, String> positionIds, Map<String, String> unitIds) {
        Map<String, Object> recompute = api.postJson(hr, "/api/v1/talent-reviews/" + year + "/recompute", "{}")
                .expect(200).object();
        DemoWorkforce.Position head = DemoWorkforce.position(CRITICAL_POSITION);
        String critical = (String) api.postJson(hr, "/api/v1/succession-plans", """
                {"positionId": %s, "title": %s, "unitId": %s}""".formatted(quote(positionIds.get(head.code())),
                quote(head.title()), quote(unitIds.get(head.unitCode())))).expect(201).object().get("id");
        Map<String, Object> plan = api.get(hr, "/api/v1/succession-plans/" + critical).expect(200).object();
        String eligible = api.get(hr, "/api/v1/promotions/eligible?size=1&on=" + (year + 1) + "-04-01")
                .expect(200).object().get("totalItems").toString();
        return String.format("%s placed in the %d 9-box, %s eligible for KP on %d-04-01, critical position %s "
                        + "with %d candidates", recompute.get("placed"), year, eligible, year + 1, head.code(),
                Json.array(plan.get("candidates")).size());
    }

    private String caller(String nip, String role) {
        if (nip.equals(agency.employeeNip())) {
            return agency.user("employee");
        }
        if (nip.equals(agency.supervisorNip())) {
            return agency.user("supervisor");
        }
        return DemoApi.staff(agency.tenant(), nip, "employee", role);
    }

    private long step(String user, String path, long version) {
        return ((BigDecimal) api.postJson(user, path, "{\"version\": " + version + "}").expect(200).object()
                .get("version")).longValue();
    }

    /** Retries while the services have not yet heard of the employee from asn.employee. */
    private static Answer whileArriving(Supplier<Answer> call) {
        long deadline = System.nanoTime() + DemoData.EMPLOYEE_ARRIVAL.toNanos();
        while (true) {
            Answer answer = call.get();
            boolean notArrived = answer.status() == 403 || answer.status() == 404 || answer.status() == 422;
            if (!notArrived || System.nanoTime() > deadline) {
                return answer.expect(201);
            }
            DemoData.pause();
        }
    }

    private static String decree(String rank, LocalDate tmt) {
        return "{\"rank\": %s, \"tmt\": \"%s\", \"decreeNumber\": %s}".formatted(quote(rank), tmt,
                quote("800/KP/" + tmt.getYear() + "/" + rank));
    }

    private String rating(String rating, String justification) {
        return "{\"rating\": %s, \"justification\": %s, \"evidence\": [%s]}".formatted(quote(rating),
                quote(justification), quote("https://arsip." + agency.tenant() + ".go.id/skp/bukti"));
    }

    /** One RHK utama with two indicators and the leader's expectation for each BerAKHLAK value. */
    private static String content(Person person) {
        String expectations = VALUES.stream()
                .map(v -> "{\"value\": %s, \"ekspektasiKhusus\": %s}".formatted(quote(v),
                        quote("Harapan pimpinan unit untuk " + v)))
                .collect(Collectors.joining(", "));
        return """
                {"workResults": [{"category": "UTAMA", "rhk": %s, "supervisorRhk": "Meningkatnya kinerja unit",
                  "indicators": [{"aspect": "KUANTITAS", "indicator": "Jumlah dokumen yang diselesaikan",
                                  "target": "24 dokumen"},
                                 {"aspect": "WAKTU", "indicator": "Ketepatan waktu penyelesaian",
                                  "target": "Sesuai jadwal"}]}],
                 "expectations": [%s]}""".formatted(quote("Terselesaikannya tugas " + DemoWorkforce
                .position(person.positionCode()).title()), expectations);
    }
}
