package id.asn.career.award;

import id.asn.career.audit.AuditTrail;
import id.asn.career.award.AwardViews.AwardView;
import id.asn.career.award.AwardViews.GrantAward;
import id.asn.career.award.AwardViews.SatyalancanaView;
import id.asn.career.award.SatyalancanaRule.Excluded;
import id.asn.career.award.SatyalancanaRule.Step;
import id.asn.career.config.CareerConfig;
import id.asn.career.evidence.EvidenceChanged;
import id.asn.career.record.CareerRecordService;
import id.asn.career.record.RecordViews.CareerFacts;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.career.CareerAwardGrantedV1;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Awards (issue 11 item 7): Satyalancana Karya Satya checked against the years of service, innovation and box-9
 * recognition recorded; each grant is audited, published as {@code career.award-granted} and feeds the 9-box
 * track record.
 */
@ApplicationScoped
@Transactional
public class AwardService {

    private static final String SATYALANCANA = "SATYALANCANA_KARYA_SATYA_";

    private final AwardRepository awards;
    private final CareerRecordService records;
    private final PeopleAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Event<EvidenceChanged> changed;
    private final CareerConfig.Award settings;
    private final SatyalancanaRule rule;

    @Inject
    AwardService(AwardRepository awards, CareerRecordService records, PeopleAccess access, AuditTrail audit,
                 Outbox outbox, Event<EvidenceChanged> changed, CareerConfig config) {
        this.awards = awards;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.changed = changed;
        this.settings = config.award();
        this.rule = new SatyalancanaRule(settings.satyalancanaYears());
    }

    public AwardView grant(GrantAward request) {
        CareerFacts facts = records.facts(request.nip()).orElseThrow(() ->
                ProblemException.invalid("nip", "award.unknown-employee", request.nip()));
        if (request.awardType().startsWith(SATYALANCANA)) {
            Step step = satyalancana(facts, request.grantedOn()).steps().stream()
                    .filter(s -> s.awardType().equals(request.awardType())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("awardType", "award.unknown-satyalancana"));
            if (!step.eligible()) {
                throw ProblemException.rule("award.satyalancana-not-reached", step.years(), step.reachedOn());
            }
            if (awards.scoped("nip = :nip and awardType = :type", Map.of("nip", request.nip(), "type",
                    request.awardType())).count() > 0) {
                throw ProblemException.conflict("award.already-granted", request.awardType());
            }
        }
        Award award = new Award();
        award.nip = request.nip();
        award.awardType = request.awardType();
        award.grantedOn = request.grantedOn();
        award.decreeNumber = request.decreeNumber();
        award.note = request.note();
        awards.persist(award);
        Map<String, Object> detail = new HashMap<>();
        detail.put("awardType", award.awardType);
        detail.put("grantedOn", award.grantedOn.toString());
        detail.put("decreeNumber", award.decreeNumber);
        audit.record(award.nip, "AWARD", award.id, "AWARD_GRANTED", detail, access.actor());
        outbox.record(EventTypes.CAREER_AWARD_GRANTED, award.nip, new CareerAwardGrantedV1(award.nip,
                award.awardType, award.grantedOn, award.decreeNumber));
        changed.fire(new EvidenceChanged(award.nip, null));
        return AwardView.of(award);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AwardView> list(String nip, PageRequest page) {
        Optional<List<String>> visible = access.visibleNips();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (nip != null) {
            where.append(" and nip = :nip");
            params.put("nip", nip);
        }
        if (visible.isPresent()) {
            where.append(" and nip in :visible");
            params.put("visible", visible.get().isEmpty() ? List.of("-") : visible.get());
        }
        return awards.page(awards.scoped(where.toString(), params, Sort.by("grantedOn").and("id")), page,
                AwardView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SatyalancanaView satyalancana(String nip, LocalDate on) {
        access.requireVisible(nip);
        CareerFacts facts = records.facts(nip).orElseThrow(ProblemException::notFound);
        return satyalancana(facts, on != null ? on : LocalDate.now());
    }

    /** The NIPs among {@code nips} with an award granted on or after {@code since}, for the track record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> awardedSince(Collection<String> nips, LocalDate since) {
        if (nips.isEmpty()) {
            return Set.of();
        }
        Set<String> awarded = new HashSet<>();
        awards.scoped("nip in :nips and grantedOn >= :since", Map.of("nips", nips, "since", since)).list()
                .forEach(a -> awarded.add(a.nip));
        return awarded;
    }

    private SatyalancanaView satyalancana(CareerFacts facts, LocalDate on) {
        if (facts.serviceStart() == null) {
            throw ProblemException.rule("award.service-start-unknown");
        }
        List<Excluded> excluded = settings.excludeSanctionedPeriods()
                ? facts.sanctions().stream().filter(s -> settings.excludedSanctionLevels().contains(s.level()))
                        .map(s -> new Excluded(s.startsOn(), s.endsOn())).toList()
                : List.of();
        long days = rule.serviceDays(facts.serviceStart(), excluded, on);
        long plain = rule.serviceDays(facts.serviceStart(), List.of(), on);
        return new SatyalancanaView(facts.nip(), on, facts.serviceStart(), days, plain - days,
                rule.evaluate(facts.serviceStart(), excluded, on));
    }
}
