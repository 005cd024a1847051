package id.asn.competency.bench;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.competency.Agency;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.BenchFigures;
import id.asn.platform.testinfra.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.junit.jupiter.api.Test;

/**
 * Measurements, not assertions (excluded from the normal build): the time to import 10,000 employees through the
 * API against a raw COPY of the same rows into the same table in the same run, and to compute an agency gap report
 * over 50,000 employees with assessments. Run with {@code bench/run competency}; the figures are printed, written to
 * {@code target/benchmark.txt} and, for the report of {@code ./asn bench}, to {@code target/bench/competency.json}.
 */
@QuarkusTest
@Tag("benchmark")
class CompetencyBenchmark {

    private static final int IMPORT_ROWS = 10_000;
    private static final int REPORT_EMPLOYEES = 50_000;
    private static final int RUNS = 5;
    private static final int IMPORT_ROUNDS = 3;
    private static final int RLS_ROUNDS = 3;
    // a call of each read per round: the agency gap report takes seconds, the pages milliseconds
    private static final Map<String, Integer> RLS_CALLS_OF = Map.of("agency gap report", 3);
    private static final int RLS_CALLS = 20;

    private final List<String> lines = new ArrayList<>();
    private final BenchFigures figures = BenchFigures.of("competency");

    @Test
    void measure() throws Exception {
        importTenThousand();
        Agency reported = gapReportOverFiftyThousand();
        rowLevelSecurityOverhead(reported);
        Files.write(Path.of("target", "benchmark.txt"), lines);
        figures.write();
        lines.forEach(System.out::println);
    }

    private void importTenThousand() throws Exception {
        String csv = employeesCsv();
        double[] imported = new double[IMPORT_ROUNDS];
        double[] copied = new double[IMPORT_ROUNDS];
        Agency agency = null;
        for (int r = 0; r < IMPORT_ROUNDS; r++) {
            agency = new Agency("bench-import-" + r);
            String unit = agency.unit("DINAS", null);
            String position = agency.position("ADM", "ADMINISTRATOR", unit);
            agency.standard(position, LocalDate.of(2025, 1, 1), Agency.national(3));
            String token = agency.token(Roles.INTEGRATION);
            // the answer (a result per row) is read outside the timing: REST Assured's Groovy JSON of 10,000
            // rows costs the client more CPU than the import costs the service, on the same 2 cores
            long start = System.nanoTime();
            byte[] answer = given().auth().oauth2(token).contentType("text/csv").body(csv)
                    .post("/api/v1/employees/import").then().statusCode(200).extract().asByteArray();
            imported[r] = (System.nanoTime() - start) / 1e6;
            int created = new ObjectMapper().readTree(answer).path("created").asInt();
            copied[r] = rawCopy(agency.tenant + "-copy", UUID.fromString(unit), UUID.fromString(position));
            lines.add(String.format(Locale.ROOT, "round %d: import %d rows (CSV, all new, with position: %d created, "
                    + "%d employee.registered + %d gap-changed events): %.0f ms; raw COPY of %d rows into employee: "
                    + "%.0f ms", r + 1, IMPORT_ROWS, created, created, created, imported[r], IMPORT_ROWS, copied[r]));
        }
        double warmImport = BenchFigures.median(Arrays.copyOfRange(imported, 1, IMPORT_ROUNDS));
        double warmCopy = BenchFigures.median(Arrays.copyOfRange(copied, 1, IMPORT_ROUNDS));
        figures.row("employee-import", "employee import, " + IMPORT_ROWS + " new rows with a position, warm (median of "
                        + (IMPORT_ROUNDS - 1) + ")")
                .value(warmImport, "ms")
                .baseline(warmCopy, "raw COPY (PostgreSQL CopyManager) of the same rows into employee")
                .ratio(warmCopy / warmImport, "raw COPY time ÷ import time")
                .goal("≥ 0.5 of raw COPY (issue 12 item 3)")
                .note("the import also checks every row, computes each employee's gaps and writes 2 outbox events "
                        + "per row");
        long start = System.nanoTime();
        int unchanged = given().auth().oauth2(agency.token(Roles.INTEGRATION)).contentType("text/csv")
                .body(csv).post("/api/v1/employees/import").then().statusCode(200).extract()
                .path("unchanged");
        double againMs = (System.nanoTime() - start) / 1e6;
        lines.add(String.format(Locale.ROOT, "import the same %d rows again (%d unchanged): %.0f ms", IMPORT_ROWS,
                unchanged, againMs));

        // the same volume without positions: no gaps to compute, half the events
        Agency plain = new Agency("bench-import-plain");
        plain.unit("DINAS", null);
        String withoutPosition = csv.replace(",ADM,", ",,");
        start = System.nanoTime();
        given().auth().oauth2(plain.token(Roles.INTEGRATION)).contentType("text/csv").body(withoutPosition)
                .post("/api/v1/employees/import").then().statusCode(200);
        lines.add(String.format(Locale.ROOT, "import %d new rows without a position (%d employee.registered, "
                + "no gaps): %.0f ms", IMPORT_ROWS, IMPORT_ROWS, (System.nanoTime() - start) / 1e6));
    }

