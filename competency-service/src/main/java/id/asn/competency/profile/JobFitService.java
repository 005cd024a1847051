package id.asn.competency.profile;

import id.asn.competency.config.CompetencyConfig;
import id.asn.competency.gap.JpmCategories;
import id.asn.competency.position.PositionService;
import id.asn.competency.position.PositionViews.StandardView;
import id.asn.competency.profile.ProfileViews.Candidate;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Job fit: people of the agency ranked against the standard a position has in force today. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobFitService {

    private static final int MAX_CANDIDATES = 1000;

    private final PositionService positions;
    private final JobFitQuery query;
    private final JpmCategories categories;

    @Inject
    JobFitService(PositionService positions, JobFitQuery query, CompetencyConfig config) {
        this.positions = positions;
        this.query = query;
        this.categories = new JpmCategories(config.jpm().categories());
    }

    /**
     * @param nips candidate NIPs (spaces allowed); null or empty: every active employee of the agency
     */
    public Page<Candidate> rank(UUID positionId, List<String> nips, PageRequest page) {
        LocalDate today = LocalDate.now();
        StandardView standard = positions.standard(positionId, today);
        List<String> candidates = nips == null ? List.of() : nips.stream().map(n -> n.replaceAll("\\s", "")).toList();
        if (candidates.size() > MAX_CANDIDATES) {
            throw ProblemException.rule("jobfit.too-many-candidates", MAX_CANDIDATES);
        }
        return query.rank(standard.id(), candidates, today, categories, page);
    }
}
