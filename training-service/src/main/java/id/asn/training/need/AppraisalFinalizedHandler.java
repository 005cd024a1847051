package id.asn.training.need;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A finalized appraisal with predikat Butuh Perbaikan or worse becomes a development need (one per appraisal).
 * Weak predikat becomes a need: docs/domain.md §2.5 step 1, §3.4. A corrected result (the next revision, after an
 * objection) replaces the earlier one: the need reopens with the new predikat or closes when it is no longer weak; a
 * lower or equal revision changes nothing (docs/events.md, the note on revisions).
 */
@ApplicationScoped
public class AppraisalFinalizedHandler implements EventHandler<AppraisalFinalizedV1> {

    private final NeedRepository needs;
    private final EmployeeDirectory directory;

    @Inject
    AppraisalFinalizedHandler(NeedRepository needs, EmployeeDirectory directory) {
        this.needs = needs;
        this.directory = directory;
    }

    @Override
    public EventType<AppraisalFinalizedV1> type() {
        return EventTypes.APPRAISAL_FINALIZED;
    }

    @Override
    public void handle(AppraisalFinalizedV1 data, EventMetadata meta) {
        if (!needs.advanceAppraisalRevision(data.appraisalId(), data.revision())) {
            return;
        }
        boolean weak = PerformanceTrigger.needsDevelopment(data.predikat());
        needs.find(data.nip(), TrainingNeed.Source.APPRAISAL, data.appraisalId()).ifPresentOrElse(need -> {
            need.status = weak ? TrainingNeed.Status.OPEN : TrainingNeed.Status.CLOSED;
            need.note = data.predikat();
        }, () -> {
            if (weak) {
                TrainingNeed need = new TrainingNeed();
                need.nip = data.nip();
                need.unitId = directory.find(data.nip()).map(EmployeeDirectory.Person::unitId).orElse(null);
                need.source = TrainingNeed.Source.APPRAISAL;
                need.sourceRef = data.appraisalId();
                need.note = data.predikat();
                need.year = data.year();
                needs.persist(need);
            }
        });
    }
}
