package id.asn.competency.profile;

import id.asn.competency.assessment.AssessmentService;
import id.asn.competency.config.CompetencyConfig;
import id.asn.competency.dictionary.CompetencyViews.CompetencyName;
import id.asn.competency.dictionary.DictionaryService;
import id.asn.competency.employee.EmployeeService;
import id.asn.competency.employee.EmployeeViews.EmployeeView;
import id.asn.competency.evidence.EvidenceQueries;
import id.asn.competency.gap.GapService;
import id.asn.competency.gap.JpmCategories;
import id.asn.competency.position.PositionService;
import id.asn.competency.position.PositionViews.PositionView;
import id.asn.competency.profile.ProfileViews.BasedOn;
import id.asn.competency.profile.ProfileViews.ProfileLine;
import id.asn.competency.profile.ProfileViews.ProfileView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An employee's competency profile, put together from the features that own its parts: the standing from the gap
 * engine, names from the dictionary, the position title, the assessments and the evidence other services sent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProfileService {

    private final EmployeeService employees;
    private final GapService gaps;
    private final DictionaryService dictionary;
    private final PositionService positions;
    private final AssessmentService assessments;
    private final EvidenceQueries evidence;
    private final JpmCategories categories;

    @Inject
    ProfileService(EmployeeService employees, GapService gaps, DictionaryService dictionary,
                   PositionService positions, AssessmentService assessments, EvidenceQueries evidence,
                   CompetencyConfig config) {
        this.employees = employees;
        this.gaps = gaps;
        this.dictionary = dictionary;
        this.positions = positions;
        this.assessments = assessments;
        this.evidence = evidence;
        this.categories = new JpmCategories(config.jpm().categories());
    }

    /** The profile as of today; 404 when the caller may not see the employee's. */
    public ProfileView profile(String nip) {
        EmployeeView employee = employees.personal(nip);
        LocalDate today = LocalDate.now();
        GapService.Standing standing = gaps.standings(List.of(employee.gapSubject()), today).get(employee.id());
        Map<String, CompetencyName> names = dictionary.names(today);
        List<ProfileLine> lines = standing.lines().stream().map(l -> {
            CompetencyName c = names.get(l.competencyCode());
            return new ProfileLine(l.competencyCode(), c == null ? l.competencyCode() : c.name(),
                    c == null ? null : c.kind().name(), l.requiredLevel(), l.currentLevel(), l.gap(),
                    l.inDevelopment(), l.assessmentId() == null ? null
                    : new BasedOn(l.assessmentId(), l.method(), l.assessedOn(), l.validUntil()));
        }).toList();
        PositionView position = employee.positionId() == null ? null
                : positions.find(employee.positionId()).orElse(null);
        BigDecimal jpm = standing.jpm();
        return new ProfileView(employee.nip(), employee.name(), employee.positionId(),
                position == null ? null : position.title(), standing.standardEffectiveFrom(), jpm,
                categories.categorize(jpm), lines, assessments.summaries(employee.id()),
                evidence.trainings(employee.nip()), evidence.appraisals(employee.nip()));
    }
}
