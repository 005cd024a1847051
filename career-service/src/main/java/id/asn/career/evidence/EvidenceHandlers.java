package id.asn.career.evidence;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.events.competency.CompetencyAssessedV1;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The evidence other services publish: finalised appraisals (asn.appraisal), completed trainings (asn.training)
 * and job-person matches and assessments (asn.competency). Each change fires {@link EvidenceChanged} so the 9-box
 * follows, and {@link MeritInputsChanged} so the merit figures do.
 */
public final class EvidenceHandlers {

    private EvidenceHandlers() {
    }

    /** Keeps the highest revision of each appraisal (docs/domain.md §3.9: an objection's result replaces it). */
    @ApplicationScoped
    public static class AppraisalFinalized implements EventHandler<AppraisalFinalizedV1> {

        private final EvidenceStore store;
        private final Event<EvidenceChanged> changed;
        private final Event<MeritInputsChanged> merit;

        @Inject
        AppraisalFinalized(EvidenceStore store, Event<EvidenceChanged> changed, Event<MeritInputsChanged> merit) {
            this.store = store;
            this.changed = changed;
            this.merit = merit;
        }

        @Override
        public EventType<AppraisalFinalizedV1> type() {
            return EventTypes.APPRAISAL_FINALIZED;
        }

        @Override
        public void handle(AppraisalFinalizedV1 a, EventMetadata meta) {
            if (store.keepAppraisal(a.appraisalId(), a.nip(), a.year(), a.periodType(), a.hasilKerja(),
                    a.perilakuKerja(), a.predikat(), a.finalizedOn(), a.revision())
                    && "ANNUAL".equals(a.periodType())) {
                changed.fire(new EvidenceChanged(a.nip(), a.year()));
                merit.fire(MeritInputsChanged.employee(a.nip()));
            }
        }
    }

    /** A completed training adds to the development track record. */
    @ApplicationScoped
    public static class TrainingCompleted implements EventHandler<TrainingCompletedV1> {

        private final EvidenceStore store;
        private final Event<EvidenceChanged> changed;
        private final Event<MeritInputsChanged> merit;

        @Inject
        TrainingCompleted(EvidenceStore store, Event<EvidenceChanged> changed, Event<MeritInputsChanged> merit) {
            this.store = store;
            this.changed = changed;
            this.merit = merit;
        }

        @Override
        public EventType<TrainingCompletedV1> type() {
            return EventTypes.TRAINING_COMPLETED;
        }

        @Override
        public void handle(TrainingCompletedV1 t, EventMetadata meta) {
            if (store.keepTraining(t.enrollmentId(), t.nip(), t.jp(), t.completedOn())) {
                changed.fire(new EvidenceChanged(t.nip(), null));
                merit.fire(MeritInputsChanged.employee(t.nip()));
            }
        }
    }

    /** The job-person match against the employee's current position. */
    @ApplicationScoped
    public static class GapChanged implements EventHandler<CompetencyGapChangedV1> {

        private final EvidenceStore store;
        private final Event<EvidenceChanged> changed;
        private final Event<MeritInputsChanged> merit;

        @Inject
        GapChanged(EvidenceStore store, Event<EvidenceChanged> changed, Event<MeritInputsChanged> merit) {
            this.store = store;
            this.changed = changed;
            this.merit = merit;
        }

        @Override
        public EventType<CompetencyGapChangedV1> type() {
            return EventTypes.COMPETENCY_GAP_CHANGED;
        }

        @Override
        public void handle(CompetencyGapChangedV1 g, EventMetadata meta) {
            store.keepJobFit(g.nip(), g.positionId(), g.jpm());
            changed.fire(new EvidenceChanged(g.nip(), null));
            if (g.positionId() != null) {
                store.keepStandardSeen(g.positionId());
                merit.fire(MeritInputsChanged.position(g.positionId()));
            }
        }
    }

    /** An assessment and its validity, for the share of ASN with a current assessment (docs/domain.md §4.6.1). */
    @ApplicationScoped
    public static class Assessed implements EventHandler<CompetencyAssessedV1> {

        private final EvidenceStore store;
        private final Event<MeritInputsChanged> merit;

        @Inject
        Assessed(EvidenceStore store, Event<MeritInputsChanged> merit) {
            this.store = store;
            this.merit = merit;
        }

        @Override
        public EventType<CompetencyAssessedV1> type() {
            return EventTypes.COMPETENCY_ASSESSED;
        }

        @Override
        public void handle(CompetencyAssessedV1 a, EventMetadata meta) {
            if (store.keepAssessment(a.assessmentId(), a.nip(), a.assessedOn(), a.validUntil(), a.supersedes())) {
                merit.fire(MeritInputsChanged.employee(a.nip()));
            }
        }
    }
}
