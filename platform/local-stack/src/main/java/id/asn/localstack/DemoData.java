package id.asn.localstack;

import static id.asn.localstack.Json.quote;

import id.asn.localstack.DemoApi.Answer;
import id.asn.localstack.DemoWorkforce.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The demo data of the local stack: for each demo agency of the dev issuer (Kota Palembang, Kota Tanjungpinang,
 * Kota Sawahlunto) the organisation with its standards, a few hundred employees, assessments, a partner
 * institution, programmes, sessions and nominations, the training year so far and next year's planning round
 * ({@link DemoTrainingYear}), an appraisal year and the careers that follow from it ({@link DemoPerformance}),
 * all through the public API as the agency's HR system, hr-admin, assessor and staff would enter them.
 *
 * <p>The NIPs of the demo supervisor and employee and the partner institutions' ids come from the dev issuer's
 * list ({@code GET /dev-auth/users}, i.e. {@code dev-identities.json}). A load that stopped half-way can be run
 * again: what exists already (409, or found by its code or title) is kept.
 */
public final class DemoData implements DemoDataLoader {

    static final LocalDate STANDARD_FROM = LocalDate.of(2026, 1, 1);
    static final List<String> NATIONAL_COMPETENCIES = List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1");
    /** Functional posts have no class default (docs/domain.md §1.6); Ahli Pertama SKJs commonly ask for level 2. */
    private static final int FUNCTIONAL_ENTRY_LEVEL = 2;
    /**
     * How long a call about an employee is retried until the services have heard of the employee from the
     * asn.employee events: on a fresh stack the consumers start their partitions late, on a busy 2-core machine a
     * minute or more after the import; a minute was not always enough.
     */
    static final Duration EMPLOYEE_ARRIVAL = Duration.ofMinutes(5);
    /** Assessments in flight at once per agency: recording one is CPU-bound in competency-service. */
    private static final int PARALLEL_ASSESSMENTS = 2;
    /** The demo agencies' calendar: the appraisal year is theirs. */
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** One demo agency as the dev issuer describes it. */
    record Agency(String tenant, String name, String supervisorNip, String employeeNip, String institutionId,
                  String institutionName) {

        String user(String role) {
            return role + "." + tenant;
        }
    }