    private static String employeesCsv() {
        StringBuilder csv = new StringBuilder("nipBaru,nama,jenisPegawai,unorKode,jabatanKode,golRuang,pendidikan\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append(String.format(Locale.ROOT, "%s,Pegawai %d,PNS,DINAS,ADM,III/a,S1%n", nip(i), i));
        }
        return csv.toString();
    }

    private static LocalDate birth(int i) {
        return LocalDate.of(1970, 1, 1).plusDays(i / 999);
    }

    private static String nip(int i) {
        LocalDate birth = birth(i);
        return String.format(Locale.ROOT, "%04d%02d%02d2005011%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), i % 999 + 1);
    }

    /** Milliseconds to COPY the import's rows into {@code employee} for {@code tenant}, in one transaction. */
    private double rawCopy(String tenant, UUID unit, UUID position) throws Exception {
        try (Connection connection = TestDatabase.superuser()) {
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            StringBuilder rows = new StringBuilder(IMPORT_ROWS * 220);
            String now = OffsetDateTime.now().toString();
            for (int i = 0; i < IMPORT_ROWS; i++) {
                rows.append(UUID.randomUUID()).append('\t').append(tenant).append('\t').append(nip(i))
                        .append("\tPegawai ").append(i).append("\tPNS\tMALE\t").append(birth(i))
                        .append("\t2005-01-01\t").append(unit).append('\t').append(position)
                        .append("\tIII/a\tS1\ttrue\t").append(now).append("\tbench\t").append(now)
                        .append("\tbench\t0\n");
            }
            new CopyManager(connection.unwrap(BaseConnection.class)).copyIn("copy employee (id, tenant_id, nip, name, "
                    + "employee_type, gender, birth_date, tmt, unit_id, position_id, rank, education, active, "
                    + "created_at, created_by, updated_at, updated_by, version) from stdin",
                    new StringReader(rows.toString()));
            connection.commit();
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private Agency gapReportOverFiftyThousand() throws Exception {
        Agency agency = new Agency("bench-report");
        long seedStart = System.nanoTime();
        seed(agency.tenant);
        double seedMs = (System.nanoTime() - seedStart) / 1e6;
        String unit = given().auth().oauth2(agency.token(Roles.HR_ADMIN)).get("/api/v1/units?roots=true&size=1")
                .then().statusCode(200).extract().path("items[0].id");
        String position = given().auth().oauth2(agency.token(Roles.HR_ADMIN)).get("/api/v1/positions?size=1")
                .then().statusCode(200).extract().path("items[0].id");

        lines.add(String.format(Locale.ROOT, "seed %d employees, %d assessments, %d scores by SQL: %.0f ms",
                REPORT_EMPLOYEES, REPORT_EMPLOYEES, REPORT_EMPLOYEES * 9, seedMs));
        lines.add(time("agency gap report, " + REPORT_EMPLOYEES + " employees",
                () -> given().auth().oauth2(agency.token(Roles.HR_ADMIN)).get("/api/v1/gap-reports")
                        .then().statusCode(200)));
        lines.add(time("unit gap report (a top unit with its subunits)",
                () -> given().auth().oauth2(agency.token(Roles.HR_ADMIN)).get("/api/v1/gap-reports?unitId=" + unit)
                        .then().statusCode(200)));
        lines.add(time("job fit for one position over the agency (first page)",
                () -> given().auth().oauth2(agency.token(Roles.HR_ADMIN))
                        .get("/api/v1/positions/" + position + "/job-fit").then().statusCode(200)));
        return agency;
    }

    /**
     * What row-level security costs (issue 13 item 8, ADR 0025): the same reads of the 50,000-employee agency (its
     * tables also hold the import rounds' agencies), alternately with the policies in force and with them lifted
     * ({@code no force row level security}: the owner the app connects as is then exempt), in the same run; and the
     * round trip the kit adds to every connection checkout to set the tenant, against a bare {@code select 1}.
     */
    private void rowLevelSecurityOverhead(Agency agency) throws Exception {
        String token = agency.token(Roles.HR_ADMIN);
        Map<String, Runnable> reads = new LinkedHashMap<>();
        reads.put("agency gap report", () -> given().auth().oauth2(token).get("/api/v1/gap-reports")
                .then().statusCode(200));
        reads.put("employee list, first page of 50", () -> given().auth().oauth2(token)
                .get("/api/v1/employees?size=50").then().statusCode(200));
        reads.put("employee list, page 500 of 50", () -> given().auth().oauth2(token)
                .get("/api/v1/employees?size=50&page=500").then().statusCode(200));
        Map<String, double[]> forced = new LinkedHashMap<>();
        Map<String, double[]> lifted = new LinkedHashMap<>();
        reads.keySet().forEach(read -> {
            forced.put(read, new double[RLS_ROUNDS]);
            lifted.put(read, new double[RLS_ROUNDS]);
        });
        List<String> tables = tenantTables();
        try {
            for (int round = 0; round < RLS_ROUNDS; round++) {
                for (boolean inForce : new boolean[] {true, false}) {
                    force(tables, inForce);
                    for (Map.Entry<String, Runnable> read : reads.entrySet()) {
                        read.getValue().run();
                        int calls = RLS_CALLS_OF.getOrDefault(read.getKey(), RLS_CALLS);
                        long start = System.nanoTime();
                        for (int i = 0; i < calls; i++) {
                            read.getValue().run();
                        }
                        double ms = (System.nanoTime() - start) / 1e6 / calls;
                        (inForce ? forced : lifted).get(read.getKey())[round] = ms;
                    }
                }
            }
        } finally {
            force(tables, true);
        }
        for (String read : reads.keySet()) {
            double with = BenchFigures.median(forced.get(read));
            double without = BenchFigures.median(lifted.get(read));
            lines.add(String.format(Locale.ROOT, "row-level security, %s: %.2f ms with the policies, %.2f ms "
                    + "without (%+.1f%%), median of %d rounds of %d calls", read, with, without,
                    (with / without - 1) * 100, RLS_ROUNDS, RLS_CALLS_OF.getOrDefault(read, RLS_CALLS)));
            figures.row("rls-" + read.replaceAll("[^a-z0-9]+", "-"), "row-level security: " + read + " of an agency of "
                            + REPORT_EMPLOYEES + " employees, through the API")
                    .value(with, "ms")
                    .baseline(without, "the same read with the policies lifted (no force row level security)")
                    .ratio(with / without, "time with the policies ÷ time without")
                    .goal("the overhead measured (issue 13 item 8)");
        }
        double[] perCheckout = tenantSettingRoundTrip();
        lines.add(String.format(Locale.ROOT, "setting the tenant on a connection checkout: %.1f µs, a bare select 1: "
                + "%.1f µs (median of %d)", perCheckout[0], perCheckout[1], RLS_CALLS * 10));
        figures.row("rls-checkout", "setting asn.tenant and asn.scope on a connection checkout (TenantSession)")
                .value(perCheckout[0], "µs")
                .baseline(perCheckout[1], "a bare select 1 on the same connection")
                .ratio(perCheckout[0] / perCheckout[1], "set_config round trip ÷ select 1 round trip")
                .goal("the overhead measured (issue 13 item 8)");
    }

    private static List<String> tenantTables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = TestDatabase.superuser();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select polrelid::regclass::text from pg_policy where polname = 'tenant_isolation'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void force(List<String> tables, boolean inForce) throws Exception {
        try (Connection connection = TestDatabase.superuser(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("alter table " + table + (inForce ? " force" : " no force") + " row level security");
            }
        }
    }

    /** Microseconds per {@code TenantSession}'s statement and per {@code select 1}, alternating, on one connection. */
    private static double[] tenantSettingRoundTrip() throws Exception {
        int samples = RLS_CALLS * 10;
        double[] setting = new double[samples];
        double[] bare = new double[samples];
        try (Connection connection = TestDatabase.superuser();
             PreparedStatement set = connection.prepareStatement(
                     "select set_config('asn.tenant', ?, false), set_config('asn.scope', ?, false)");
             PreparedStatement one = connection.prepareStatement("select 1")) {
            for (int i = 0; i < samples + 100; i++) {
                long start = System.nanoTime();
                set.setString(1, "bench-report");
                set.setString(2, "");
                set.execute();
                long between = System.nanoTime();
                one.execute();
                long end = System.nanoTime();
                if (i >= 100) {
                    setting[i - 100] = (between - start) / 1e3;
                    bare[i - 100] = (end - between) / 1e3;
                }
            }
        }
        return new double[] {BenchFigures.median(setting), BenchFigures.median(bare)};
    }

    private String time(String what, Runnable call) {
        call.run();
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "%s: median %d ms (min %d, max %d, %d runs after a warm-up)", what,
                ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS);
    }

    // 10 top units with 4 subunits each, 20 positions with a 9-item standard, 50,000 employees spread over them,
    // one assessment-centre result of 9 scores each and the current levels the evidence rule would give
    private void seed(String tenant) throws Exception {
        String audit = "now(), 'bench', now(), 'bench', 0";
        String[] statements = {
            "insert into org_unit (id, tenant_id, code, name, parent_id, created_at, created_by, updated_at, "
                    + "updated_by, version) select gen_random_uuid(), @tenant, 'TOP' || g, 'Dinas ' || g, null, " + audit
                    + " from generate_series(1, 10) g",
            "insert into org_unit (id, tenant_id, code, name, parent_id, created_at, created_by, updated_at, "
                    + "updated_by, version) select gen_random_uuid(), @tenant, 'SUB' || p.code || '-' || g, 'Bidang ' || g,"
                    + " p.id, " + audit + " from org_unit p cross join generate_series(1, 4) g where p.tenant_id = @tenant",
            "insert into job_position (id, tenant_id, code, title, position_class, unit_id, created_at, created_by, "
                    + "updated_at, updated_by, version) select gen_random_uuid(), @tenant, 'POS' || g, 'Jabatan ' || g, "
                    + "(array['ADMINISTRATOR','PENGAWAS','PELAKSANA','JF_AHLI_MUDA'])[1 + g % 4], null, " + audit
                    + " from generate_series(1, 20) g",
            "insert into position_standard (id, tenant_id, position_id, effective_from, created_at, created_by, "
                    + "updated_at, updated_by, version) select gen_random_uuid(), @tenant, id, date '2025-01-01', " + audit
                    + " from job_position where tenant_id = @tenant",
            "insert into position_standard_item (standard_id, competency_code, required_level) select s.id, c.code,"
                    + " 2 + (abs(hashtext(s.id::text || c.code)) % 3) from position_standard s cross join "
                    + "(values ('M1'),('M2'),('M3'),('M4'),('M5'),('M6'),('M7'),('M8'),('SK1')) c(code) "
                    + "where s.tenant_id = @tenant",
            "insert into employee (id, tenant_id, nip, name, employee_type, gender, birth_date, tmt, unit_id, "
                    + "position_id, active, created_at, created_by, updated_at, updated_by, version) "
                    + "select gen_random_uuid(), @tenant, to_char(date '1970-01-01' + g / 999, 'YYYYMMDD') || '2005011' "
                    + "|| lpad((g % 999 + 1)::text, 3, '0'), 'Pegawai ' || g, 'PNS', 'MALE', "
                    + "date '1970-01-01' + g / 999, date '2005-01-01', "
                    + "(select array_agg(id order by code) from org_unit where tenant_id = @tenant)[1 + g % 50], "
                    + "(select array_agg(id order by code) from job_position where tenant_id = @tenant)[1 + g % 20], "
                    + "true, " + audit + " from generate_series(0, " + (REPORT_EMPLOYEES - 1) + ") g",
            "insert into assessment (id, tenant_id, employee_id, method, assessor, assessed_on, valid_until, "
                    + "created_at, created_by, updated_at, updated_by, version) select gen_random_uuid(), @tenant, id, "
                    + "'ASSESSMENT_CENTRE', 'bench', current_date - 100, current_date + 900, " + audit
                    + " from employee where tenant_id = @tenant",
            "insert into assessment_score (assessment_id, competency_code, score) select a.id, c.code, "
                    + "round((1 + random() * 4)::numeric, 2) from assessment a cross join "
                    + "(values ('M1'),('M2'),('M3'),('M4'),('M5'),('M6'),('M7'),('M8'),('SK1')) c(code) "
                    + "where a.tenant_id = @tenant",
            "insert into current_level (tenant_id, employee_id, competency_code, level, assessment_id, method, "
                    + "assessed_on, valid_until) select a.tenant_id, a.employee_id, s.competency_code, s.score, a.id, "
                    + "a.method, a.assessed_on, a.valid_until from assessment a join assessment_score s "
                    + "on s.assessment_id = a.id where a.tenant_id = @tenant",
            "analyze"
        };
        try (Connection connection = TestDatabase.superuser()) {
            for (String sql : statements) {
                String bound = sql.replace("@tenant", "?");
                try (PreparedStatement statement = connection.prepareStatement(bound)) {
                    int parameters = bound.length() - bound.replace("?", "").length();
                    for (int i = 1; i <= parameters; i++) {
                        statement.setString(i, tenant);
                    }
                    statement.execute();
                }
            }
        }
    }
}
