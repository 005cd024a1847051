package id.asn.platform.kit.probe;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Endpoints of the kit's test application: one per mechanism under test. */
@Path("/api/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HR_ADMIN)
public class ProbeResource {

    public record NewProbe(@NotBlank @Size(max = 100) String name,
                           @NotNull @Pattern(regexp = "\\d{18}") String nip) {
    }

    public record Rename(@NotBlank String name, @NotNull Long version) {
    }

    public record Batch(@NotNull @Size(min = 1, max = 10) List<@Valid NewProbe> rows) {
    }

    /** Every JSON type a request body uses, to show that none is converted into another. */
    public record Schedule(String title, Integer jp, int meetings, java.math.BigDecimal hours, java.time.LocalDate day,
                           java.time.OffsetDateTime startsAt, Boolean online, List<String> tags, Kind kind) {
    }

    public enum Kind { KLASIKAL, NONKLASIKAL }

    public record ProbeView(UUID id, String name, String nip, long version) {
        static ProbeView of(Probe probe) {
            return new ProbeView(probe.id, probe.name, probe.nip, probe.version);
        }
    }

    @Inject
    ProbeRepository probes;
    @Inject
    Outbox outbox;

    @POST
    @Transactional
    public Response create(@Valid @NotNull NewProbe request) {
        Probe probe = register(request);
        return Response.status(201).entity(ProbeView.of(probe)).build();
    }

    @POST
    @Path("/batch")
    @Idempotent
    @Transactional
    public Response batch(@Valid @NotNull Batch batch) {
        List<ProbeView> created = batch.rows().stream().map(row -> ProbeView.of(register(row))).toList();
        if (created.stream().anyMatch(view -> view.name().equals("refuse-after-writing"))) {
            throw ProblemException.rule("probe.rule", 20);
        }
        return Response.ok(created).build();
    }

    @GET
    @Path("/{id}")
    public ProbeView get(@PathParam("id") UUID id) {
        return ProbeView.of(probes.require(id));
    }

    /** Text from the path, the query and a header, each used in a real query. */
    @GET
    @Path("/by-nip/{nip}")
    public List<ProbeView> byNip(@PathParam("nip") String nip, @jakarta.ws.rs.QueryParam("name") String name,
                                 @HeaderParam("X-Unit") String unit) {
        return probes.scoped("nip = :nip and name <> :name and name <> :unit",
                Map.of("nip", nip, "name", name == null ? "" : name, "unit", unit == null ? "" : unit),
                Sort.by("name")).list().stream().map(ProbeView::of).toList();
    }

    /**
     * Native SQL that forgot its tenant condition, read outside a transaction as a service's reads are: the rows
     * per tenant that the database lets it see.
     */
    @GET
    @Path("/unscoped")
    @SuppressWarnings("unchecked")
    public Map<String, Long> unscoped() {
        Map<String, Long> seen = new java.util.TreeMap<>();
        probes.getEntityManager().createNativeQuery("select tenant_id, count(*) from probe group by tenant_id")
                .getResultList().forEach(row -> seen.put((String) ((Object[]) row)[0],
                        ((Number) ((Object[]) row)[1]).longValue()));
        return seen;
    }

    /** The same inside a transaction, and a forgotten condition in an update too: how many rows it touched. */
    @POST
    @Path("/unscoped")
    @Transactional
    public Map<String, Long> unscopedWrite() {
        int touched = probes.getEntityManager().createNativeQuery("update probe set updated_by = updated_by")
                .executeUpdate();
        Map<String, Long> seen = unscoped();
        seen.put("updated", (long) touched);
        return seen;
    }

    @POST
    @Path("/schedule")
    public Schedule schedule(@NotNull Schedule schedule) {
        return schedule;
    }

    @GET
    public Page<ProbeView> list(@Valid @BeanParam PageRequest page) {
        return probes.page(probes.scoped(null, Map.of(), Sort.by("name")), page, ProbeView::of);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public ProbeView rename(@PathParam("id") UUID id, @Valid @NotNull Rename request) {
        Probe probe = probes.require(id);
        if (!probe.version.equals(request.version())) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        probe.name = request.name();
        return ProbeView.of(probe);
    }

    @POST
    @Path("/rule")
    public void rule() {
        throw ProblemException.rule("probe.rule", 20);
    }

    @GET
    @Path("/boom")
    public void boom() {
        throw new IllegalStateException("secret internal detail");
    }

    private Probe register(NewProbe request) {
        Probe probe = new Probe();
        probe.name = request.name();
        probe.nip = request.nip();
        probes.persist(probe);
        outbox.record(EventTypes.EMPLOYEE_REGISTERED, probe.nip, new EmployeeRegisteredV1(new EmployeeSnapshot(
                probe.nip, probe.name, "PNS", "MALE", java.time.LocalDate.of(1990, 1, 1), "unit-1", "Bagian Umum", null, null, null, null, null,
                null, null, true)));
        return probe;
    }
}
