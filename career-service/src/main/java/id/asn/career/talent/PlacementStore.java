package id.asn.career.talent;

import id.asn.career.talent.NineBoxRule.Placement;
import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/** The placements of one agency per year (table talent_placement). */
@ApplicationScoped
public class PlacementStore {

    /** A stored placement. */
    public record Stored(String nip, int year, int box, String kinerja, String potensial, BigDecimal potentialScore,
                         String reason) {
    }

    private static final String COLUMNS = "nip, year, box, kinerja, potensial, potential_score, reason";

    private final EntityManager em;

    @Inject
    PlacementStore(EntityManager em) {
        this.em = em;
    }

    /** One placement to write. */
    public record Row(String nip, Placement placement) {
    }

    // one statement per slice: the rows travel as arrays (see Chunks), a re-run overwrites the year's placement
    private static final NamedSql UPSERT = NamedSql.of("""
            insert into talent_placement (tenant_id, nip, year, box, kinerja, potensial, potential_score, reason,
                placed_at)
            select :tenant, t.nip, :year, t.box, t.kinerja, t.potensial, t.score, t.reason, now()
            from unnest(:nips::text[], :boxes::int4[], :kinerja::text[], :potensial::text[], :scores::numeric[],
                        :reasons::text[]) as t(nip, box, kinerja, potensial, score, reason)
            on conflict (tenant_id, nip, year) do update set box = excluded.box,
                kinerja = excluded.kinerja, potensial = excluded.potensial,
                potential_score = excluded.potential_score, reason = excluded.reason,
                placed_at = excluded.placed_at""");

    /** Writes the year's placement of each row (NIPs distinct) in one statement. */
    public void saveAll(int year, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String tenant = TenantContext.current();
        int n = rows.size();
        String[] nips = new String[n];
        Integer[] boxes = new Integer[n];
        String[] kinerja = new String[n];
        String[] potensial = new String[n];
        BigDecimal[] scores = new BigDecimal[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            Placement p = rows.get(i).placement();
            nips[i] = rows.get(i).nip();
            boxes[i] = p.box();
            kinerja[i] = p.kinerja().name();
            potensial[i] = p.potensial().name();
            scores[i] = p.potentialScore();
            reasons[i] = p.reason();
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (NamedSql.Statement upsert = UPSERT.prepare(connection)) {
                upsert.set("tenant", tenant).set("year", year).setArray("nips", "text", nips)
                        .setArray("boxes", "int4", boxes).setArray("kinerja", "text", kinerja)
                        .setArray("potensial", "text", potensial).setArray("scores", "numeric", scores)
                        .setArray("reasons", "text", reasons).executeUpdate();
            }
        });
    }

    public Optional<Stored> find(String nip, int year) {
        return rows("nip = :nip and year = :year", Map.of("nip", nip, "year", year), "").stream().findFirst();
    }

    /** The latest placement of each of {@code nips}. */
    public Map<String, Stored> latest(Collection<String> nips) {
        Map<String, Stored> latest = new HashMap<>();
        if (nips.isEmpty()) {
            return latest;
        }
        for (Stored s : rows("nip in (:nips)", Map.of("nips", nips), " order by year")) {
            latest.put(s.nip(), s);
        }
        return latest;
    }

    /** The placements of a year, optionally of one box, by box descending then NIP. */
    public List<Stored> ofYear(int year, Integer box, Collection<String> onlyNips) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        StringBuilder where = new StringBuilder("year = :year");
        if (box != null) {
            where.append(" and box = :box");
            params.put("box", box);
        }
        if (onlyNips != null) {
            where.append(" and nip in (:nips)");
            params.put("nips", onlyNips.isEmpty() ? List.of("-") : onlyNips);
        }
        return rows(where.toString(), params, " order by box desc, potential_score desc, nip");
    }

    /** Count per box of a year. */
    @SuppressWarnings("unchecked")
    public Map<Integer, Long> counts(int year) {
        List<Object[]> rows = em.createNativeQuery("""
                        select box, count(*) from talent_placement where tenant_id = :tenant and year = :year
                        group by box""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("year", year)
                .getResultList();
        Map<Integer, Long> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Stored> rows(String where, Map<String, Object> params, String order) {
        var query = em.createNativeQuery("select " + COLUMNS + " from talent_placement where tenant_id = :tenant and "
                + where + order);
        query.setParameter("tenant", TenantContext.current());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Stored((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4], (BigDecimal) r[5], (String) r[6])).toList();
    }
}
