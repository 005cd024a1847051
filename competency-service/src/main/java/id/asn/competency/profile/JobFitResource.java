package id.asn.competency.profile;

import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.CompetencyConfig;
import id.asn.platform.kit.sql.SqlValues;
import id.asn.competency.position.PositionRepository;
import id.asn.competency.position.PositionStandard;
import id.asn.competency.position.PositionStandardRepository;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Job fit: people of the agency ranked against a position's standard, for promotion and recruitment. */
@Path("/api/v1/positions/{id}/job-fit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles and gaps")
public class JobFitResource {

    /** One candidate: JPM against the target position, and the number and sum of their gaps. */
    public record Candidate(String nip, String name, UUID currentPositionId, BigDecimal jpm, String jpmCategory,
                            long competenciesShort, BigDecimal totalGap, long competenciesAssessed) {
    }

    private final EntityManager em;
    private final PositionRepository positions;
    private final PositionStandardRepository standards;
    private final JpmCategories categories;

    @Inject
    JobFitResource(EntityManager em, PositionRepository positions, PositionStandardRepository standards,
                   CompetencyConfig config) {
        this.em = em;
        this.positions = positions;
        this.standards = standards;
        this.categories = new JpmCategories(config.jpm().categories());
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Rank candidates for a position",
            description = "Ranks the agency's active employees (or only the `nip` candidates given) against the "
                    + "standard of the position in force today: highest JPM first, then the smallest total gap. "
                    + "Never-assessed competencies count as 0, as in the profile.")
    @APIResponse(responseCode = "200", description = "One page of candidates.")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND + " Also when the position has no standard in force.")
    @APIResponse(responseCode = "422", description = "More than 1,000 candidates listed.")
    @SuppressWarnings("unchecked")
    public Page<Candidate> rank(@PathParam("id") UUID positionId,
                                @QueryParam("nip") @Parameter(description = "Candidate NIPs (repeat the parameter); "
                                        + "absent: every active employee of the agency.") List<String> nips,
                                @Valid @BeanParam PageRequest page) {
        positions.require(positionId);
        LocalDate today = LocalDate.now();
        PositionStandard standard = standards.current(positionId, today).orElseThrow(ProblemException::notFound);
        boolean listed = nips != null && !nips.isEmpty();
        if (listed && nips.size() > 1000) {
            throw ProblemException.rule("jobfit.too-many-candidates", 1000);
        }
        var query = em.createNativeQuery("""
                with item as (select competency_code, required_level from position_standard_item
                              where standard_id = :standard),
                scored as (
                    select e.nip, e.name, e.position_id,
                           sum(coalesce(c.level, 0)) as current_sum, sum(i.required_level) as required_sum,
                           count(*) filter (where i.required_level - coalesce(c.level, 0) > 0) as short_count,
                           sum(greatest(i.required_level - coalesce(c.level, 0), 0)) as total_gap,
                           count(c.level) as assessed
                    from employee e cross join item i
                    left join current_level c on c.employee_id = e.id and c.competency_code = i.competency_code
                                              and c.valid_until >= :on
                    where e.tenant_id = :tenant and e.active""" + (listed ? " and e.nip in (:nips)" : "") + """

                    group by e.id, e.nip, e.name, e.position_id)
                select nip, name, position_id,
                       case when assessed = 0 then null else round(current_sum * 100.0 / required_sum, 2) end as jpm,
                       short_count, total_gap, assessed, count(*) over () as total
                from scored
                order by jpm desc nulls last, total_gap, name, nip
                limit :size offset :offset""")
                .setParameter("standard", standard.id).setParameter("on", today)
                .setParameter("tenant", TenantContext.current())
                .setParameter("size", page.size).setParameter("offset", page.offset());
        if (listed) {
            query.setParameter("nips", nips.stream().map(n -> n.replaceAll("\\s", "")).toList());
        }
        List<Object[]> rows = query.getResultList();
        List<Candidate> items = rows.stream().map(r -> {
            BigDecimal jpm = SqlValues.decimal(r[3]);
            return new Candidate(((String) r[0]).trim(), (String) r[1], SqlValues.uuid(r[2]), jpm,
                    categories.categorize(jpm), SqlValues.number(r[4]), SqlValues.decimal(r[5]),
                    SqlValues.number(r[6]));
        }).toList();
        // a page past the end carries no row to read the total from: ask for the first row instead
        long total = !rows.isEmpty() ? SqlValues.number(rows.get(0)[7]) : page.page == 1 ? 0
                : rank(positionId, nips, PageRequest.of(1, 1)).totalItems();
        return Page.of(items, page, total);
    }
}
