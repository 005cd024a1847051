package id.asn.training.institution;

import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.training.institution.InstitutionViews.InstitutionView;
import id.asn.training.institution.InstitutionViews.RegisterInstitution;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Registers partner institutions and answers who they are. */
@ApplicationScoped
@Transactional
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final PartnerScope partner;
    private final EntityManager em;

    @Inject
    InstitutionService(InstitutionRepository institutions, PartnerScope partner, EntityManager em) {
        this.institutions = institutions;
        this.partner = partner;
        this.em = em;
    }

    public InstitutionView register(RegisterInstitution request) {
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        // the id is global (it is the partner token's institution claim): check across tenants without loading,
        // and answer like any duplicate key so that another agency's institution does not show through
        Number taken = (Number) em.createNativeQuery("select count(*) from institution where id = :id")
                .setParameter("id", id).getSingleResult();
        if (taken.longValue() > 0) {
            throw ProblemException.conflict("detail.conflict.unique");
        }
        if (institutions.scoped("lower(name) = lower(:name)", Map.of("name", request.name().trim())).count() > 0) {
            throw ProblemException.conflict("institution.name-taken", request.name().trim());
        }
        Institution institution = new Institution();
        institution.id = id;
        institution.name = request.name().trim();
        institution.kind = request.kind();
        institution.contactEmail = request.contactEmail();
        institutions.persist(institution);
        return InstitutionView.of(institution);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstitutionView> list(PageRequest page) {
        return institutions.page(institutions.all(Sort.by("name").and("id")), page, InstitutionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstitutionView get(UUID id) {
        partner.requireOwn(id);
        return InstitutionView.of(institutions.require(id));
    }

    /** The display name, or 404 when it is not an institution of this agency. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String name(UUID id) {
        return institutions.require(id).name;
    }

    /** The display names of several institutions of this agency (a list's rows) in one query, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return institutions.scoped("id in :ids", Map.of("ids", ids)).list().stream()
                .collect(Collectors.toMap(i -> i.id, i -> i.name));
    }
}
