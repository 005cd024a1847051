package id.asn.competency.evidence;

import id.asn.competency.assessment.AssessmentService;
import id.asn.competency.assessment.AssessmentViews.Observation;
import id.asn.competency.assessment.AssessmentViews.ObservedLevel;
import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingFollowUpAnsweredV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A supervisor's observation at work is evidence under the evidence rule: docs/domain.md §1.8.1, §1.8.2, §2.7. The
 * follow-up a training's supervisor answered becomes assessment evidence of method SUPERVISOR_OBSERVATION, so it can
 * confirm or correct the level the training aimed at wherever no more trusted evidence says otherwise. The
 * follow-up id makes a repeated event a no-op even if the inbox were bypassed.
 */
@ApplicationScoped
public class FollowUpAnsweredHandler implements EventHandler<TrainingFollowUpAnsweredV1> {

    private final AssessmentService assessments;

    @Inject
    FollowUpAnsweredHandler(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public EventType<TrainingFollowUpAnsweredV1> type() {
        return EventTypes.TRAINING_FOLLOW_UP_ANSWERED;
    }

    @Override
    public void handle(TrainingFollowUpAnsweredV1 data, EventMetadata event) {
        assessments.recordObservation(new Observation(data.followUpId(), data.nip().replaceAll("\\s", ""),
                data.supervisorNip(), data.answeredOn(), data.programTitle(), data.competencies().stream()
                .map(c -> new ObservedLevel(c.competencyCode(), c.observedLevel(), c.example())).toList()));
    }
}