    /** A programme of the demo catalogue and the competency whose gap picks its nominees. */
    private record Programme(String title, String description, String form, long cost, String gapCompetency,
                             List<String> targets, String meetingMode, int days, int weeksAhead) {
    }

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("Pelatihan Manajerial Pengambilan Keputusan",
                    "Analisis masalah, pengambilan keputusan berbasis data dan orientasi pada hasil.",
                    "PELATIHAN_MANAJERIAL", 2_500_000, "M8", List.of("M8", "M4"), "IN_PERSON", 3, 2),
            new Programme("Bimbingan Teknis Komunikasi Efektif dan Pelayanan Publik",
                    "Komunikasi lisan dan tertulis, standar pelayanan dan penanganan pengaduan.",
                    "BIMBINGAN_TEKNIS", 1_200_000, "M3", List.of("M3", "M5"), "ONLINE", 2, 4));

    @Override
    public void load(StackUrls urls, DevAuth auth) {
        long started = System.nanoTime();
        List<Agency> agencies = agencies(auth.users());
        DemoApi api = new DemoApi(urls.gateway(), auth);
        // the agencies are independent; each one's steps depend on the previous ones
        int employees = inParallel(agencies.size(), agencies.stream()
                .map(agency -> (Callable<Integer>) () -> new AgencyLoad(api, agency, auth.signsStaffTokens()).run()).toList())
                .stream().mapToInt(Integer::intValue).sum();
        System.out.printf("demo data: %d agencies, %d employees in %.1f s%n", agencies.size(), employees,
                (System.nanoTime() - started) / 1e9);
    }

    /** Half a second between two tries of a call that waits for an event to arrive. */
    static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("demo data: interrupted");
        }
    }

    /** Runs the calls on {@code threads} threads, waits for all, and fails with the first failure. */
    static <T> List<T> inParallel(int threads, List<Callable<T>> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StackException("demo data: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("demo data: interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The agencies of the dev issuer's list, each with its demo supervisor, employee and partner institution. */
    static List<Agency> agencies(String usersJson) {
        Map<String, Object> users = Json.object(Json.parse(usersJson));
        List<Map<String, Object>> identities = Json.array(users.get("identities")).stream().map(Json::object).toList();
        List<Agency> agencies = new ArrayList<>();
        for (Object t : Json.array(users.get("tenants"))) {
            Map<String, Object> tenant = Json.object(t);
            String id = (String) tenant.get("id");
            Map<String, Object> supervisor = identity(identities, id, "supervisor");
            Map<String, Object> employee = identity(identities, id, "employee");
            Map<String, Object> partner = identity(identities, id, "training-partner");
            agencies.add(new Agency(id, (String) tenant.get("name"), required(supervisor, "nip"),
                    required(employee, "nip"), required(partner, "institution"),
                    required(partner, "institutionName")));
        }
        return agencies;
    }

    private static Map<String, Object> identity(List<Map<String, Object>> identities, String tenant, String role) {
        return identities.stream()
                .filter(i -> tenant.equals(i.get("tenant")) && Json.array(i.get("roles")).contains(role))
                .findFirst().orElseThrow(() -> new StackException(
                        "demo data: the dev issuer has no " + role + " for tenant " + tenant));
    }

    private static String required(Map<String, Object> identity, String field) {
        Object value = identity.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new StackException("demo data: dev identity " + identity.get("username") + " has no " + field);
        }
        return s;
    }

    /**
     * Assessment-centre scores around the required levels, in quarter steps within 1.00-5.00; about a third fall
     * below the requirement, which is what makes gaps, needs and nominations.
     */
    static Map<String, BigDecimal> scores(Random random, Map<String, Integer> required) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        required.forEach((code, level) -> {
            double quarters = Math.round((random.nextGaussian() * 0.6 + 0.1) * 4);
            double score = Math.max(1.0, Math.min(5.0, level + quarters / 4));
            scores.put(code, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP));
        });
        return scores;
    }

    /** Loads one agency; each step prints one line. */
    private static final class AgencyLoad {
        private final DemoApi api;
        private final boolean staffTokens;
        private final Agency agency;
        private final String hr;
        private final Random random;
        private final DemoWorkforce workforce;
        private final Map<String, Map<String, Integer>> requiredByPosition = new HashMap<>();
        private final Map<String, Map<String, BigDecimal>> scoresByNip = new LinkedHashMap<>();

        AgencyLoad(DemoApi api, Agency agency, boolean staffTokens) {
            this.api = api;
            this.staffTokens = staffTokens;
            this.agency = agency;
            this.hr = agency.user("hr");
            this.random = new Random(agency.tenant().hashCode());
            this.workforce = DemoWorkforce.of(agency.tenant(), agency.supervisorNip(), agency.employeeNip());
        }

        int run() {
            Map<String, String> units = units();
            Map<String, String> positions = positions(units);
            progress(units.size() + " units, " + positions.size() + " positions with standards from "
                    + STANDARD_FROM);
            Set<String> created = importEmployees();
            int assessed = assess(created);
            progress(assessed + " assessments by " + agency.user("assessor"));
            List<String> sessions = catalogue();
            int nominated = nominate(sessions);
            progress("partner institution " + agency.institutionId() + ", " + sessions.size()
                    + " programmes with a session each, " + nominated + " nominations");
            progress(new DemoTrainingYear(api, agency, workforce, staffTokens, LocalDate.now(JAKARTA))
                    .load(scoresByNip));
            progress(new DemoPerformance(api, agency, workforce, staffTokens, LocalDate.now(JAKARTA).getYear())
                    .load(jpm(), positions, units));
            return workforce.people().size();
        }

        private Map<String, String> units() {
            Map<String, String> ids = idsByCode("/api/v1/units");
            for (DemoWorkforce.Unit unit : DemoWorkforce.UNITS) {
                if (ids.containsKey(unit.code())) {
                    continue;
                }
                String parent = unit.parentCode() == null ? "null" : quote(ids.get(unit.parentCode()));
                Answer answer = api.postJson(hr, "/api/v1/units", """
                        {"code": %s, "name": %s, "parentId": %s}""".formatted(
                        quote(unit.code()), quote(unit.name()), parent)).expect(201, 409);
                ids.put(unit.code(), answer.status() == 201 ? (String) answer.object().get("id")
                        : idsByCode("/api/v1/units").get(unit.code()));
            }
            return ids;
        }

        private Map<String, String> positions(Map<String, String> units) {
            Map<String, String> ids = idsByCode("/api/v1/positions");
            for (DemoWorkforce.Position position : DemoWorkforce.POSITIONS) {
                if (!ids.containsKey(position.code())) {
                    Answer answer = api.postJson(hr, "/api/v1/positions", """
                            {"code": %s, "title": %s, "positionClass": %s, "unitId": %s}""".formatted(
                            quote(position.code()), quote(position.title()), quote(position.positionClass()),
                            quote(units.get(position.unitCode())))).expect(201, 409);
                    ids.put(position.code(), answer.status() == 201 ? (String) answer.object().get("id")
                            : idsByCode("/api/v1/positions").get(position.code()));
                }
                requiredByPosition.put(position.code(), standard(ids.get(position.code())));
            }
            return ids;
        }

        /** Sets the position's standard from the class default the service suggests; an existing one is kept. */
        private Map<String, Integer> standard(String positionId) {
            Map<String, Integer> required = new LinkedHashMap<>();
            Answer suggestion = api.get(hr, "/api/v1/positions/" + positionId + "/standard-suggestion").expect(200);
            for (Object item : Json.array(suggestion.object().get("items"))) {
                Map<String, Object> i = Json.object(item);
                required.put((String) i.get("competencyCode"), ((BigDecimal) i.get("requiredLevel")).intValue());
            }
            if (required.isEmpty()) {
                NATIONAL_COMPETENCIES.forEach(code -> required.put(code, FUNCTIONAL_ENTRY_LEVEL));
            }
            String items = required.entrySet().stream()
                    .map(e -> "{\"competencyCode\": %s, \"requiredLevel\": %d}".formatted(quote(e.getKey()),
                            e.getValue()))
                    .collect(Collectors.joining(", "));
            api.postJson(hr, "/api/v1/positions/" + positionId + "/standards", """
                    {"effectiveFrom": "%s", "items": [%s]}""".formatted(STANDARD_FROM, items)).expect(201, 409);
            return required;
        }

        /** Imports the SIASN-style export as the integration client; every row must be accepted. */
        private Set<String> importEmployees() {
            Map<String, Object> result = api.postCsv(agency.user("integration"), "/api/v1/employees/import",
                    workforce.csv()).expect(200).object();
            int rejected = ((BigDecimal) result.get("rejected")).intValue();
            List<Map<String, Object>> rows = Json.array(result.get("rows")).stream().map(Json::object).toList();
            if (rejected != 0) {
                String reasons = rows.stream().filter(r -> "REJECTED".equals(r.get("status"))).limit(5)
                        .map(r -> "row " + r.get("row") + " " + r.get("nip") + ": " + r.get("errors"))
                        .collect(Collectors.joining("; "));
                throw new StackException("demo data: the employee import of " + agency.name() + " rejected "
                        + rejected + " rows: " + reasons);
            }
            Set<String> created = rows.stream().filter(r -> "CREATED".equals(r.get("status")))
                    .map(r -> (String) r.get("nip")).collect(Collectors.toSet());
            progress(rows.size() + " employees imported by " + agency.user("integration") + " (" + created.size()
                    + " new, " + result.get("updated") + " updated, " + result.get("unchanged") + " unchanged)");
            return created;
        }

        /**
         * Assessment-centre results for about 45% of the staff, the demo supervisor and employee always. Recording
         * one takes the service a gap computation, so they are sent two at a time per agency.
         */
        private int assess(Set<String> created) {
            String assessor = agency.user("assessor");
            Set<String> fixed = Set.of(agency.supervisorNip(), agency.employeeNip());
            List<Callable<Boolean>> recordings = new ArrayList<>();
            for (Person person : workforce.people()) {
                boolean chosen = random.nextInt(100) < 45;
                if (!chosen && !fixed.contains(person.nip())) {
                    continue;
                }
                Map<String, Integer> required = requiredByPosition.get(person.positionCode());
                Map<String, BigDecimal> scores = scores(random, required);
                if (person.nip().equals(agency.employeeNip())) {
                    // the demo employee always has the two gaps the catalogue trains
                    PROGRAMMES.forEach(p -> scores.put(p.gapCompetency(),
                            BigDecimal.valueOf(Math.max(1, required.get(p.gapCompetency()) - 1)).setScale(2)));
                }
                LocalDate assessedOn = LocalDate.now().minusDays(20 + random.nextInt(300));
                scoresByNip.put(person.nip(), scores);
                String body = """
                        {"nip": %s, "method": "ASSESSMENT_CENTRE", "assessor": %s, "assessedOn": "%s",
                         "note": "Penilaian kompetensi manajerial dan sosial kultural", "scores": [%s]}""".formatted(
                        quote(person.nip()), quote("Tim Asesor BKPSDM " + agency.name()), assessedOn,
                        scores.entrySet().stream()
                                .map(e -> "{\"competencyCode\": %s, \"score\": %s}".formatted(quote(e.getKey()),
                                        e.getValue().toPlainString()))
                                .collect(Collectors.joining(", ")));
                boolean isNew = created.contains(person.nip());
                recordings.add(() -> {
                    if (!isNew && assessedBefore(assessor, person.nip())) {
                        return false;
                    }
                    api.postJson(assessor, "/api/v1/assessments", body).expect(201);
                    return true;
                });
            }
            return (int) inParallel(PARALLEL_ASSESSMENTS, recordings).stream().filter(Boolean::booleanValue).count();
        }

        /** The JPM of each assessed employee: Σ scores ÷ Σ required levels × 100 (docs/domain.md §1.7.2). */
        private Map<String, BigDecimal> jpm() {
            Map<String, BigDecimal> jpm = new HashMap<>();
            Map<String, String> positionOf = workforce.people().stream()
                    .collect(Collectors.toMap(Person::nip, Person::positionCode));
            scoresByNip.forEach((nip, scores) -> {
                Map<String, Integer> required = requiredByPosition.get(positionOf.get(nip));
                BigDecimal current = scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                int wanted = required.values().stream().mapToInt(Integer::intValue).sum();
                jpm.put(nip, current.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(wanted), 2,
                        RoundingMode.HALF_UP));
            });
            return jpm;
        }

        private boolean assessedBefore(String assessor, String nip) {
            Answer page = api.get(assessor, "/api/v1/assessments?size=1&nip=" + nip).expect(200);
            return ((BigDecimal) page.object().get("totalItems")).signum() > 0;
        }

        /** The partner institution (its id is the partner client's claim), the programmes and a session each. */
        private List<String> catalogue() {
            api.postJson(hr, "/api/v1/institutions", """
                    {"id": %s, "name": %s, "kind": "GOVERNMENT", "contactEmail": %s}""".formatted(
                    quote(agency.institutionId()), quote(agency.institutionName()),
                    quote("diklat@" + agency.tenant() + ".go.id"))).expect(201, 409);
            Map<String, String> programmes = new HashMap<>();
            for (Object item : Json.array(api.get(hr, "/api/v1/programs?size=200").expect(200).object().get("items"))) {
                Map<String, Object> p = Json.object(item);
                programmes.put((String) p.get("title"), (String) p.get("id"));
            }
            List<String> sessions = new ArrayList<>();
            for (Programme programme : PROGRAMMES) {
                String programmeId = programmes.get(programme.title());
                if (programmeId == null) {
                    String targets = programme.targets().stream()
                            .map(code -> "{\"competencyCode\": %s, \"targetLevel\": 3}".formatted(quote(code)))
                            .collect(Collectors.joining(", "));
                    programmeId = (String) api.postJson(hr, "/api/v1/programs", """
                            {"title": %s, "description": %s, "developmentPath": "PELATIHAN_KLASIKAL", "form": %s,
                             "institutionId": %s, "costPerParticipant": %d, "postTestRequired": false,
                             "competencies": [%s]}""".formatted(quote(programme.title()),
                            quote(programme.description()), quote(programme.form()), quote(agency.institutionId()),
                            programme.cost(), targets)).expect(201).object().get("id");
                }
                sessions.add(session(programmeId, programme));
            }
            return sessions;
        }

        /** The programme's first session, scheduled on consecutive weekdays some weeks from now. */
        private String session(String programmeId, Programme programme) {
            List<Object> existing = Json.array(api.get(hr, "/api/v1/sessions?size=1&programId=" + programmeId)
                    .expect(200).object().get("items"));
            if (!existing.isEmpty()) {
                return (String) Json.object(existing.get(0)).get("id");
            }
            LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    .plusWeeks(programme.weeksAhead() - 1L);
            List<String> meetings = new ArrayList<>();
            for (int day = 0; day < programme.days(); day++) {
                String place = programme.meetingMode().equals("ONLINE")
                        ? "\"link\": " + quote("https://vicon." + agency.tenant() + ".go.id/bimtek-" + day)
                        : "\"location\": " + quote("Aula BKPSDM " + agency.name());
                meetings.add("{\"date\": \"%s\", \"start\": \"08:00\", \"end\": \"15:30\", \"mode\": %s, %s}"
                        .formatted(monday.plusDays(day), quote(programme.meetingMode()), place));
            }
            return (String) api.postJson(hr, "/api/v1/sessions", """
                    {"programId": %s, "name": %s, "capacity": 30, "enrollmentMode": "NOMINATION",
                     "mandatory": false, "meetings": [%s]}""".formatted(quote(programmeId),
                    quote("Angkatan I Tahun " + monday.getYear()), String.join(", ", meetings)))
                    .expect(201).object().get("id");
        }

        /**
         * hr-admin nominates, per session, up to six assessed employees with a gap in the programme's competency
         * (the demo employee first). training-service learns employees from asn.employee events, so a nomination
         * is retried while the employee has not arrived there yet.
         */
        private int nominate(List<String> sessions) {
            long deadline = System.nanoTime() + EMPLOYEE_ARRIVAL.toNanos();
            int nominated = 0;
            Set<String> done = new HashSet<>();
            for (int i = 0; i < PROGRAMMES.size(); i++) {
                String competency = PROGRAMMES.get(i).gapCompetency();
                List<String> nominees = new ArrayList<>();
                if (i == 0) {
                    nominees.add(agency.employeeNip());
                }
                for (Person person : workforce.people()) {
                    Map<String, BigDecimal> scores = scoresByNip.get(person.nip());
                    if (nominees.size() < 6 && scores != null && !done.contains(person.nip())
                            && !nominees.contains(person.nip()) && scores.get(competency).compareTo(BigDecimal
                            .valueOf(requiredByPosition.get(person.positionCode()).get(competency))) < 0) {
                        nominees.add(person.nip());
                    }
                }
                for (String nip : nominees) {
                    nominate(sessions.get(i), nip, deadline);
                    done.add(nip);
                    nominated++;
                }
            }
            return nominated;
        }

        private void nominate(String sessionId, String nip, long deadline) {
            String body = "{\"sessionId\": %s, \"nip\": %s}".formatted(quote(sessionId), quote(nip));
            while (true) {
                Answer answer = api.postJson(hr, "/api/v1/enrollments", body);
                boolean notArrived = answer.status() == 404 || answer.status() == 422;
                if (!notArrived || System.nanoTime() > deadline) {
                    answer.expect(201, 409);
                    return;
                }
                pause();
            }
        }

        private Map<String, String> idsByCode(String path) {
            Map<String, String> ids = new HashMap<>();
            for (Object item : Json.array(api.get(hr, path + "?size=200").expect(200).object().get("items"))) {
                Map<String, Object> i = Json.object(item);
                ids.put((String) i.get("code"), (String) i.get("id"));
            }
            return ids;
        }

        private void progress(String line) {
            System.out.println("demo data: " + agency.name() + ": " + line);
        }
    }
}
