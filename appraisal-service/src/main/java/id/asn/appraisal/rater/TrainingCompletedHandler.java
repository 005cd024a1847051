package id.asn.appraisal.rater;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Records a completed rater training (docs/domain.md §3.4.2); other completions, and those of publishers that do not
 * send {@code raterTraining} yet, are no rater training. The kit's inbox applies each event once; the enrolment is
 * recorded once even when the same completion comes again under another event id.
 */
@ApplicationScoped
public class TrainingCompletedHandler implements EventHandler<TrainingCompletedV1> {

    private final RaterTrainingRepository trainings;

    @Inject
    TrainingCompletedHandler(RaterTrainingRepository trainings) {
        this.trainings = trainings;
    }

    @Override
    public EventType<TrainingCompletedV1> type() {
        return EventTypes.TRAINING_COMPLETED;
    }

    @Override
    public void handle(TrainingCompletedV1 data, EventMetadata meta) {
        if (!Boolean.TRUE.equals(data.raterTraining()) || trainings.ofEnrollment(data.enrollmentId()).isPresent()) {
            return;
        }
        RaterTraining training = new RaterTraining();
        training.nip = data.nip();
        training.enrollmentId = data.enrollmentId();
        training.programId = data.programId();
        training.programTitle = data.programTitle();
        training.completedOn = data.completedOn();
        trainings.persist(training);
    }
}
