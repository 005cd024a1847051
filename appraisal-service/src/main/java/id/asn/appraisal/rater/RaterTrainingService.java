package id.asn.appraisal.rater;

import id.asn.appraisal.config.AppraisalConfig;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.rater.RaterViews.CompletedTraining;
import id.asn.appraisal.rater.RaterViews.RaterStatus;
import id.asn.appraisal.rater.RaterViews.RaterWarning;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Trained raters (docs/domain.md §3.4.2): who completed a rater training, and the agency's rule before rating. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RaterTrainingService {

    private final RaterTrainingRepository trainings;
    private final People people;
    private final AppraisalConfig config;

    @Inject
    RaterTrainingService(RaterTrainingRepository trainings, People people, AppraisalConfig config) {
        this.trainings = trainings;
        this.people = people;
        this.config = config;
    }

    /** hr-admin reads the status of any employee of the agency, an employee their own; 404 otherwise. */
    public RaterStatus status(String nip) {
        if (!people.isAgencyWide() && !people.is(nip) || people.find(nip).isEmpty()) {
            throw ProblemException.notFound();
        }
        List<CompletedTraining> completed = trainings.of(nip).stream()
                .map(t -> new CompletedTraining(t.programId, t.programTitle, t.completedOn)).toList();
        return new RaterStatus(nip, !completed.isEmpty(), completed);
    }

    /**
     * Applies the period's requirement to a rating by {@code raterNip}: nothing when trained or OFF, a warning under
     * WARN, a 422 naming the missing training under REFUSE.
     */
    public Optional<RaterWarning> check(RaterRequirement requirement, String raterNip) {
        String missing = config.rating().raterTrainingName();
        return switch (RaterTrainingRule.outcome(requirement, trainings.trained(raterNip))) {
            case ALLOW -> Optional.empty();
            case WARN -> Optional.of(new RaterWarning(RaterWarning.UNTRAINED, raterNip, missing));
            case REFUSE -> throw ProblemException.rule("appraisal.rater-untrained", raterNip, missing);
        };
    }
}
