package id.asn.competency.evidence;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Training is evidence, never a level: docs/domain.md §1.8.3. A completed training is development evidence: it marks
 * the gaps it targets "in development" but never raises the assessed level (only an assessment does). The enrolment id
 * and its revision (this event is revision 1) make a repeated event a no-op even if the inbox were bypassed.
 */
@ApplicationScoped
public class TrainingCompletedHandler implements EventHandler<TrainingCompletedV1> {

    private final TrainingEvidenceStore store;

    @Inject
    TrainingCompletedHandler(TrainingEvidenceStore store) {
        this.store = store;
    }

    @Override
    public EventType<TrainingCompletedV1> type() {
        return EventTypes.TRAINING_COMPLETED;
    }

    @Override
    public void handle(TrainingCompletedV1 data, EventMetadata event) {
        store.keep(new TrainingEvidenceStore.Revision(data.enrollmentId(), data.nip(), 1, false, data.programId(),
                data.programTitle(), data.developmentPath(), data.institutionName(), data.jp(), data.startDate(),
                data.completedOn(), data.certificateNumber(), data.competencies()));
    }
}
