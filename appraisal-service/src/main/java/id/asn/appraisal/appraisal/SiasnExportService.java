package id.asn.appraisal.appraisal;

import id.asn.appraisal.appraisal.SiasnViews.KinerjaPeriodik;
import id.asn.appraisal.appraisal.SiasnViews.Skp22;
import id.asn.appraisal.config.AppraisalConfig;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.period.PeriodService;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The export of a period's finalized results in SIASN's field names (docs/domain.md §3.3): annual ones as
 * {@code skp22}, periodic ones as {@code kinerjaperiodik}, each as paged JSON or as one CSV written in batches, for
 * hr-admin. A result an objection corrected is exported as corrected. The {@code *Nilai} codes are configuration.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiasnExportService {

    /** The rater is an ASN in every appraisal of this service. */
    static final String STATUS_PENILAI = "ASN";
    private static final int BATCH = 500;

    private final AppraisalRepository appraisals;
    private final PeriodService periods;
    private final People people;
    private final AppraisalConfig config;

    @Inject
    SiasnExportService(AppraisalRepository appraisals, PeriodService periods, People people, AppraisalConfig config) {
        this.appraisals = appraisals;
        this.periods = periods;
        this.people = people;
        this.config = config;
    }

    /** The period's id if hr-admin of its agency asks; 404 otherwise, before any row is written. */
    public UUID requirePeriod(UUID periodId) {
        if (!people.isAgencyWide()) {
            throw ProblemException.notFound();
        }
        return periods.terms(periodId).id();
    }

    public Page<Skp22> skp22(UUID periodId, PageRequest page) {
        requirePeriod(periodId);
        PanacheQuery<Appraisal> query = finalized(periodId, PeriodType.ANNUAL);
        List<Appraisal> rows = query.page(page.page - 1, page.size).list();
        return Page.of(rows(rows, this::skp22), page, query.count());
    }

    public Page<KinerjaPeriodik> kinerjaPeriodik(UUID periodId, PageRequest page) {
        requirePeriod(periodId);
        PanacheQuery<Appraisal> query = finalized(periodId, PeriodType.PERIODIC);
        List<Appraisal> rows = query.page(page.page - 1, page.size).list();
        return Page.of(rows(rows, this::kinerjaPeriodik), page, query.count());
    }

    /** Writes the period's {@code skp22} rows as CSV with a header, {@value #BATCH} appraisals at a time. */
    public void writeSkp22(UUID periodId, Writer out) {
        write(requirePeriod(periodId), PeriodType.ANNUAL, SiasnViews.SKP22_COLUMNS, out, a -> skp22(a).cells());
    }

    /** Writes the period's {@code kinerjaperiodik} rows as CSV with a header, {@value #BATCH} appraisals at a time. */
    public void writeKinerjaPeriodik(UUID periodId, Writer out) {
        write(requirePeriod(periodId), PeriodType.PERIODIC, SiasnViews.KINERJA_PERIODIK_COLUMNS, out,
                a -> kinerjaPeriodik(a).cells());
    }

    private void write(UUID periodId, PeriodType type, List<String> columns, Writer out,
                       Function<Row, List<Object>> cells) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get();
        try {
            CSVPrinter csv = new CSVPrinter(out, format);
            PanacheQuery<Appraisal> query = finalized(periodId, type).page(0, BATCH);
            for (List<Appraisal> batch = query.list(); !batch.isEmpty(); batch = query.nextPage().list()) {
                for (Row row : rated(batch)) {
                    csv.printRecord(cells.apply(row));
                }
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PanacheQuery<Appraisal> finalized(UUID periodId, PeriodType type) {
        return appraisals.scoped("periodId = :period and periodType = :type and status = :status",
                Map.of("period", periodId, "type", type, "status", Appraisal.Status.FINALIZED),
                Sort.by("nip").and("periodNumber").and("id"));
    }

    /** An appraisal with its rater as the employee projection knows them. */
    private record Row(Appraisal appraisal, Optional<EmployeeDirectory.Person> rater) {
    }

    private <V> List<V> rows(List<Appraisal> batch, Function<Row, V> row) {
        return rated(batch).stream().map(row).toList();
    }

    private List<Row> rated(List<Appraisal> batch) {
        Map<String, Optional<EmployeeDirectory.Person>> raters = new HashMap<>();
        batch.forEach(a -> raters.computeIfAbsent(a.raterNip, people::find));
        return batch.stream().map(a -> new Row(a, raters.get(a.raterNip))).toList();
    }

    private Skp22 skp22(Row r) {
        Appraisal a = r.appraisal();
        return new Skp22(a.nip, a.year, rating(a.hasilKerja), rating(a.perilakuKerja), kuadran(a.predikat),
                a.raterNip, name(r), unit(r), rank(r), position(r), STATUS_PENILAI, null);
    }

    private KinerjaPeriodik kinerjaPeriodik(Row r) {
        Appraisal a = r.appraisal();
        return new KinerjaPeriodik(a.nip, a.year, a.periodStart.getMonthValue(), a.periodEnd.getMonthValue(),
                a.periodStart.getYear(), a.periodEnd.getYear(), null, null, rating(a.hasilKerja),
                rating(a.perilakuKerja), kuadran(a.predikat), a.raterNip, name(r), unit(r), rank(r), position(r),
                STATUS_PENILAI, null);
    }

    private static String name(Row r) {
        return r.rater().map(EmployeeDirectory.Person::name).orElse(null);
    }

    private static String unit(Row r) {
        return r.rater().map(EmployeeDirectory.Person::unitName).orElse(null);
    }

    private static String rank(Row r) {
        return r.rater().map(EmployeeDirectory.Person::rank).orElse(null);
    }

    private static String position(Row r) {
        return r.rater().map(EmployeeDirectory.Person::positionTitle).orElse(null);
    }

    private int rating(Rating rating) {
        return code(config.siasn().ratingCode(), rating.name(), "rating-code");
    }

    private int kuadran(Predikat predikat) {
        return code(config.siasn().kuadranCode(), predikat.name(), "kuadran-code");
    }

    private static int code(Map<String, Integer> codes, String key, String table) {
        Integer code = codes.get(key);
        if (code == null) {
            throw new IllegalStateException("appraisal.siasn." + table + " lacks " + key);
        }
        return code;
    }
}
