package id.asn.competency.profile;

import id.asn.platform.kit.sql.SqlValues;
import id.asn.competency.dictionary.Competency;
import id.asn.competency.dictionary.DictionaryService;
import id.asn.competency.employee.Employee;
import id.asn.competency.employee.EmployeeRepository;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An employee's standing against the standard of their position: the required level, current level and gap
 * per competency, and whether a completed training is developing it. Publishes {@code competency.gap-changed}
 * whenever the set of gaps an employee has changes. Loads for many employees at once (one query per kind of
 * data), so that an import of ten thousand employees does not run ten thousand sets of queries.
 */
@ApplicationScoped
public class GapService {

    private static final int CHUNK = 1000;

    private final EntityManager em;
    private final EmployeeRepository employees;
    private final DictionaryService dictionary;
    private final Outbox outbox;

    @Inject
    GapService(EntityManager em, EmployeeRepository employees, DictionaryService dictionary, Outbox outbox) {
        this.em = em;
        this.employees = employees;
        this.dictionary = dictionary;
        this.outbox = outbox;
    }

    /** One competency of the standard for one employee. {@code current*} are null without valid evidence. */
    public record LineState(String competencyCode, int requiredLevel, BigDecimal currentLevel, UUID assessmentId,
                            String method, LocalDate assessedOn, LocalDate validUntil, boolean inDevelopment) {
        JobPersonMatch.Line line() {
            return new JobPersonMatch.Line(competencyCode, requiredLevel, currentLevel);
        }
    }

    /** The standard version an employee is measured against ({@code standardId} null when none applies). */
    public record Standing(UUID standardId, LocalDate standardEffectiveFrom, List<LineState> lines) {
        public BigDecimal jpm() {
            return JobPersonMatch.jpm(lines.stream().map(LineState::line).toList());
        }

