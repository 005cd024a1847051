package id.asn.appraisal.rater;

import java.time.LocalDate;
import java.util.List;

/** Answer records of the rater-training API, and the warning a rating by an untrained rater carries. */
public final class RaterViews {

    private RaterViews() {
    }

    /** One completed rater training. */
    public record CompletedTraining(String programId, String programTitle, LocalDate completedOn) {
    }

    /** Whether an employee is a trained rater, and the trainings that make them one. */
    public record RaterStatus(String nip, boolean trained, List<CompletedTraining> trainings) {
    }

    /**
     * What a rating allowed under WARN says: the rater lacks the training the agency names ({@code missingTraining}).
     */
    public record RaterWarning(String code, String raterNip, String missingTraining) {
        public static final String UNTRAINED = "RATER_TRAINING_MISSING";
    }
}
