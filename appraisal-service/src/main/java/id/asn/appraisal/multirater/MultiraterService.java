package id.asn.appraisal.multirater;

import id.asn.appraisal.appraisal.Appraisal;
import id.asn.appraisal.appraisal.AppraisalService;
import id.asn.appraisal.appraisal.AppraisalViews.RaterTerms;
import id.asn.appraisal.appraisal.Rating;
import id.asn.appraisal.config.AppraisalConfig;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.multirater.MultiraterViews.GiveInput;
import id.asn.appraisal.multirater.MultiraterViews.GroupView;
import id.asn.appraisal.multirater.MultiraterViews.OwnInput;
import id.asn.appraisal.multirater.MultiraterViews.Summary;
import id.asn.appraisal.multirater.RaterGroupRule.Group;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Behaviour input of peers and subordinates (docs/domain.md §3.4.1): who belongs to which group comes from the
 * employee data (a subordinate reports to the appraisee, a peer shares their unit); a rater sees only their own
 * input, and what the appraisee sees names nobody and leaves out groups below their minimum.
 */
@ApplicationScoped
@Transactional
public class MultiraterService {

    private final BehaviourInputRepository inputs;
    private final AppraisalService appraisals;
    private final People people;
    private final AppraisalConfig config;

    @Inject
    MultiraterService(BehaviourInputRepository inputs, AppraisalService appraisals, People people,
                      AppraisalConfig config) {
        this.inputs = inputs;
        this.appraisals = appraisals;
        this.people = people;
        this.config = config;
    }

    public OwnInput give(UUID appraisalId, GiveInput request) {
        RaterTerms appraisal = appraisals.raterTerms(appraisalId);
        String me = people.ownNip();
        RaterGroup group = groupOf(me, appraisal);
        if (appraisal.status() == Appraisal.Status.FINALIZED) {
            throw ProblemException.rule("input.closed");
        }
        BehaviourInput input = inputs.find(appraisal.id(), me).orElseGet(BehaviourInput::new);
        input.appraisalId = appraisal.id();
        input.raterNip = me;
        input.group = group;
        input.rating = request.rating();
        input.comment = request.comment();
        if (input.createdAt == null) {
            inputs.persist(input);
        }
        inputs.flush();
        return OwnInput.of(input);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnInput mine(UUID appraisalId) {
        RaterTerms appraisal = appraisals.raterTerms(appraisalId);
        return inputs.find(appraisal.id(), people.ownNip()).map(OwnInput::of)
                .orElseThrow(ProblemException::notFound);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(UUID appraisalId) {
        RaterTerms appraisal = appraisals.raterTerms(appraisalId);
        if (!people.isAgencyWide() && !people.is(appraisal.nip()) && !people.is(appraisal.raterNip())) {
            throw ProblemException.notFound();
        }
        List<BehaviourInput> given = inputs.of(appraisal.id());
        AppraisalConfig.RaterGroups terms = config.raterGroups();
        List<Group> groups = List.of(
                new Group(RaterGroup.PEER, ratings(given, RaterGroup.PEER), terms.peerMinimum(), terms.peerWeight()),
                new Group(RaterGroup.SUBORDINATE, ratings(given, RaterGroup.SUBORDINATE), terms.subordinateMinimum(),
                        terms.subordinateWeight()));
        List<GroupView> shown = groups.stream().filter(Group::counts).map(g -> new GroupView(g.group(),
                g.ratings().size(), g.weight(), g.mean(), RaterGroupRule.distribution(g.ratings()))).toList();
        return new Summary(appraisal.id(), appraisal.perilakuKerja(), terms.superiorWeight(), shown,
                RaterGroupRule.weighted(appraisal.perilakuKerja(), terms.superiorWeight(), groups));
    }

    // the employee data decides the group; anyone else, the appraisee and the pejabat penilai give no input
    private RaterGroup groupOf(String me, RaterTerms appraisal) {
        if (me.equals(appraisal.nip()) || me.equals(appraisal.raterNip())) {
            throw ProblemException.forbidden();
        }
        Person person = people.find(me).filter(Person::active).orElseThrow(ProblemException::notFound);
        if (appraisal.nip().equals(person.supervisorNip())) {
            return RaterGroup.SUBORDINATE;
        }
        if (appraisal.unitId() != null && appraisal.unitId().equals(person.unitId())) {
            return RaterGroup.PEER;
        }
        throw ProblemException.notFound();
    }

    private static List<Rating> ratings(List<BehaviourInput> given, RaterGroup group) {
        return given.stream().filter(i -> i.group == group).map(i -> i.rating).toList();
    }
}