        public List<LineState> shortLines() {
            return lines.stream().filter(l -> l.line().isShort()).toList();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshPosition(UUID positionId) {
        refresh(employees.holding(positionId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Employee> targets) {
        refresh(targets, LocalDate.now());
    }

    /** Recomputes the gaps of these employees as of {@code today} and publishes gap-changed where they changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Employee> targets, LocalDate today) {
        if (targets.isEmpty()) {
            return;
        }
        Map<String, Competency> names = dictionary.currentAll(today);
        List<Employee> all = List.copyOf(targets);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Employee> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<UUID, Standing> standings = standings(chunk, today);
            Map<UUID, String> previous = fingerprints(chunk);
            Map<UUID, String> changed = new LinkedHashMap<>();
            List<Outbox.Event> events = new ArrayList<>();
            for (Employee e : chunk) {
                Standing standing = standings.get(e.id);
                List<CompetencyGapChangedV1.Gap> gaps = standing.shortLines().stream()
                        .map(l -> gap(l, names.get(l.competencyCode()))).toList();
                BigDecimal jpm = standing.jpm();
                String fingerprint = fingerprint(e.positionId, jpm, gaps);
                if (fingerprint.equals(previous.getOrDefault(e.id, fingerprint(null, null, List.of())))) {
                    continue;
                }
                changed.put(e.id, fingerprint);
                // the event names the position the gaps are measured against; without one there is nothing to
                // measure and the v1 schema has no way to say "no longer measured"
                if (e.positionId != null) {
                    events.add(new Outbox.Event(e.nip, new CompetencyGapChangedV1(e.nip, e.unitId.toString(),
                            e.positionId.toString(), jpm, gaps)));
                }
            }
            outbox.recordAll(EventTypes.COMPETENCY_GAP_CHANGED, events);
            remember(changed);
        }
    }

    // one multi-row upsert per chunk rather than a statement per employee
    private void remember(Map<UUID, String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < fingerprints.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 2).append(", ?1, ?").append(2 * i + 3)
                    .append(", now())");
        }
        var upsert = em.createNativeQuery("insert into gap_state (employee_id, tenant_id, fingerprint, changed_at) "
                + "values " + values + " on conflict (employee_id) do update set "
                + "fingerprint = excluded.fingerprint, changed_at = excluded.changed_at")
                .setParameter(1, TenantContext.current());
        int position = 2;
        for (Map.Entry<UUID, String> entry : fingerprints.entrySet()) {
            upsert.setParameter(position++, entry.getKey()).setParameter(position++, entry.getValue());
        }
        upsert.executeUpdate();
    }

    private static CompetencyGapChangedV1.Gap gap(LineState l, Competency competency) {
        return new CompetencyGapChangedV1.Gap(l.competencyCode(), competency == null ? l.competencyCode()
                : competency.name, competency == null ? null : competency.kind.name(), l.requiredLevel(),
                l.currentLevel(), l.line().gap(), l.inDevelopment());
    }

    /** The standing of each employee (inactive ones and those without a standard have no lines). */
    public Map<UUID, Standing> standings(List<Employee> chunk, LocalDate on) {
        List<UUID> positionIds = chunk.stream().filter(e -> e.active).map(e -> e.positionId)
                .filter(Objects::nonNull).distinct().toList();
        Map<UUID, Object[]> standardOfPosition = new HashMap<>();
        Map<UUID, List<Object[]>> itemsOfStandard = new HashMap<>();
        if (!positionIds.isEmpty()) {
            for (Object[] row : rows("""
                    select distinct on (position_id) position_id, id, effective_from from position_standard
                    where tenant_id = :tenant and position_id in (:ids) and effective_from <= :on
                    order by position_id, effective_from desc""", Map.of("ids", positionIds, "on", on))) {
                standardOfPosition.put(SqlValues.uuid(row[0]), row);
            }
            List<UUID> standardIds = standardOfPosition.values().stream().map(r -> SqlValues.uuid(r[1])).toList();
            if (!standardIds.isEmpty()) {
                for (Object[] row : rows("""
                        select standard_id, competency_code, required_level from position_standard_item
                        where standard_id in (:ids) order by competency_code""", Map.of("ids", standardIds))) {
                    itemsOfStandard.computeIfAbsent(SqlValues.uuid(row[0]), k -> new ArrayList<>()).add(row);
                }
            }
        }
        List<UUID> ids = chunk.stream().map(e -> e.id).toList();
        Map<UUID, Map<String, Object[]>> levels = new HashMap<>();
        for (Object[] row : rows("""
                select employee_id, competency_code, level, assessment_id, method, assessed_on, valid_until
                from current_level where tenant_id = :tenant and employee_id in (:ids) and valid_until >= :on""",
                Map.of("ids", ids, "on", on))) {
            levels.computeIfAbsent(SqlValues.uuid(row[0]), k -> new HashMap<>()).put((String) row[1], row);
        }
        Map<String, Map<String, LocalDate>> trained = new HashMap<>();
        for (Object[] row : rows("""
                select t.nip, c ->> 'competencyCode', max(t.completed_on) from training_evidence t
                cross join jsonb_array_elements(t.competencies) c
                where t.tenant_id = :tenant and t.nip in (:nips) group by 1, 2""",
                Map.of("nips", chunk.stream().map(e -> e.nip).toList()))) {
            trained.computeIfAbsent(((String) row[0]).trim(), k -> new HashMap<>())
                    .put((String) row[1], SqlValues.date(row[2]));
        }

        Map<UUID, Standing> result = new HashMap<>();
        for (Employee e : chunk) {
            Object[] standard = e.active && e.positionId != null ? standardOfPosition.get(e.positionId) : null;
            if (standard == null) {
                result.put(e.id, new Standing(null, null, List.of()));
                continue;
            }
            Map<String, Object[]> own = levels.getOrDefault(e.id, Map.of());
            Map<String, LocalDate> trainings = trained.getOrDefault(e.nip, Map.of());
            List<LineState> lines = new ArrayList<>();
            for (Object[] item : itemsOfStandard.getOrDefault(SqlValues.uuid(standard[1]), List.of())) {
                String code = (String) item[1];
                int required = ((Number) item[2]).intValue();
                Object[] level = own.get(code);
                LocalDate assessedOn = level == null ? null : SqlValues.date(level[5]);
                LocalDate trainedOn = trainings.get(code);
                // only training finished after the evidence the level rests on can be "developing" it
                boolean inDevelopment = trainedOn != null && (assessedOn == null || trainedOn.isAfter(assessedOn));
                lines.add(level == null
                        ? new LineState(code, required, null, null, null, null, null, inDevelopment)
                        : new LineState(code, required, SqlValues.decimal(level[2]), SqlValues.uuid(level[3]), (String) level[4],
                                assessedOn, SqlValues.date(level[6]), inDevelopment));
            }
            result.put(e.id, new Standing(SqlValues.uuid(standard[1]), SqlValues.date(standard[2]), lines));
        }
        return result;
    }

    private Map<UUID, String> fingerprints(List<Employee> chunk) {
        return rows("select employee_id, fingerprint from gap_state where tenant_id = :tenant and employee_id in (:ids)",
                Map.of("ids", chunk.stream().map(e -> e.id).toList())).stream()
                .collect(Collectors.toMap(r -> SqlValues.uuid(r[0]), r -> (String) r[1]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        var query = em.createNativeQuery(sql);
        if (sql.contains(":tenant")) {
            query.setParameter("tenant", TenantContext.current());
        }
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String fingerprint(UUID positionId, BigDecimal jpm, List<CompetencyGapChangedV1.Gap> gaps) {
        String text = positionId + "|" + (jpm == null ? "-" : jpm.toPlainString()) + "|" + gaps.stream()
                .sorted(Comparator.comparing(CompetencyGapChangedV1.Gap::competencyCode))
                .map(g -> g.competencyCode() + ":" + g.requiredLevel() + ":" + g.currentLevel() + ":"
                        + g.inDevelopment())
                .collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
