package id.asn.career.evidence;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.events.competency.CompetencyAssessedV1;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.events.training.TrainingCompletionCorrectedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * The evidence other services publish: finalised appraisals (asn.appraisal), completed trainings and their
 * corrections (asn.training)
 * and job-person matches and assessments (asn.competency). Each change fires {@link EvidenceChanged} so the 9-box
 * follows, and {@link MeritInputsChanged} so the merit figures do.
 */
public final class EvidenceHandlers {

    private EvidenceHandlers() {
    }

    /** What every evidence handler does once it has kept its event: tell the 9-box and the merit figures. */
    abstract static class Keeping<T> implements EventHandler<T> {

        final EvidenceStore store;
        private final Event<EvidenceChanged> changed;
        private final Event<MeritInputsChanged> merit;
        private final EventType<T> type;

        Keeping(EventType<T> type, EvidenceStore store, Event<EvidenceChanged> changed,
                Event<MeritInputsChanged> merit) {
            this.type = type;
            this.store = store;
            this.changed = changed;
            this.merit = merit;
        }

        @Override
        public EventType<T> type() {
            return type;
        }

        void boxInputsChanged(String nip, Integer year) {
            changed.fire(new EvidenceChanged(nip, year));
        }

        void meritInputsChanged(MeritInputsChanged what) {
            merit.fire(what);
        }
    }

    /** Keeps the highest revision of each appraisal (docs/domain.md §3.9: an objection's result replaces it). */
    @Singleton
    public static class AppraisalFinalized extends Keeping<AppraisalFinalizedV1> {

        @Inject
        AppraisalFinalized(EvidenceStore store, Event<EvidenceChanged> changed, Event<MeritInputsChanged> merit) {
            super(EventTypes.APPRAISAL_FINALIZED, store, changed, merit);
        }

        @Override
        public void handle(AppraisalFinalizedV1 a, EventMetadata meta) {
            if (store.keepAppraisal(a.appraisalId(), a.nip(), a.year(), a.periodType(), a.hasilKerja(),
                    a.perilakuKerja(), a.predikat(), a.finalizedOn(), a.revision())
                    && "ANNUAL".equals(a.periodType())) {
                boxInputsChanged(a.nip(), a.year());
                meritInputsChanged(MeritInputsChanged.employee(a.nip()));
            }
        }
    }

    /** A completed training adds to the development track record. */
    @Singleton
    public static class TrainingCompleted extends Keeping<TrainingCompletedV1> {

        @Inject
        TrainingCompleted(EvidenceStore store, Event<EvidenceChanged> changed, Event<MeritInputsChanged> merit) {
            super(EventTypes.TRAINING_COMPLETED, store, changed, merit);
        }

        @Override
        public void handle(TrainingCompletedV1 t, EventMetadata meta) {
            if (store.keepTraining(t.enrollmentId(), t.nip(), t.jp(), t.completedOn())) {
                boxInputsChanged(t.nip(), null);
                meritInputsChanged(MeritInputsChanged.employee(t.nip()));
            }
        }
    }

    /**
     * A completion decided again after its session was reopened: withdrawn (no JP) or given again; the highest
     * revision per enrolment wins, so a repeated or overtaken correction changes nothing.
     */
    @Singleton
    public static class TrainingCompletionCorrected extends Keeping<TrainingCompletionCorrectedV1> {

        @Inject
        TrainingCompletionCorrected(EvidenceStore store, Event<EvidenceChanged> changed,
                                    Event<MeritInputsChanged> merit) {
            super(EventTypes.TRAINING_COMPLETION_CORRECTED, store, changed, merit);
        }

        @Override
        public void handle(TrainingCompletionCorrectedV1 t, EventMetadata meta) {
            if (store.keepTraining(t.enrollmentId(), t.nip(), t.completed() ? t.jp() : BigDecimal.ZERO,
                    t.completed() ? t.completedOn() : null, t.revision(), !t.completed())) {
                boxInputsChanged(t.nip(), null);
                meritInputsChanged(MeritInputsChanged.employee(t.nip()));
            }
        }
    }

    /** The job-person match against the employee's current position. */
    @Singleton
    public static class GapChanged extends Keeping<CompetencyGapChangedV1> {

        @Inject
        GapChanged(EvidenceStore store, Event<EvidenceChanged> changed, Event<MeritInputsChanged> merit) {
            super(EventTypes.COMPETENCY_GAP_CHANGED, store, changed, merit);
        }

        @Override
        public void handle(CompetencyGapChangedV1 g, EventMetadata meta) {
            store.keepJobFit(g.nip(), g.positionId(), g.jpm());
            boxInputsChanged(g.nip(), null);
            if (g.positionId() != null) {
                store.keepStandardSeen(g.positionId());
                meritInputsChanged(MeritInputsChanged.position(g.positionId()));
            }
        }
    }

    /**
     * An assessment and its validity, for the share of ASN with a current assessment (docs/domain.md §4.6.1); the
     * 9-box reads the job-person match, not the assessment, so only the merit figures follow.
     */
    @Singleton
    public static class Assessed extends Keeping<CompetencyAssessedV1> {

        @Inject
        Assessed(EvidenceStore store, Event<EvidenceChanged> changed, Event<MeritInputsChanged> merit) {
            super(EventTypes.COMPETENCY_ASSESSED, store, changed, merit);
        }

        @Override
        public void handle(CompetencyAssessedV1 a, EventMetadata meta) {
            if (store.keepAssessment(a.assessmentId(), a.nip(), a.assessedOn(), a.validUntil(), a.supersedes())) {
                meritInputsChanged(MeritInputsChanged.employee(a.nip()));
            }
        }
    }
}
