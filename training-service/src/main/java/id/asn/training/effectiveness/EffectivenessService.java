package id.asn.training.effectiveness;

import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.effectiveness.EffectivenessViews.Application;
import id.asn.training.effectiveness.EffectivenessViews.GapChange;
import id.asn.training.effectiveness.EffectivenessViews.InstitutionEffect;
import id.asn.training.effectiveness.EffectivenessViews.Learning;
import id.asn.training.effectiveness.EffectivenessViews.ProgramEffect;
import id.asn.training.effectiveness.EffectivenessViews.Reaction;
import id.asn.training.effectiveness.GapEffectRule.Pair;
import id.asn.training.evaluation.LearningGain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Programme effectiveness per programme and per institution (docs/domain.md §2.8): reaction, learning,
 * application at work and the gap change against a comparable group. Four statements whatever the number of
 * programmes, participants or employees; the rest is arithmetic over their rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EffectivenessService {

    /** How a report is ordered: by the gap effect (default), the participants' change, reaction, learning or name. */
    public enum Ranking { GAP_EFFECT, PARTICIPANT_CHANGE, REACTION, LEARNING, NAME }

    /** The sessions whose last meeting falls in the year, or all the agency's when no year is given. */
    private static final String SCOPE = """
            scope as (
                select s.id, s.program_id from training_session s
                where s.tenant_id = :tenant and (:allYears or (select max(m.meeting_date) from meeting m
                                                               where m.session_id = s.id) between :from and :to))""";

    private final EntityManager em;

    @Inject
    EffectivenessService(EntityManager em) {
        this.em = em;
    }

    public Page<ProgramEffect> programs(Integer year, Ranking ranking, PageRequest page) {
        List<ProgramEffect> all = programEffects(year);
        all.sort(order(ranking, ProgramEffect::gap, ProgramEffect::reaction, ProgramEffect::learning,
                ProgramEffect::programTitle));
        return page(all, page);
    }

    public Page<InstitutionEffect> institutions(Integer year, Ranking ranking, PageRequest page) {
        List<InstitutionEffect> all = institutionEffects(year);
        all.sort(order(ranking, InstitutionEffect::gap, InstitutionEffect::reaction, InstitutionEffect::learning,
                InstitutionEffect::institutionName));
        return page(all, page);
    }

    /** The institutions by gap effect as a PNG: their participants' change next to the comparable groups'. */
    public byte[] institutionChart(Integer year) {
        List<InstitutionEffect> all = institutionEffects(year);
        all.sort(order(Ranking.GAP_EFFECT, InstitutionEffect::gap, InstitutionEffect::reaction,
                InstitutionEffect::learning, InstitutionEffect::institutionName));
        return EffectivenessChart.png(all, year);
    }

    private List<InstitutionEffect> institutionEffects(Integer year) {
        Rows rows = rows(year);
        Map<UUID, List<ProgramRow>> byInstitution = new LinkedHashMap<>();
        rows.programs.forEach(p -> byInstitution.computeIfAbsent(p.institutionId, k -> new ArrayList<>()).add(p));
        List<InstitutionEffect> effects = new ArrayList<>();
        byInstitution.forEach((institution, programs) -> {
            List<UUID> ids = programs.stream().map(p -> p.programId).toList();
            effects.add(new InstitutionEffect(institution, programs.get(0).institutionName, programs.size(),
                    programs.stream().mapToInt(p -> p.participants).sum(),
                    programs.stream().mapToInt(p -> p.completed).sum(),
                    reaction(programs), learning(ids.stream().flatMap(id -> rows.tests(id).stream()).toList()),
                    application(ids.stream().map(rows::application).toList()),
                    GapEffectRule.of(ids.stream().flatMap(id -> rows.pairs(id).stream()).toList())));
        });
        return effects;
    }

    private List<ProgramEffect> programEffects(Integer year) {
        Rows rows = rows(year);
        List<ProgramEffect> effects = new ArrayList<>();
        for (ProgramRow p : rows.programs) {
            effects.add(new ProgramEffect(p.programId, p.title, p.institutionId, p.institutionName, p.participants,
                    p.completed, reaction(List.of(p)), learning(rows.tests(p.programId)),
                    application(List.of(rows.application(p.programId))),
                    GapEffectRule.of(rows.pairs(p.programId))));
        }
        return effects;
    }

    private record ProgramRow(UUID programId, String title, UUID institutionId, String institutionName,
                              int participants, int completed, int responses, BigDecimal overallSum) {
    }

    /** A programme's answered follow-ups, and of their lines those that say APPLIED. */
    private record Followed(int answered, int lines, int applied) {
        static final Followed NONE = new Followed(0, 0, 0);
    }

    private record Rows(List<ProgramRow> programs, Map<UUID, List<BigDecimal[]>> testsByProgram,
                        Map<UUID, List<Pair>> pairsByProgram, Map<UUID, Followed> followedByProgram) {
        Followed application(UUID program) {
            return followedByProgram.getOrDefault(program, Followed.NONE);
        }

        List<BigDecimal[]> tests(UUID program) {
            return testsByProgram.getOrDefault(program, List.of());
        }

        List<Pair> pairs(UUID program) {
            return pairsByProgram.getOrDefault(program, List.of());
        }
    }

    private Rows rows(Integer year) {
        List<ProgramRow> programs = new ArrayList<>();
        for (Object[] r : rowsOf(year, """
                with %s
                select p.id, p.title, i.id as institution_id, i.name, coalesce(en.participants, 0),
                       coalesce(en.completed, 0), coalesce(fb.responses, 0), fb.overall_sum
                from program p
                join institution i on i.id = p.institution_id
                left join (select sc.program_id,
                                  count(*) filter (where e.status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')) as participants,
                                  count(*) filter (where e.status = 'COMPLETED') as completed
                           from enrollment e join scope sc on sc.id = e.session_id
                           group by sc.program_id) en on en.program_id = p.id
                left join (select sc.program_id, count(*) as responses,
                                  sum((f.relevance + f.content + f.facilitator + f.organisation + f.usefulness) / 5.0)
                                      as overall_sum
                           from feedback f
                           join enrollment e on e.id = f.enrollment_id
                           join scope sc on sc.id = e.session_id
                           group by sc.program_id) fb on fb.program_id = p.id
                where p.tenant_id = :tenant
                order by p.title, p.id""")) {
            programs.add(new ProgramRow((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], number(r[4]),
                    number(r[5]), number(r[6]), (BigDecimal) r[7]));
        }
        Map<UUID, List<BigDecimal[]>> tests = new HashMap<>();
        for (Object[] r : rowsOf(year, """
                with %s
                select sc.program_id, e.pre_test, e.post_test
                from enrollment e join scope sc on sc.id = e.session_id
                where e.tenant_id = :tenant and e.pre_test is not null and e.post_test is not null""")) {
            tests.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new BigDecimal[] {(BigDecimal) r[1],
                    (BigDecimal) r[2]});
        }
        Map<UUID, List<Pair>> pairs = new HashMap<>();
        for (Object[] r : rowsOf(year, PAIRS)) {
            pairs.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Pair((BigDecimal) r[1],
                    (BigDecimal) r[2], number(r[3]), (BigDecimal) r[4]));
        }
        Map<UUID, Followed> followed = new HashMap<>();
        for (Object[] r : rowsOf(year, """
                with %s
                select sc.program_id, count(distinct f.id), count(*), count(*) filter (where i.applied = 'APPLIED')
                from follow_up f
                join enrollment e on e.id = f.enrollment_id
                join scope sc on sc.id = e.session_id
                join follow_up_item i on i.follow_up_id = f.id
                where f.tenant_id = :tenant and f.answered_on is not null
                group by sc.program_id""")) {
            followed.put((UUID) r[0], new Followed(number(r[1]), number(r[2]), number(r[3])));
        }
        return new Rows(programs, tests, pairs, followed);
    }

    /**
     * Per completed participant and target competency: the gap last observed at or before the enrolment was made
     * (only where it was above 0), the latest gap, and the comparable group: active employees with no enrolment in
     * the programme (other than rejected or cancelled) whose gap at that same moment was in the same band
     * (⌈gap⌉), with their mean change over the same span (docs/domain.md §2.8).
     */
    private static final String PAIRS = """
            with %s,
            pair as (
                select e.nip, sc.program_id, pc.competency_code, e.created_at as reference_at
                from enrollment e
                join scope sc on sc.id = e.session_id
                join program_competency pc on pc.program_id = sc.program_id
                where e.tenant_id = :tenant and e.status = 'COMPLETED'),
            measured as (
                select pr.*, b.gap as baseline, l.gap as latest
                from pair pr
                join lateral (select o.gap from gap_observation o
                              where o.tenant_id = :tenant and o.nip = pr.nip and o.competency_code = pr.competency_code
                                and o.observed_at <= pr.reference_at
                              order by o.observed_at desc, o.id desc limit 1) b on true
                join lateral (select o.gap from gap_observation o
                              where o.tenant_id = :tenant and o.nip = pr.nip and o.competency_code = pr.competency_code
                              order by o.observed_at desc, o.id desc limit 1) l on true
                where b.gap > 0)
            select m.program_id, m.baseline, m.latest, coalesce(cmp.n, 0), cmp.change
            from measured m
            left join lateral (
                select count(*) as n, avg(c.baseline - l.gap) as change
                from (select distinct on (o.nip) o.nip, o.gap as baseline
                      from gap_observation o
                      join employee_projection em on em.tenant_id = o.tenant_id and em.nip = o.nip and em.active
                      where o.tenant_id = :tenant and o.competency_code = m.competency_code
                        and o.observed_at <= m.reference_at
                        and not exists (select 1 from enrollment x join training_session xs on xs.id = x.session_id
                                        where x.tenant_id = :tenant and x.nip = o.nip
                                          and xs.program_id = m.program_id
                                          and x.status not in ('REJECTED', 'CANCELLED'))
                      order by o.nip, o.observed_at desc, o.id desc) c
                join lateral (select o.gap from gap_observation o
                              where o.tenant_id = :tenant and o.nip = c.nip and o.competency_code = m.competency_code
                              order by o.observed_at desc, o.id desc limit 1) l on true
                where c.baseline > 0 and ceil(c.baseline) = ceil(m.baseline)) cmp on true""";

    @SuppressWarnings("unchecked")
    private List<Object[]> rowsOf(Integer year, String sql) {
        Query query = em.createNativeQuery(sql.formatted(SCOPE))
                .setParameter("tenant", TenantContext.current())
                .setParameter("allYears", year == null)
                .setParameter("from", LocalDate.of(year == null ? 2000 : year, 1, 1))
                .setParameter("to", LocalDate.of(year == null ? 2000 : year, 12, 31));
        return query.getResultList();
    }

    private static Reaction reaction(List<ProgramRow> programs) {
        int responses = programs.stream().mapToInt(p -> p.responses).sum();
        BigDecimal sum = programs.stream().map(p -> p.overallSum).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Reaction(responses, responses == 0 ? null
                : sum.divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP));
    }

    /** Application at work (docs/domain.md §2.8 item 3): the share of answered form lines that say APPLIED. */
    private static Application application(List<Followed> programs) {
        int answered = programs.stream().mapToInt(Followed::answered).sum();
        int lines = programs.stream().mapToInt(Followed::lines).sum();
        int applied = programs.stream().mapToInt(Followed::applied).sum();
        return answered == 0 ? Application.NOT_YET_MEASURED : new Application("MEASURED", answered,
                BigDecimal.valueOf(applied).divide(BigDecimal.valueOf(lines), 2, RoundingMode.HALF_UP));
    }

    private static Learning learning(List<BigDecimal[]> tests) {
        List<BigDecimal> raw = tests.stream().map(t -> LearningGain.raw(t[0], t[1])).toList();
        List<BigDecimal> normalized = tests.stream().map(t -> LearningGain.normalized(t[0], t[1]))
                .filter(Objects::nonNull).toList();
        return new Learning(tests.size(), mean(raw, 2), mean(normalized, 4));
    }

    private static BigDecimal mean(List<BigDecimal> values, int scale) {
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** Highest first, nothing measured last; the name breaks ties so that pages do not shift. */
    private static <T> Comparator<T> order(Ranking ranking, Function<T, GapChange> gap, Function<T, Reaction> reaction,
                                           Function<T, Learning> learning, Function<T, String> name) {
        Comparator<T> byName = Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER);
        Function<T, BigDecimal> figure = switch (ranking) {
            case GAP_EFFECT -> t -> gap.apply(t).effect();
            case PARTICIPANT_CHANGE -> t -> gap.apply(t).participantChange();
            case REACTION -> t -> reaction.apply(t).overall();
            case LEARNING -> t -> learning.apply(t).averageNormalizedGain();
            case NAME -> null;
        };
        if (figure == null) {
            return byName;
        }
        return Comparator.comparing(figure, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(byName);
    }

    private static <T> Page<T> page(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size);
        return Page.of(List.copyOf(all.subList(from, to)), request, all.size());
    }
}
