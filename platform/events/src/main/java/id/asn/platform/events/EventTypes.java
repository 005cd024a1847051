package id.asn.platform.events;

import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.events.appraisal.AppraisalObjectionDecidedV1;
import id.asn.platform.events.career.CareerAwardGrantedV1;
import id.asn.platform.events.career.CareerPromotedV1;
import id.asn.platform.events.career.CareerTalentBoxChangedV1;
import id.asn.platform.events.competency.CompetencyAssessedV1;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.training.TrainingAttendanceRecordedV1;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.events.training.TrainingCompletionCorrectedV1;
import id.asn.platform.events.training.TrainingEnrolledV1;
import id.asn.platform.events.training.TrainingFollowUpAnsweredV1;
import java.util.List;
import java.util.Optional;

/** Every event type of the platform; see docs/events.md for who publishes and who consumes each. */
public final class EventTypes {

    public static final EventType<EmployeeRegisteredV1> EMPLOYEE_REGISTERED =
            new EventType<>("asn.employee.registered.v1", Topics.EMPLOYEE, EmployeeRegisteredV1.class);
    public static final EventType<EmployeeChangedV1> EMPLOYEE_CHANGED =
            new EventType<>("asn.employee.changed.v1", Topics.EMPLOYEE, EmployeeChangedV1.class);
    public static final EventType<CompetencyAssessedV1> COMPETENCY_ASSESSED =
            new EventType<>("asn.competency.assessed.v1", Topics.COMPETENCY, CompetencyAssessedV1.class);
    public static final EventType<CompetencyGapChangedV1> COMPETENCY_GAP_CHANGED =
            new EventType<>("asn.competency.gap-changed.v1", Topics.COMPETENCY, CompetencyGapChangedV1.class);
    public static final EventType<TrainingEnrolledV1> TRAINING_ENROLLED =
            new EventType<>("asn.training.enrolled.v1", Topics.TRAINING, TrainingEnrolledV1.class);
    public static final EventType<TrainingAttendanceRecordedV1> TRAINING_ATTENDANCE_RECORDED =
            new EventType<>("asn.training.attendance-recorded.v1", Topics.TRAINING,
                    TrainingAttendanceRecordedV1.class);
    public static final EventType<TrainingCompletedV1> TRAINING_COMPLETED =
            new EventType<>("asn.training.completed.v1", Topics.TRAINING, TrainingCompletedV1.class);
    public static final EventType<TrainingCompletionCorrectedV1> TRAINING_COMPLETION_CORRECTED =
            new EventType<>("asn.training.completion-corrected.v1", Topics.TRAINING,
                    TrainingCompletionCorrectedV1.class);
    public static final EventType<TrainingFollowUpAnsweredV1> TRAINING_FOLLOW_UP_ANSWERED =
            new EventType<>("asn.training.follow-up-answered.v1", Topics.TRAINING, TrainingFollowUpAnsweredV1.class);
    public static final EventType<AppraisalFinalizedV1> APPRAISAL_FINALIZED =
            new EventType<>("asn.appraisal.finalized.v1", Topics.APPRAISAL, AppraisalFinalizedV1.class);
    public static final EventType<AppraisalObjectionDecidedV1> APPRAISAL_OBJECTION_DECIDED =
            new EventType<>("asn.appraisal.objection-decided.v1", Topics.APPRAISAL,
                    AppraisalObjectionDecidedV1.class);
    public static final EventType<CareerPromotedV1> CAREER_PROMOTED =
            new EventType<>("asn.career.promoted.v1", Topics.CAREER, CareerPromotedV1.class);
    public static final EventType<CareerTalentBoxChangedV1> CAREER_TALENT_BOX_CHANGED =
            new EventType<>("asn.career.talent-box-changed.v1", Topics.CAREER, CareerTalentBoxChangedV1.class);
    public static final EventType<CareerAwardGrantedV1> CAREER_AWARD_GRANTED =
            new EventType<>("asn.career.award-granted.v1", Topics.CAREER, CareerAwardGrantedV1.class);

    public static final List<EventType<?>> ALL = List.of(EMPLOYEE_REGISTERED, EMPLOYEE_CHANGED,
            COMPETENCY_ASSESSED, COMPETENCY_GAP_CHANGED, TRAINING_ENROLLED, TRAINING_ATTENDANCE_RECORDED,
            TRAINING_COMPLETED, TRAINING_COMPLETION_CORRECTED, TRAINING_FOLLOW_UP_ANSWERED, APPRAISAL_FINALIZED, APPRAISAL_OBJECTION_DECIDED,
            CAREER_PROMOTED, CAREER_TALENT_BOX_CHANGED, CAREER_AWARD_GRANTED);

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private EventTypes() {
    }
}
