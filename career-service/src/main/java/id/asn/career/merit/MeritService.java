package id.asn.career.merit;

import id.asn.career.Chunks;
import id.asn.career.config.CareerConfig;
import id.asn.career.eligibility.EligibilityService;
import id.asn.career.evidence.MeritInputsChanged;
import id.asn.career.merit.MeritRule.Appointment;
import id.asn.career.merit.MeritRule.Contribution;
import id.asn.career.merit.MeritRule.Count;
import id.asn.career.merit.MeritRule.Promotion;
import id.asn.career.merit.MeritViews.AgencyFigures;
import id.asn.career.merit.MeritViews.NationalFigures;
import id.asn.career.merit.MeritViews.Rebuilt;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merit figures (issue 11 item 8, docs/domain.md §4.6.1): each change of what they count moves the agency's
 * tallies in the same transaction, so an agency's figures and the national aggregate read a few tally rows per
 * agency instead of every employee. The national aggregate carries counts only, never a person.
 */
@ApplicationScoped
@Transactional
public class MeritService {

    private static final String POSITION = "position:";

    private final MeritStore store;
    private final EligibilityService eligibility;
    private final CareerConfig.Merit settings;
    private final MeritRule.Settings rule;

    @Inject
    MeritService(MeritStore store, EligibilityService eligibility, CareerConfig config) {
        this.store = store;
        this.eligibility = eligibility;
        this.settings = config.merit();
        this.rule = new MeritRule.Settings(config.talent().yearlyJp(), settings.onTimeGrace());
    }

    /** Follows a change of the facts (inbox, record, promotion or selection transaction). */
    void onChange(@Observes MeritInputsChanged changed) {
        recount(changed.nips(), changed.positionIds());
    }

    /**
     * Recounts every employee and position of the agency: after data arrived before the tallies existed, or to
     * check them. Answers how many subjects were recounted.
     */
    public Rebuilt rebuild() {
        List<String> nips = store.allNips();
        List<String> positions = store.allPositions();
        for (List<String> chunk : Chunks.of(nips)) {
            recount(chunk, List.of());
        }
        for (List<String> chunk : Chunks.of(positions)) {
            recount(List.of(), chunk);
        }
        return new Rebuilt(nips.size(), positions.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyFigures agency(int year, LocalDate on) {
        String tenant = TenantContext.current();
        Map<Count, Long> tally = store.tallies(tenant, year, on).getOrDefault(tenant, Map.of());
        return new AgencyFigures(tenant, year, on, MeritViews.figures(MeritRule.figures(tally)));
    }

    /** Every agency's figures and their sum: counts only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NationalFigures national(int year, LocalDate on) {
        // counts of every agency: the system scope, read-only (national-viewer)
        Map<String, Map<Count, Long>> tallies = TenantContext.runAsSystem("national merit figures",
                () -> store.tallies(null, year, on));
        Map<Count, Long> total = new HashMap<>();
        List<AgencyFigures> agencies = new ArrayList<>();
        tallies.forEach((tenant, tally) -> {
            tally.forEach((count, n) -> total.merge(count, n, Long::sum));
            agencies.add(new AgencyFigures(tenant, year, on, MeritViews.figures(MeritRule.figures(tally))));
        });
        return new NationalFigures(year, on, agencies.size(), MeritViews.figures(MeritRule.figures(total)),
                agencies);
    }

    private void recount(List<String> nips, List<String> positionIds) {
        List<String> subjects = new ArrayList<>(nips);
        positionIds.forEach(id -> subjects.add(POSITION + id));
        // the stored contributions before the facts: a fact another transaction commits in between is then seen
        // in the facts, and its contribution, already stored by that transaction, is not removed again
        Map<String, Set<Contribution>> before = store.contributions(subjects);
        Map<String, Set<Contribution>> after = new HashMap<>();
        store.facts(nips, settings.openSelectionClasses()).forEach((nip, f) -> after.put(nip,
                MeritRule.ofPerson(person(f), rule)));
        store.positions(positionIds).forEach((id, p) -> after.put(POSITION + id,
                MeritRule.ofPosition(p[0], p[1] == 1)));
        store.replace(before, after);
    }

    private MeritRule.Person person(MeritStore.Facts f) {
        LocalDate until = null;
        for (LocalDate[] a : f.assessments()) {
            LocalDate end = a[1] != null ? a[1] : a[0].plus(settings.assessmentValidity());
            until = until == null || end.isAfter(until) ? end : until;
        }
        List<Promotion> promotions = f.promotions().stream().map(p -> new Promotion(p.effectiveOn(),
                p.fromRankTmt() == null ? null : eligibility.duePeriod(p.fromRankTmt()))).toList();
        List<Appointment> appointments = f.appointments();
        return new MeritRule.Person(f.active(), until, f.appraisedYears(), f.jpPerYear(), appointments, promotions);
    }
}
