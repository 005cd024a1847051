package id.asn.career.promotion;

import id.asn.career.audit.AuditTrail;
import id.asn.career.eligibility.EligibilityService;
import id.asn.career.eligibility.EligibilityViews.Eligibility;
import id.asn.career.eligibility.RegularPromotionRule.Unmet;
import id.asn.career.promotion.PromotionProposal.Status;
import id.asn.career.promotion.PromotionViews.ProposalView;
import id.asn.career.promotion.PromotionViews.Propose;
import id.asn.career.promotion.PromotionViews.Review;
import id.asn.career.record.CareerRecordService;
import id.asn.career.record.Rank;
import id.asn.career.record.RecordViews.CareerFacts;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.career.CareerPromotedV1;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Promotion proposals (issue 11 item 3): proposal → verification → decision, each step audited and made by a
 * different officer than the step before; an approved decision records the new rank and publishes
 * {@code career.promoted}. A regular promotion must meet KP reguler (docs/domain.md §5.2) when proposed and again
 * when decided.
 */
@ApplicationScoped
@Transactional
public class PromotionService {

    private static final String REGULER = "REGULER";

    private final PromotionProposalRepository proposals;
    private final EligibilityService eligibility;
    private final CareerRecordService records;
    private final PeopleAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;

    @Inject
    PromotionService(PromotionProposalRepository proposals, EligibilityService eligibility,
                     CareerRecordService records, PeopleAccess access, AuditTrail audit, Outbox outbox) {
        this.proposals = proposals;
        this.eligibility = eligibility;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
    }

    public ProposalView propose(Propose request) {
        CareerFacts facts = records.facts(request.nip()).orElseThrow(() ->
                ProblemException.invalid("nip", "promotion.unknown-employee", request.nip()));
        if (facts.isPppk()) {
            throw ProblemException.rule("promotion.pppk");
        }
        Rank next = Rank.of(facts.rank()).flatMap(Rank::next)
                .orElseThrow(() -> ProblemException.rule("promotion.no-next-rank", facts.rank()));
        if (REGULER.equals(request.promotionType())) {
            requireEligible(request.nip(), request);
        }
        if (proposals.scoped("nip = :nip and status in :open", Map.of("nip", request.nip(), "open",
                java.util.List.of(Status.PROPOSED, Status.VERIFIED))).count() > 0) {
            throw ProblemException.conflict("promotion.open-proposal");
        }
        PromotionProposal p = new PromotionProposal();
        p.nip = request.nip();
        p.promotionType = request.promotionType();
        p.fromRank = facts.rank();
        p.toRank = next.golongan();
        p.effectiveOn = request.effectiveOn();
        p.reason = request.reason();
        proposals.persist(p);
        audit(p, "PROPOSED", request.reason());
        return ProposalView.of(p);
    }

    public ProposalView verify(UUID id, Review review) {
        PromotionProposal p = proposals.require(id);
        requireStatus(p, Status.PROPOSED);
        requireAnotherOfficer(p.createdBy);
        p.verifiedBy = access.actor();
        p.verificationNote = review.note();
        p.status = review.approved() ? Status.VERIFIED : Status.REJECTED;
        audit(p, review.approved() ? "VERIFIED" : "REJECTED_AT_VERIFICATION", review.note());
        return ProposalView.of(p);
    }

    public ProposalView decide(UUID id, Review review) {
        PromotionProposal p = proposals.require(id);
        requireStatus(p, Status.VERIFIED);
        requireAnotherOfficer(p.verifiedBy);
        p.decidedBy = access.actor();
        p.decisionNote = review.note();
        if (!review.approved()) {
            p.status = Status.REJECTED;
            audit(p, "REJECTED", review.note());
            return ProposalView.of(p);
        }
        if (review.decreeNumber() == null || review.decreeNumber().isBlank()) {
            throw ProblemException.invalid("decreeNumber", "promotion.decree-required");
        }
        if (REGULER.equals(p.promotionType)) {
            requireEligible(p.nip, new Propose(p.nip, p.promotionType, p.effectiveOn, p.reason));
        }
        p.status = Status.APPROVED;
        p.decreeNumber = review.decreeNumber().trim();
        records.recordPromotion(p.nip, p.toRank, p.effectiveOn, p.decreeNumber, access.actor());
        audit(p, "APPROVED", review.note());
        outbox.record(EventTypes.CAREER_PROMOTED, p.nip, new CareerPromotedV1(p.nip, p.fromRank, p.toRank,
                p.promotionType, p.effectiveOn, p.decreeNumber));
        return ProposalView.of(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalView get(UUID id) {
        PromotionProposal p = proposals.require(id);
        access.requireVisible(p.nip);
        return ProposalView.of(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> list(String nip, Status status, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (nip != null) {
            where.append(" and nip = :nip");
            params.put("nip", nip);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return proposals.page(proposals.scoped(where.toString(), params, Sort.by("createdAt").and("id")), page,
                ProposalView::of);
    }

    private void requireEligible(String nip, Propose request) {
        Eligibility e = eligibility.forProposal(nip, request.effectiveOn());
        if (!e.eligible()) {
            throw ProblemException.rule("promotion.not-eligible", e.unmet().stream()
                    .map(Unmet::reason).collect(Collectors.joining("; ")));
        }
    }

    private static void requireStatus(PromotionProposal p, Status expected) {
        if (p.status != expected) {
            throw ProblemException.rule("promotion.wrong-status", p.status, expected);
        }
    }

    // four eyes: the officer who verifies is not the one who proposed, the one who decides not the verifier
    private void requireAnotherOfficer(String previous) {
        if (access.actor().equals(previous)) {
            throw ProblemException.rule("promotion.same-officer");
        }
    }

    private void audit(PromotionProposal p, String action, String note) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("promotionType", p.promotionType);
        detail.put("fromRank", p.fromRank);
        detail.put("toRank", p.toRank);
        detail.put("effectiveOn", p.effectiveOn.toString());
        detail.put("note", note);
        audit.record(p.nip, "PROMOTION", p.id, action, detail, access.actor());
    }
}
