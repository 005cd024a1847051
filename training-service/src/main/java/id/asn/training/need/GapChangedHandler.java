package id.asn.training.need;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps one open GAP need per employee and competency still short of the position's standard: the event lists all
 * current gaps, so competencies no longer listed have their need closed. The kit's inbox ignores a redelivered
 * event, and applying the same list twice changes nothing anyway. Gap needs: docs/domain.md §2.5 step 1. Each gap
 * (0 for a closed one) is also kept as an observation at the event's time, the history docs/domain.md §2.8 reads.
 */
@ApplicationScoped
public class GapChangedHandler implements EventHandler<CompetencyGapChangedV1> {

    private final NeedRepository needs;

    @Inject
    GapChangedHandler(NeedRepository needs) {
        this.needs = needs;
    }

    @Override
    public EventType<CompetencyGapChangedV1> type() {
        return EventTypes.COMPETENCY_GAP_CHANGED;
    }

    @Override
    public void handle(CompetencyGapChangedV1 data, EventMetadata meta) {
        OffsetDateTime observedAt = meta.time() != null ? meta.time() : OffsetDateTime.now();
        Set<String> open = new HashSet<>();
        for (CompetencyGapChangedV1.Gap gap : data.gaps()) {
            open.add(gap.competencyCode());
            needs.observeGap(data.nip(), gap.competencyCode(), gap.gap(), observedAt);
            TrainingNeed need = needs.find(data.nip(), TrainingNeed.Source.GAP, gap.competencyCode()).orElseGet(() -> {
                TrainingNeed created = new TrainingNeed();
                created.nip = data.nip();
                created.source = TrainingNeed.Source.GAP;
                created.sourceRef = gap.competencyCode();
                needs.persist(created);
                return created;
            });
            need.unitId = data.unitId();
            need.competencyCode = gap.competencyCode();
            need.competencyName = gap.competencyName();
            need.gap = gap.gap();
            need.requiredLevel = (short) gap.requiredLevel();
            need.status = TrainingNeed.Status.OPEN;
            need.year = LocalDate.now().getYear();
        }
        needs.scoped("nip = :nip and source = :source and status = :open",
                        Map.of("nip", data.nip(), "source", TrainingNeed.Source.GAP, "open", TrainingNeed.Status.OPEN))
                .list().stream()
                .filter(need -> !open.contains(need.sourceRef))
                .forEach(need -> {
                    need.status = TrainingNeed.Status.CLOSED;
                    needs.observeGap(data.nip(), need.sourceRef, BigDecimal.ZERO, observedAt);
                });
    }
}
