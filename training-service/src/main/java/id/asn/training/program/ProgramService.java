package id.asn.training.program;

import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.training.config.TrainingConfig;
import id.asn.training.institution.InstitutionService;
import id.asn.training.institution.PartnerScope;
import id.asn.training.program.ProgramViews.CreateProgram;
import id.asn.training.program.ProgramViews.ProgramTerms;
import id.asn.training.program.ProgramViews.ProgramView;
import id.asn.training.program.ProgramViews.Target;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Defines programmes and answers who may see them. */
@ApplicationScoped
@Transactional
public class ProgramService {

    private final ProgramRepository programs;
    private final InstitutionService institutions;
    private final PartnerScope partner;
    private final TrainingConfig config;

    @Inject
    ProgramService(ProgramRepository programs, InstitutionService institutions, PartnerScope partner,
                   TrainingConfig config) {
        this.programs = programs;
        this.institutions = institutions;
        this.partner = partner;
        this.config = config;
    }

    public ProgramView create(CreateProgram request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.form().path() != request.developmentPath()) {
            violations.add(new FieldViolation("form", "program.form-not-in-path", request.form(), request.developmentPath()));
        }
        if (request.postTestRequired() && request.passMark() == null) {
            violations.add(new FieldViolation("passMark", "program.pass-mark-required"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.competencies().size(); i++) {
            if (!seen.add(request.competencies().get(i).competencyCode())) {
                violations.add(new FieldViolation("competencies[" + i + "].competencyCode", "program.competency-twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        String institutionName = institutions.name(request.institutionId());
        Program program = new Program();
        program.institutionId = request.institutionId();
        program.title = request.title().trim();
        program.description = request.description();
        program.developmentPath = request.developmentPath();
        program.form = request.form();
        program.siasnTypeCode = request.siasnTypeCode();
        program.jp = request.jp();
        program.costPerParticipant = request.costPerParticipant();
        program.postTestRequired = request.postTestRequired();
        program.passMark = request.passMark();
        program.raterTraining = request.raterTraining();
        program.attendanceShare = request.attendanceShare() != null
                ? request.attendanceShare() : config.completionAttendanceShare();
        for (Target target : request.competencies()) {
            Program.TargetCompetency competency = new Program.TargetCompetency();
            competency.competencyCode = target.competencyCode();
            competency.targetLevel = target.targetLevel();
            program.competencies.add(competency);
        }
        programs.persist(program);
        return ProgramView.of(program, institutionName);
    }

    /** hr-admin marks or unmarks rater training; completions recorded from then on carry it (docs/domain.md §3.4.2). */
    public ProgramView markRaterTraining(UUID id, boolean raterTraining) {
        Program program = require(id);
        program.raterTraining = raterTraining;
        return ProgramView.of(program, institutions.name(program.institutionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProgramView> list(PageRequest page) {
        var query = partner.institution()
                .map(own -> programs.scoped("institutionId = :own", Map.of("own", own), Sort.by("title").and("id")))
                .orElseGet(() -> programs.all(Sort.by("title").and("id")));
        List<Program> rows = query.page(page.page - 1, page.size).list();
        Map<UUID, String> names = institutions.names(rows.stream().map(p -> p.institutionId).collect(Collectors.toSet()));
        return Page.of(rows.stream().map(p -> ProgramView.of(p, names.get(p.institutionId))).toList(), page,
                query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramView get(UUID id) {
        Program program = require(id);
        return ProgramView.of(program, institutions.name(program.institutionId));
    }

    /** What other features need of the programme, if the caller may see it: agency staff any, a partner only its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramTerms terms(UUID id) {
        return ProgramTerms.of(require(id));
    }

    /** Every programme of the agency, for the plan proposal (docs/domain.md §2.9.1). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramTerms> offer() {
        return programs.all(Sort.by("title").and("id")).list().stream().map(ProgramTerms::of).toList();
    }

    /**
     * {@link #terms} of several programmes at once (a list's rows), with their competencies, in one query; those
     * the caller may not see are missing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ProgramTerms> terms(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Optional<UUID> own = partner.institution();
        return programs.withCompetencies(ids).stream()
                .filter(p -> own.map(p.institutionId::equals).orElse(true))
                .collect(Collectors.toMap(p -> p.id, ProgramTerms::of));
    }

    private Program require(UUID id) {
        Program program = programs.require(id);
        partner.requireOwn(program.institutionId);
        return program;
    }
}
