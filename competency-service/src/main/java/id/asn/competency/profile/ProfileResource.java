package id.asn.competency.profile;

import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.CompetencyConfig;
import id.asn.competency.assessment.AssessmentRepository;
import id.asn.competency.dictionary.Competency;
import id.asn.competency.dictionary.DictionaryService;
import id.asn.competency.employee.Employee;
import id.asn.competency.employee.EmployeeAccess;
import id.asn.competency.evidence.EvidenceQueries;
import id.asn.competency.evidence.EvidenceQueries.AppraisalEvidence;
import id.asn.competency.evidence.EvidenceQueries.TrainingEvidence;
import id.asn.competency.position.Position;
import id.asn.competency.position.PositionRepository;
import id.asn.platform.kit.caller.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An employee's competency profile: standard, current levels, gaps, JPM and the evidence behind them. */
@Path("/api/v1/employees/{nip}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles and gaps", description = "Profiles against the position's standard, gap reports, job fit.")
public class ProfileResource {

    private static final String EXAMPLE = """
            {"nip":"198609262015051001","name":"Budi Santoso","positionId":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809",
             "positionTitle":"Kepala Bagian Keuangan","standardEffectiveFrom":"2026-01-01","jpm":92.59,
             "jpmCategory":"OPTIMAL","lines":[{"competencyCode":"M2","competencyName":"Kerja Sama","kind":"MANAJERIAL",
             "requiredLevel":3,"currentLevel":2.50,"gap":0.50,"inDevelopment":true,"basedOn":{"assessmentId":
             "0b5a7c1e-2f3d-4e5a-8b9c-1d2e3f4a5b6c","method":"ASSESSMENT_CENTRE","assessedOn":"2026-03-10",
             "validUntil":"2029-03-10"}}],"assessments":[],"trainings":[],"appraisals":[]}""";

    public record BasedOn(UUID assessmentId, String method, LocalDate assessedOn, LocalDate validUntil) {
    }

    public record ProfileLine(String competencyCode, String competencyName, String kind, int requiredLevel,
                              BigDecimal currentLevel, BigDecimal gap, boolean inDevelopment, BasedOn basedOn) {
    }

    public record AssessmentSummary(UUID id, String method, String assessor, LocalDate assessedOn,
                                    LocalDate validUntil, boolean superseded, Map<String, BigDecimal> scores) {
    }

    public record ProfileView(String nip, String name, UUID positionId, String positionTitle,
                              LocalDate standardEffectiveFrom, BigDecimal jpm, String jpmCategory,
                              List<ProfileLine> lines, List<AssessmentSummary> assessments,
                              List<TrainingEvidence> trainings, List<AppraisalEvidence> appraisals) {
    }

    private final EmployeeAccess access;
    private final GapService gaps;
    private final DictionaryService dictionary;
    private final PositionRepository positions;
    private final AssessmentRepository assessments;
    private final EvidenceQueries evidence;
    private final JpmCategories categories;

    @Inject
    ProfileResource(EmployeeAccess access, GapService gaps, DictionaryService dictionary,
                    PositionRepository positions, AssessmentRepository assessments, EvidenceQueries evidence,
                    CompetencyConfig config) {
        this.access = access;
        this.gaps = gaps;
        this.dictionary = dictionary;
        this.positions = positions;
        this.assessments = assessments;
        this.evidence = evidence;
        this.categories = new JpmCategories(config.jpm().categories());
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Competency profile and gaps",
            description = "Per competency of the position's standard in force today: required level, current level "
                    + "(by the evidence rule, see README), gap (positive = development need) and whether a "
                    + "completed training is developing it; the JPM (Σ current ÷ Σ required × 100, not capped) "
                    + "with its configured category; and the evidence: assessments, completed trainings, "
                    + "appraisal results. Employees see their own, supervisors their direct reports', hr-admin "
                    + "the agency's.")
    @APIResponse(responseCode = "200", description = "The profile.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "administrator", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ProfileView profile(@PathParam("nip") @Parameter(example = "198609262015051001") String nip) {
        Employee employee = access.personal(nip.replaceAll("\\s", ""));
        LocalDate today = LocalDate.now();
        GapService.Standing standing = gaps.standings(List.of(employee), today).get(employee.id);
        Map<String, Competency> names = dictionary.currentAll(today);
        List<ProfileLine> lines = standing.lines().stream().map(l -> {
            Competency c = names.get(l.competencyCode());
            return new ProfileLine(l.competencyCode(), c == null ? l.competencyCode() : c.name,
                    c == null ? null : c.kind.name(), l.requiredLevel(), l.currentLevel(), l.line().gap(),
                    l.inDevelopment(), l.assessmentId() == null ? null
                    : new BasedOn(l.assessmentId(), l.method(), l.assessedOn(), l.validUntil()));
        }).toList();
        var all = assessments.ofEmployee(employee.id);
        Set<UUID> superseded = new HashSet<>();
        all.stream().map(a -> a.supersedesId).filter(Objects::nonNull).forEach(superseded::add);
        List<AssessmentSummary> summaries = all.stream().map(a -> new AssessmentSummary(a.id, a.method.name(),
                a.assessor, a.assessedOn, a.validUntil, superseded.contains(a.id), a.scores.stream().collect(
                        Collectors.toMap(s -> s.competencyCode, s -> s.score,
                                (x, y) -> x, TreeMap::new)))).toList();
        Position position = employee.positionId == null ? null
                : positions.findInTenant(employee.positionId).orElse(null);
        BigDecimal jpm = standing.jpm();
        return new ProfileView(employee.nip, employee.name, employee.positionId,
                position == null ? null : position.title, standing.standardEffectiveFrom(), jpm,
                categories.categorize(jpm), lines, summaries, evidence.trainings(employee.nip),
                evidence.appraisals(employee.nip));
    }
}
