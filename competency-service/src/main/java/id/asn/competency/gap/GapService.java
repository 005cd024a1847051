package id.asn.competency.gap;

import id.asn.competency.dictionary.CompetencyViews.CompetencyName;
import id.asn.competency.dictionary.DictionaryService;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.sql.SqlValues;
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
 * Gaps and JPM per employee: docs/domain.md §1.7.1–§1.7.3. An employee's standing against the standard of their
 * position: the required level, current level and gap per competency, and whether a completed training is developing
 * it. Publishes {@code competency.gap-changed} whenever the set of gaps an employee has changes. Loads for many
 * employees at once (one query per kind of data), so that an import of ten thousand employees does not run ten
 * thousand sets of queries. The engine sits below the features that call it: it takes {@link GapSubject}s, never
 * another feature's entity.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GapService {

    private static final int CHUNK = 1000;

    private final EntityManager em;
    private final DictionaryService dictionary;
    private final Outbox outbox;

    @Inject
    GapService(EntityManager em, DictionaryService dictionary, Outbox outbox) {
        this.em = em;
        this.dictionary = dictionary;
        this.outbox = outbox;
    }

    /** One competency of the standard for one employee. {@code current*} are null without valid evidence. */
    public record LineState(String competencyCode, int requiredLevel, BigDecimal currentLevel, UUID assessmentId,
                            String method, LocalDate assessedOn, LocalDate validUntil, boolean inDevelopment) {
        JobPersonMatch.Line line() {
            return new JobPersonMatch.Line(competencyCode, requiredLevel, currentLevel);
        }

        /** Required − current, never-assessed counting as 0 (docs/domain.md §1.7.1). */
        public BigDecimal gap() {
            return line().gap();
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

    /** Refreshes the gaps of the position's active holders, e.g. when a new standard version is in force. */
    public void refreshPosition(UUID positionId) {
        refresh(holders(positionId));
    }

    public void refresh(Collection<GapSubject> targets) {
        refresh(targets, LocalDate.now());
    }

    /** Recomputes the gaps of these employees as of {@code today} and publishes gap-changed where they changed. */
    public void refresh(Collection<GapSubject> targets, LocalDate today) {
        if (targets.isEmpty()) {
            return;
        }
        Map<String, CompetencyName> names = dictionary.names(today);
        List<GapSubject> all = List.copyOf(targets);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<GapSubject> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<UUID, Standing> standings = standings(chunk, today);
            Map<UUID, String> previous = fingerprints(chunk);
            Map<UUID, String> changed = new LinkedHashMap<>();
            List<Outbox.Event> events = new ArrayList<>();
            for (GapSubject e : chunk) {
                Standing standing = standings.get(e.employeeId());
                List<CompetencyGapChangedV1.Gap> gaps = standing.shortLines().stream()
                        .map(l -> gap(l, names.get(l.competencyCode()))).toList();
                BigDecimal jpm = standing.jpm();
                String fingerprint = fingerprint(e.positionId(), jpm, gaps);
                if (fingerprint.equals(previous.getOrDefault(e.employeeId(), fingerprint(null, null, List.of())))) {
                    continue;
                }
                changed.put(e.employeeId(), fingerprint);
                // the event names the position the gaps are measured against; without one there is nothing to
                // measure and the v1 schema has no way to say "no longer measured"
                if (e.positionId() != null) {
                    events.add(new Outbox.Event(e.nip(), new CompetencyGapChangedV1(e.nip(), e.unitId().toString(),
                            e.positionId().toString(), jpm, gaps)));
                }
            }
            outbox.recordAll(EventTypes.COMPETENCY_GAP_CHANGED, events);
            remember(changed);
        }
    }

    // one upsert per chunk: the rows travel as two parallel arrays, so no parameter is numbered by counting
    private void remember(Map<UUID, String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into gap_state (employee_id, tenant_id, fingerprint, changed_at)
                        select row.employee_id, :tenant, row.fingerprint, now()
                        from unnest(cast(:employees as uuid[]), cast(:fingerprints as text[]))
                             as row(employee_id, fingerprint)
                        on conflict (employee_id) do update set
                            fingerprint = excluded.fingerprint, changed_at = excluded.changed_at""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("employees", fingerprints.keySet().toArray(UUID[]::new))
                .setParameter("fingerprints", fingerprints.values().toArray(String[]::new))
                .executeUpdate();
    }

    private static CompetencyGapChangedV1.Gap gap(LineState l, CompetencyName competency) {
        return new CompetencyGapChangedV1.Gap(l.competencyCode(), competency == null ? l.competencyCode()
                : competency.name(), competency == null ? null : competency.kind().name(), l.requiredLevel(),
                l.currentLevel(), l.line().gap(), l.inDevelopment());
    }

    /** The standing of each employee (inactive ones and those without a standard have no lines). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Standing> standings(List<GapSubject> chunk, LocalDate on) {
        List<UUID> positionIds = chunk.stream().filter(GapSubject::active).map(GapSubject::positionId)
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
        List<UUID> ids = chunk.stream().map(GapSubject::employeeId).toList();
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
                where t.tenant_id = :tenant and t.nip in (:nips) and not t.withdrawn group by 1, 2""",
                Map.of("nips", chunk.stream().map(GapSubject::nip).toList()))) {
            trained.computeIfAbsent(((String) row[0]).trim(), k -> new HashMap<>())
                    .put((String) row[1], SqlValues.date(row[2]));
        }

        Map<UUID, Standing> result = new HashMap<>();
        for (GapSubject e : chunk) {
            Object[] standard = e.active() && e.positionId() != null ? standardOfPosition.get(e.positionId()) : null;
            if (standard == null) {
                result.put(e.employeeId(), new Standing(null, null, List.of()));
                continue;
            }
            Map<String, Object[]> own = levels.getOrDefault(e.employeeId(), Map.of());
            Map<String, LocalDate> trainings = trained.getOrDefault(e.nip(), Map.of());
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
            result.put(e.employeeId(), new Standing(SqlValues.uuid(standard[1]), SqlValues.date(standard[2]), lines));
        }
        return result;
    }

    /** The active holders of a position, read here so that the engine needs no feature above it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GapSubject> holders(UUID positionId) {
        return rows("""
                select id, nip, unit_id, position_id, active from employee
                where tenant_id = :tenant and position_id = :position and active""", Map.of("position", positionId))
                .stream().map(r -> new GapSubject(SqlValues.uuid(r[0]), ((String) r[1]).trim(), SqlValues.uuid(r[2]),
                        SqlValues.uuid(r[3]), (Boolean) r[4])).toList();
    }

    private Map<UUID, String> fingerprints(List<GapSubject> chunk) {
        return rows("select employee_id, fingerprint from gap_state where tenant_id = :tenant and employee_id in (:ids)",
                Map.of("ids", chunk.stream().map(GapSubject::employeeId).toList())).stream()
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
