package id.asn.competency.evidence;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingCompletionCorrectedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A training completion decided again after its session was reopened (docs/domain.md §2.6.5): withdrawn, it is no
 * longer development evidence; given again, it is, with its reissued certificate. The highest revision wins.
 */
@ApplicationScoped
public class TrainingCompletionCorrectedHandler implements EventHandler<TrainingCompletionCorrectedV1> {

    private final TrainingEvidenceStore store;

    @Inject
    TrainingCompletionCorrectedHandler(TrainingEvidenceStore store) {
        this.store = store;
    }

    @Override
    public EventType<TrainingCompletionCorrectedV1> type() {
        return EventTypes.TRAINING_COMPLETION_CORRECTED;
    }

    @Override
    public void handle(TrainingCompletionCorrectedV1 data, EventMetadata event) {
        store.keep(new TrainingEvidenceStore.Revision(data.enrollmentId(), data.nip(), data.revision(),
                !data.completed(), data.programId(), data.programTitle(), data.developmentPath(),
                data.institutionName(), data.jp(), data.startDate(), data.completedOn(), data.certificateNumber(),
                data.competencies()));
    }
}
