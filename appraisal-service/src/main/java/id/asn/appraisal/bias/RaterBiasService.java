package id.asn.appraisal.bias;

import id.asn.appraisal.appraisal.Predikat;
import id.asn.appraisal.bias.RaterBiasViews.RaterBias;
import id.asn.appraisal.bias.RaterBiasViews.Spread;
import id.asn.appraisal.config.AppraisalConfig;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.period.PeriodService;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rater bias report of a period (docs/domain.md §3.5), for hr-admin: per pejabat penilai and unit, the predikats
 * they gave (before calibration) against their unit's and the agency's, their leniency or severity against the
 * calibrated results and against the peers and subordinates who rated the same people (§3.4.1, counting groups
 * only), and how many of their ratings calibration changed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RaterBiasService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RaterBiasQuery query;
    private final PeriodService periods;
    private final People people;
    private final AppraisalConfig config;

    @Inject
    RaterBiasService(RaterBiasQuery query, PeriodService periods, People people, AppraisalConfig config) {
        this.query = query;
        this.periods = periods;
        this.people = people;
        this.config = config;
    }

    public Page<RaterBias> report(UUID periodId, PageRequest page) {
        UUID period = periods.terms(periodId).id();
        List<RaterBiasQuery.Row> rows = query.page(period, config.raterGroups().peerMinimum(),
                config.raterGroups().subordinateMinimum(), page.offset(), page.size);
        Map<String, String> names = people.names(rows.stream().map(r -> (String) r.columns()[0]).distinct().toList());
        List<RaterBias> items = rows.stream().map(RaterBiasQuery.Row::columns).map(c -> new RaterBias(
                (String) c[0], names.get((String) c[0]), (String) c[1], spread(c, 2), spread(c, 14), spread(c, 21),
                decimal(c[9]), decimal(c[10]), number(c[11]), number(c[12]))).toList();
        return Page.of(items, page, query.count(period));
    }

    /** Seven columns from {@code from}: the count, the five predikat counts best to worst, the mean score. */
    private static Spread spread(Object[] c, int from) {
        long total = number(c[from]);
        Map<Predikat, Long> counts = new EnumMap<>(Predikat.class);
        Map<Predikat, BigDecimal> percent = new EnumMap<>(Predikat.class);
        Predikat[] order = Predikat.values();
        for (int i = 0; i < order.length; i++) {
            long count = number(c[from + 1 + i]);
            counts.put(order[i], count);
            percent.put(order[i], total == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
        }
        return new Spread(total, counts, percent, decimal(c[from + 6]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
