package id.asn.appraisal.rater;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingCompletionCorrectedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A rater training decided again after its session was reopened (docs/domain.md §3.4.2, §2.6.5): withdrawn, its
 * employee is no longer trained by it; given again, they are. The enrolment's highest revision wins, so an older
 * correction arriving late changes nothing; a correction of a programme that is no rater training is ignored, as
 * its completion was.
 */
@ApplicationScoped
public class TrainingCompletionCorrectedHandler implements EventHandler<TrainingCompletionCorrectedV1> {

    private final RaterTrainingRepository trainings;

    @Inject
    TrainingCompletionCorrectedHandler(RaterTrainingRepository trainings) {
        this.trainings = trainings;
    }

    @Override
    public EventType<TrainingCompletionCorrectedV1> type() {
        return EventTypes.TRAINING_COMPLETION_CORRECTED;
    }

    @Override
    public void handle(TrainingCompletionCorrectedV1 data, EventMetadata meta) {
        if (!Boolean.TRUE.equals(data.raterTraining())) {
            return;
        }
        RaterTraining known = trainings.ofEnrollment(data.enrollmentId()).orElse(null);
        if (known != null && known.revision >= data.revision()) {
            return;
        }
        RaterTraining training = known == null ? new RaterTraining() : known;
        training.enrollmentId = data.enrollmentId();
        training.nip = data.nip();
        training.programId = data.programId();
        training.programTitle = data.programTitle();
        training.completedOn = data.completedOn();
        training.revision = data.revision();
        training.withdrawn = !data.completed();
        if (known == null) {
            trainings.persist(training);
        }
    }
}
