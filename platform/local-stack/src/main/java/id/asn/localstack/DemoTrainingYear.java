package id.asn.localstack;

import static id.asn.localstack.Json.quote;

import id.asn.localstack.DemoApi.Answer;
import id.asn.localstack.DemoWorkforce.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The training year behind one demo agency, through the public API: programmes of the agency's partner and of a
 * university held earlier this year, most employees through one two-day programme (20 JP) and some through an
 * e-learning day (10 JP) as well or only, a few absent on the second day; pre- and post-tests, completion with
 * certificates and JP, the participants' feedback, a reassessment afterwards in which the partner's participants
 * narrowed their gaps more than the university's and both more than those who did not attend (what the
 * effectiveness report, docs/domain.md §2.8, then shows); and next year's planning round opened: a needs survey
 * with the first answers and a draft plan.
 *
 * <p>Who attends what is {@link #plan pure}, so that a test reads the spread. The part is loaded when the agency
 * has none of its programmes yet; one there means an earlier load got this far and is kept.
 */
final class DemoTrainingYear {

    /** The university partner every demo agency also works with. */
    static final String UNIVERSITY = "Pusat Pendidikan dan Pelatihan Universitas Negeri";
    /** Share of the staff in one of the two-day programmes, and in the e-learning besides or only. */
    private static final int MAIN_SHARE = 80;
    private static final int ELEARNING_BESIDES = 35;
    private static final int ELEARNING_ONLY = 10;
    /** Participants absent on a second day, in per cent: below the 80 % attendance share, not completed. */
    private static final int ABSENT_SHARE = 6;
    /** Feedback answers entered per session at most: each is one call. */
    private static final int FEEDBACK_PER_SESSION = 12;
    /** Share of the assessed staff reassessed after the trainings. */
    private static final int REASSESSED_SHARE = 45;
    private static final int PARALLEL_CALLS = 3;

    /**
     * A programme of the year; {@code university} runs it instead of the agency's partner, {@code yearShare} places
     * its sessions in the part of the year already past.
     */
    record PastProgramme(String title, String description, String path, String form, boolean university,
                         String competency, boolean tests, String mode, int days, double yearShare, int sessions,
                         long cost) {
    }

    static final List<PastProgramme> PROGRAMMES = List.of(
            new PastProgramme("Pelatihan Pelayanan Publik Prima",
                    "Standar pelayanan, maklumat pelayanan, survei kepuasan dan penanganan pengaduan.",
                    "PELATIHAN_KLASIKAL", "PELATIHAN_TEKNIS", false, "M5", true, "IN_PERSON", 2, 0.15, 2, 1_800_000),
            new PastProgramme("Pelatihan Integritas dan Akuntabilitas Kinerja",
                    "Nilai integritas, benturan kepentingan, gratifikasi dan akuntabilitas kinerja instansi.",
                    "PELATIHAN_KLASIKAL", "PELATIHAN_MANAJERIAL", true, "M1", true, "IN_PERSON", 2, 0.35, 2, 2_100_000),
            new PastProgramme("Bimbingan Teknis Perencanaan Kinerja Berorientasi Hasil",
                    "Menyusun sasaran, indikator dan target kinerja yang terukur serta memantau capaiannya.",
                    "PELATIHAN_KLASIKAL", "BIMBINGAN_TEKNIS", true, "M4", true, "IN_PERSON", 2, 0.55, 1, 1_500_000),
            new PastProgramme("E-learning Transformasi Digital ASN",
                    "Budaya kerja digital, keamanan informasi dan layanan publik berbasis elektronik.",
                    "PELATIHAN_NONKLASIKAL", "E_LEARNING", false, "M7", false, "ONLINE", 1, 0.75, 1, 250_000));

    /** One session of a programme: its meeting dates and its participants. */
    record Session(int programme, int number, List<LocalDate> dates, List<Seat> seats) {
        int capacity() {
            return seats.size() + 5;
        }
    }

    /** One participant: present at every meeting unless {@code absentLastDay}; test scores where there are tests. */
    record Seat(String nip, boolean absentLastDay, BigDecimal preTest, BigDecimal postTest) {
    }

    /**
     * Who attends which session, the same for the same workforce every time. The demo employee takes only the
     * e-learning (10 JP), so that their nomination to an upcoming programme has a reason and they show on the
     * list of those below 20 JP.
     */
    static List<Session> plan(DemoWorkforce workforce, String employeeNip, LocalDate today) {
        Random random = new Random(employeeNip.hashCode() * 17L + today.getYear());
        List<List<Seat>> seats = new ArrayList<>();
        List<int[]> sessionOf = new ArrayList<>();
        for (int p = 0; p < PROGRAMMES.size(); p++) {
            for (int s = 0; s < PROGRAMMES.get(p).sessions(); s++) {
                seats.add(new ArrayList<>());
                sessionOf.add(new int[] {p, s + 1});
            }
        }
        int elearning = seats.size() - 1;
        int mainSessions = elearning;
        int next = 0;
        for (Person person : workforce.people()) {
            int draw = random.nextInt(100);
            boolean main = draw < MAIN_SHARE && !person.nip().equals(employeeNip);
            if (main) {
                int session = next++ % mainSessions;
                seats.get(session).add(seat(random, person.nip(), PROGRAMMES.get(sessionOf.get(session)[0])));
            }
            boolean online = main ? random.nextInt(100) < ELEARNING_BESIDES
                    : draw < MAIN_SHARE + ELEARNING_ONLY || person.nip().equals(employeeNip);
            if (online) {
                seats.get(elearning).add(new Seat(person.nip(), false, null, null));
            }
        }
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            PastProgramme programme = PROGRAMMES.get(sessionOf.get(i)[0]);
            LocalDate start = start(today, programme.yearShare() + 0.06 * (sessionOf.get(i)[1] - 1));
            List<LocalDate> dates = new ArrayList<>();
            for (int day = 0; day < programme.days(); day++) {
                dates.add(start.plusDays(day));
            }
            sessions.add(new Session(sessionOf.get(i)[0], sessionOf.get(i)[1], dates, List.copyOf(seats.get(i))));
        }
        return sessions;
    }

    private static Seat seat(Random random, String nip, PastProgramme programme) {
        boolean absent = programme.days() > 1 && random.nextInt(100) < ABSENT_SHARE;
        if (!programme.tests()) {
            return new Seat(nip, absent, null, null);
        }
        int pre = 35 + random.nextInt(36);
        int post = Math.min(100, pre + 8 + random.nextInt(28));
        return new Seat(nip, absent, BigDecimal.valueOf(pre), BigDecimal.valueOf(post));
    }

    /** A Monday at {@code share} of the way from the year's first Monday to three weeks ago. */
    static LocalDate start(LocalDate today, double share) {
        LocalDate first = LocalDate.of(today.getYear(), 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate last = today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!last.isAfter(first)) {
            return last;
        }
        long days = ChronoUnit.DAYS.between(first, last);
        return first.plusDays(Math.round(days * share)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The level a reassessment finds on the programme's competency: the agency's partner's participants gain three
     * quarters of a level two times in three, the university's a quarter every other time, those who did not
     * attend a quarter one time in five.
     */
    static BigDecimal reassessed(Random random, BigDecimal score, Boolean partnerProgramme) {
        double gain;
        if (partnerProgramme == null) {
            gain = random.nextInt(5) == 0 ? 0.25 : 0;
        } else if (partnerProgramme) {
            gain = random.nextInt(3) < 2 ? 0.75 : 0;
        } else {
            gain = random.nextBoolean() ? 0.25 : 0;
        }
        return BigDecimal.valueOf(Math.min(5.0, score.doubleValue() + gain)).setScale(2, RoundingMode.HALF_UP);
    }

    private final DemoApi api;
    private final DemoData.Agency agency;
    private final DemoWorkforce workforce;
    private final boolean staffTokens;
    private final String hr;
    private final LocalDate today;

    DemoTrainingYear(DemoApi api, DemoData.Agency agency, DemoWorkforce workforce, boolean staffTokens,
                     LocalDate today) {
        this.api = api;
        this.agency = agency;
        this.workforce = workforce;
        this.staffTokens = staffTokens;
        this.hr = agency.user("hr");
        this.today = today;
    }

    /**
     * Loads the part; answers one line for the progress output. {@code scoresByNip} are the first assessments'
     * scores, which the reassessment starts from.
     */
    String load(Map<String, Map<String, BigDecimal>> scoresByNip) {
        long started = System.nanoTime();
        List<Object> existing = Json.array(api.get(hr, "/api/v1/programs?size=200").expect(200).object().get("items"));
        if (existing.stream().map(Json::object).anyMatch(p -> PROGRAMMES.stream()
                .anyMatch(programme -> programme.title().equals(p.get("title"))))) {
            return "the training year exists; kept as loaded before";
        }
        String university = university();
        List<String> ids = new ArrayList<>();
        for (PastProgramme p : PROGRAMMES) {
            ids.add((String) api.postJson(hr, "/api/v1/programs", """
                    {"title": %s, "description": %s, "developmentPath": %s, "form": %s, "institutionId": %s,
                     "costPerParticipant": %d, "postTestRequired": false,
                     "competencies": [{"competencyCode": %s, "targetLevel": 3}]}""".formatted(quote(p.title()),
                    quote(p.description()), quote(p.path()), quote(p.form()),
                    quote(p.university() ? university : agency.institutionId()), p.cost(), quote(p.competency())))
                    .expect(201).object().get("id"));
        }
        List<Session> sessions = plan(workforce, agency.employeeNip(), today);
        Map<String, Boolean> partnerOf = new HashMap<>();
        Map<String, String> competencyOf = new HashMap<>();
        int completed = 0;
        int feedback = 0;
        for (Session session : sessions) {
            PastProgramme programme = PROGRAMMES.get(session.programme());
            Map<String, Object> created = schedule(ids.get(session.programme()), programme, session);
            String sessionId = (String) created.get("id");
            Map<String, String> enrolments = new LinkedHashMap<>();
            DemoData.inParallel(PARALLEL_CALLS, session.seats().stream().map(seat -> (Callable<String[]>) () ->
                    new String[] {seat.nip(), nominate(sessionId, seat.nip())}).toList())
                    .forEach(pair -> enrolments.put(pair[0], pair[1]));
            List<Object> meetings = Json.array(created.get("meetings"));
            for (int m = 0; m < meetings.size(); m++) {
                boolean lastDay = m == meetings.size() - 1 && meetings.size() > 1;
                String rows = session.seats().stream()
                        .map(seat -> "{\"externalId\": %s, \"nip\": %s, \"status\": %s}".formatted(
                                quote("demo-" + seat.nip()), quote(seat.nip()),
                                quote(lastDay && seat.absentLastDay() ? "ABSENT" : "PRESENT")))
                        .collect(Collectors.joining(", "));
                api.postJson(hr, "/api/v1/attendance/meetings/" + Json.object(meetings.get(m)).get("id"),
                        "{\"rows\": [" + rows + "]}").expect(200);
            }
            if (programme.tests()) {
                String rows = session.seats().stream()
                        .map(seat -> "{\"nip\": %s, \"preTest\": %s, \"postTest\": %s}".formatted(quote(seat.nip()),
                                seat.preTest().toPlainString(), seat.postTest().toPlainString()))
                        .collect(Collectors.joining(", "));
                api.postJson(hr, "/api/v1/sessions/" + sessionId + "/results", "{\"rows\": [" + rows + "]}")
                        .expect(200);
            }
            for (Object outcome : Json.array(Json.parse(api.postJson(hr, "/api/v1/sessions/" + sessionId
                    + "/completion", "").expect(200).body()))) {
                if ("COMPLETED".equals(Json.object(outcome).get("status"))) {
                    completed++;
                }
            }
            if (programme.days() > 1) {
                session.seats().forEach(seat -> {
                    partnerOf.put(seat.nip(), !programme.university());
                    competencyOf.put(seat.nip(), programme.competency());
                });
            }
            feedback += feedback(session, enrolments);
        }
        int reassessed = reassess(scoresByNip, partnerOf, competencyOf);
        String round = planningRound(ids);
        String followUps = followUps();
        return String.format("training year %d: %d programmes (%s and the agency's partner), %d sessions, %d "
                        + "completions with certificates and JP, %d feedback answers, %d reassessed; %s; %s (%.1f s)",
                today.getYear(), PROGRAMMES.size(), UNIVERSITY, sessions.size(), completed, feedback, reassessed,
                followUps, round, (System.nanoTime() - started) / 1e9);
    }

    /** The university partner; found by name when an earlier load registered it. */
    private String university() {
        Answer answer = api.postJson(hr, "/api/v1/institutions", """
                {"name": %s, "kind": "UNIVERSITY", "contactEmail": %s}""".formatted(quote(UNIVERSITY),
                quote("pusdiklat@universitas.ac.id"))).expect(201, 409);
        if (answer.status() == 201) {
            return (String) answer.object().get("id");
        }
        return Json.array(api.get(hr, "/api/v1/institutions?size=200").expect(200).object().get("items")).stream()
                .map(Json::object).filter(i -> UNIVERSITY.equals(i.get("name"))).map(i -> (String) i.get("id"))
                .findFirst().orElseThrow(() -> new StackException("demo data: " + UNIVERSITY + " not found"));
    }

    /** training-service learns employees from asn.employee events: a nomination waits for the employee to arrive. */
    private String nominate(String sessionId, String nip) {
        long deadline = System.nanoTime() + DemoData.EMPLOYEE_ARRIVAL.toNanos();
        String body = "{\"sessionId\": %s, \"nip\": %s}".formatted(quote(sessionId), quote(nip));
        while (true) {
            Answer answer = api.postJson(hr, "/api/v1/enrollments", body);
            if ((answer.status() != 404 && answer.status() != 422) || System.nanoTime() > deadline) {
                return (String) answer.expect(201).object().get("id");
            }
            DemoData.pause();
        }
    }

    private Map<String, Object> schedule(String programmeId, PastProgramme programme, Session session) {
        String meetings = session.dates().stream()
                .map(date -> "{\"date\": \"%s\", \"start\": \"08:00\", \"end\": \"15:30\", \"mode\": %s, %s}"
                        .formatted(date, quote(programme.mode()), programme.mode().equals("ONLINE")
                                ? "\"link\": " + quote("https://elearning." + agency.tenant() + ".go.id/kelas")
                                : "\"location\": " + quote("Aula BKPSDM " + agency.name())))
                .collect(Collectors.joining(", "));
        return api.postJson(hr, "/api/v1/sessions", """
                {"programId": %s, "name": %s, "capacity": %d, "enrollmentMode": "NOMINATION", "mandatory": false,
                 "meetings": [%s]}""".formatted(quote(programmeId),
                quote("Angkatan " + roman(session.number()) + " Tahun " + today.getYear()), session.capacity(),
                meetings)).expect(201).object();
    }

    /** Participants who completed answer the questionnaire, as themselves (dev issuer staff tokens only). */
    private int feedback(Session session, Map<String, String> enrolments) {
        if (!staffTokens) {
            return 0;
        }
        Random random = new Random(session.programme() * 31L + session.number());
        List<Callable<Boolean>> answers = session.seats().stream().filter(seat -> !seat.absentLastDay())
                .limit(FEEDBACK_PER_SESSION).map(seat -> (Callable<Boolean>) () -> {
                    int base = PROGRAMMES.get(session.programme()).university() ? 3 : 4;
                    String body = """
                            {"enrollmentId": %s, "relevance": %d, "content": %d, "facilitator": %d,
                             "organisation": %d, "usefulness": %d, "comment": "Materi relevan dengan tugas."}"""
                            .formatted(quote(enrolments.get(seat.nip())), score(random, base), score(random, base),
                                    score(random, base), score(random, base), score(random, base));
                    api.postJson(DemoApi.staff(agency.tenant(), seat.nip(), "employee"), "/api/v1/evaluations",
                            body).expect(201);
                    return true;
                }).toList();
        return DemoData.inParallel(PARALLEL_CALLS, answers).size();
    }

    /**
     * The follow-ups at work (docs/domain.md §2.7) of the sessions held more than the configured months ago are
     * due: their supervisors answer about two in three, seeing the target level or one below; the rest stay open
     * (the older ones overdue), and the demo supervisor's are all left open to answer in the demo.
     */
    private String followUps() {
        Map<String, Object> page = api.get(hr, "/api/v1/follow-ups?status=DUE&status=OVERDUE&size=200").expect(200)
                .object();
        List<Object> open = Json.array(page.get("items"));
        int due = ((Number) page.get("totalItems")).intValue();
        if (!staffTokens) {
            return due + " follow-ups at work due";
        }
        Random random = new Random(agency.tenant().hashCode() * 13L);
        List<Callable<Boolean>> answers = new ArrayList<>();
        for (Object item : open) {
            Map<String, Object> followUp = Json.object(item);
            String supervisor = (String) followUp.get("supervisorNip");
            if (supervisor == null || supervisor.equals(agency.supervisorNip()) || random.nextInt(3) == 0) {
                continue;
            }
            String lines = Json.array(followUp.get("competencies")).stream().map(Json::object)
                    .map(line -> "{\"competencyCode\": %s, \"observedLevel\": %d, \"example\": %s}".formatted(
                            quote((String) line.get("competencyCode")),
                            Math.max(1, ((Number) line.get("targetLevel")).intValue() - random.nextInt(2)),
                            quote("Menerapkan materi pelatihan dalam penyusunan laporan dan pelayanan di unit.")))
                    .collect(Collectors.joining(", "));
            answers.add(() -> {
                api.postJson(DemoApi.staff(agency.tenant(), supervisor, "employee", "supervisor"),
                        "/api/v1/follow-ups/" + followUp.get("id") + "/answer", "{\"competencies\": [" + lines + "]}")
                        .expect(200);
                return true;
            });
        }
        int answered = DemoData.inParallel(PARALLEL_CALLS, answers).size();
        return String.format("%d follow-ups at work answered, %d open", answered, due - answered);
    }

    private static int score(Random random, int base) {
        return Math.min(5, base + random.nextInt(2));
    }

    /**
     * Part of the assessed staff is assessed again after the trainings: the programme's competency as
     * {@link #reassessed} finds it, the others as before.
     */
    private int reassess(Map<String, Map<String, BigDecimal>> scoresByNip, Map<String, Boolean> partnerOf,
                         Map<String, String> competencyOf) {
        Random random = new Random(agency.tenant().hashCode() * 7L);
        String assessor = agency.user("assessor");
        List<Callable<Boolean>> recordings = new ArrayList<>();
        for (Person person : workforce.people()) {
            Map<String, BigDecimal> before = scoresByNip.get(person.nip());
            if (before == null || random.nextInt(100) >= REASSESSED_SHARE) {
                continue;
            }
            Map<String, BigDecimal> after = new LinkedHashMap<>(before);
            for (PastProgramme programme : PROGRAMMES) {
                String code = programme.competency();
                if (after.containsKey(code)) {
                    Boolean partner = code.equals(competencyOf.get(person.nip())) ? partnerOf.get(person.nip()) : null;
                    after.put(code, reassessed(random, after.get(code), partner));
                }
            }
            String body = """
                    {"nip": %s, "method": "ASSESSMENT_CENTRE", "assessor": %s, "assessedOn": "%s",
                     "note": "Penilaian ulang setelah pengembangan kompetensi", "scores": [%s]}""".formatted(
                    quote(person.nip()), quote("Tim Asesor BKPSDM " + agency.name()),
                    today.minusDays(3 + random.nextInt(10)), after.entrySet().stream()
                            .map(e -> "{\"competencyCode\": %s, \"score\": %s}".formatted(quote(e.getKey()),
                                    e.getValue().toPlainString()))
                            .collect(Collectors.joining(", ")));
            recordings.add(() -> {
                api.postJson(assessor, "/api/v1/assessments", body).expect(201);
                return true;
            });
        }
        return DemoData.inParallel(2, recordings).size();
    }

    /** Next year's round: the needs survey open with the demo supervisor's first answers, a draft plan. */
    private String planningRound(List<String> programmeIds) {
        int year = today.getYear() + 1;
        String survey = (String) api.postJson(hr, "/api/v1/needs-surveys", """
                {"title": %s, "year": %d}""".formatted(quote("Survei Kebutuhan Pengembangan Kompetensi Tahun "
                + year), year)).expect(201).object().get("id");
        List<Person> reports = workforce.people().stream()
                .filter(p -> agency.supervisorNip().equals(p.supervisorNip())
                        && !p.nip().equals(agency.employeeNip())).limit(3).toList();
        for (Person report : reports) {
            api.postJson(agency.user("supervisor"), "/api/v1/needs-surveys/" + survey + "/responses", """
                    {"nip": %s, "items": [{"competencyCode": "M8", "priority": 1,
                     "note": "Perlu penguatan analisis data untuk rekomendasi kebijakan."}]}""".formatted(
                    quote(report.nip()))).expect(200, 201);
        }
        String plan = (String) api.postJson(hr, "/api/v1/training-plans", """
                {"year": %d, "title": %s, "budget": 350000000}""".formatted(year,
                quote("Rencana Pengembangan Kompetensi Tahun " + year))).expect(201).object().get("id");
        int[] participants = {60, 40, 30, 150};
        for (int i = 0; i < programmeIds.size(); i++) {
            api.postJson(hr, "/api/v1/training-plans/" + plan + "/items", """
                    {"programId": %s, "plannedParticipants": %d, "competencyCode": %s}""".formatted(
                    quote(programmeIds.get(i)), participants[i], quote(PROGRAMMES.get(i).competency())))
                    .expect(200, 201);
        }
        return "planning " + year + ": needs survey open (" + reports.size() + " answers), draft plan with "
                + programmeIds.size() + " programmes";
    }

    private static String roman(int number) {
        return switch (number) {
            case 1 -> "I";
            case 2 -> "II";
            default -> "III";
        };
    }
}
