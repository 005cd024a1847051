package id.asn.competency.employee;

import id.asn.competency.config.CompetencyConfig;
import id.asn.competency.employee.EmployeeViews.EmployeeRow;
import id.asn.competency.employee.EmployeeViews.EmployeeView;
import id.asn.competency.employee.EmployeeViews.ImportRequest;
import id.asn.competency.employee.EmployeeViews.ImportResult;
import id.asn.competency.employee.EmployeeViews.RowError;
import id.asn.competency.employee.EmployeeViews.RowResult;
import id.asn.competency.employee.EmployeeViews.RowStatus;
import id.asn.competency.gap.GapService;
import id.asn.competency.gap.GapSubject;
import id.asn.competency.organisation.UnitService;
import id.asn.competency.organisation.UnitViews.UnitView;
import id.asn.competency.position.PositionService;
import id.asn.competency.position.PositionViews.PositionView;
import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.nip.Nip;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.problem.Messages;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts employees by NIP, one row or ten thousand at a time. Each row is judged completely before anything is
 * written, so a rejected row leaves no trace; the accepted rows and their events commit together. Lookups are
 * set-based (one query per kind of reference, employees by chunks of NIPs), never one query per row. Other
 * features read employees here, as {@link EmployeeView}s.
 */
@ApplicationScoped
@Transactional
public class EmployeeService {

    private static final DateTimeFormatter SIASN_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");


    private final EmployeeRepository employees;
    private final EmployeeAccess access;
    private final Caller caller;
    private final UnitService units;
    private final PositionService positions;
    private final Outbox outbox;
    private final GapService gaps;
    private final CompetencyConfig config;

    @Inject
    EmployeeService(EmployeeRepository employees, EmployeeAccess access, Caller caller, UnitService units,
                    PositionService positions, Outbox outbox, GapService gaps,
                    CompetencyConfig config) {
        this.employees = employees;
        this.access = access;
        this.caller = caller;
        this.units = units;
        this.positions = positions;
        this.outbox = outbox;
        this.gaps = gaps;
        this.config = config;
    }

    /** hr-admin, assessor and integration list the agency; a supervisor only their direct reports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EmployeeView> list(UUID unitId, UUID positionId, String name, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.hasAnyRole(Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION)) {
            where.append(" and supervisorNip = :me");
            params.put("me", caller.nip().map(n -> n.replaceAll("\\s", "")).orElse("-"));
        }
        if (unitId != null) {
            where.append(" and unitId = :unit");
            params.put("unit", unitId);
        }
        if (positionId != null) {
            where.append(" and positionId = :position");
            params.put("position", positionId);
        }
        if (name != null && !name.isBlank()) {
            where.append(" and lower(name) like :name");
            params.put("name", "%" + name.trim().toLowerCase(Locale.ROOT) + "%");
        }
        return employees.page(employees.scoped(where.toString(), params, Sort.by("name").and("nip")), page,
                EmployeeView::of);
    }

    /** One employee: the whole agency for hr-admin, assessor and integration, otherwise as {@link #personal}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployeeView get(String nip) {
        String normalized = nip.replaceAll("\\s", "");
        if (caller.hasAnyRole(Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION)) {
            return EmployeeView.of(employees.findByNip(normalized).orElseThrow(ProblemException::notFound));
        }
        return personal(normalized);
    }

    /** The employee if the caller may see their profile and evidence; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployeeView personal(String nip) {
        return EmployeeView.of(access.personal(nip.replaceAll("\\s", "")));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRead(EmployeeView employee) {
        return access.mayRead(employee.nip(), employee.supervisorNip());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EmployeeView> findByNip(String nip) {
        return employees.findByNip(nip.replaceAll("\\s", "")).map(EmployeeView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployeeView require(UUID id) {
        return EmployeeView.of(employees.require(id));
    }

    /** What the gap engine needs of these employees (unknown ids are left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GapSubject> gapSubjects(Collection<UUID> ids) {
        return employees.findByIds(ids).stream().map(EmployeeService::gapSubject).toList();
    }

    /** Registers or updates one employee; a rejected row is a 400 naming the fields. */
    public RowResult put(String nip, EmployeeRow row, Messages messages) {
        RowResult result = upsert(List.of(row.withNip(nip)), messages).rows().get(0);
        if (result.status() == RowStatus.REJECTED) {
            throw ProblemException.invalid(result.errors().stream()
                    .map(e -> new FieldViolation(e.field(), "text", e.message())).toList());
        }
        return result;
    }

    /** The JSON bulk import (once per {@code Idempotency-Key}: the resource's {@code @Idempotent}). */
    public ImportResult importRows(ImportRequest request, Messages messages) {
        return upsert(checked(request), messages);
    }

    /** The same import from a SIASN-style CSV export. */
    public ImportResult importCsv(String csv, Messages messages) {
        return upsert(EmployeeCsv.read(csv, config.bulkImport().maxRows()), messages);
    }

    // the envelope of a JSON import; the rows themselves are judged one by one in upsert
    private List<EmployeeRow> checked(ImportRequest request) {
        if (request.rows() == null || request.rows().isEmpty()) {
            throw ProblemException.invalid("rows", "employee.import.empty");
        }
        if (request.rows().size() > config.bulkImport().maxRows()) {
            throw ProblemException.invalid("rows", "employee.import.too-many", config.bulkImport().maxRows());
        }
        if (request.rows().stream().anyMatch(Objects::isNull)) {
            throw ProblemException.invalid("rows", "employee.import.null-row");
        }
        return request.rows();
    }

    private ImportResult upsert(List<EmployeeRow> rows, Messages messages) {
        Map<String, UnitView> unitsByCode = units.findByCodes(codes(rows, EmployeeRow::unitCode)).stream()
                .collect(Collectors.toMap(UnitView::code, Function.identity()));
        Map<String, PositionView> positionsByCode = positions.findByCodes(codes(rows, EmployeeRow::positionCode))
                .stream().collect(Collectors.toMap(PositionView::code, Function.identity()));
        Map<UUID, UnitView> unitsById = new HashMap<>();
        unitsByCode.values().forEach(u -> unitsById.put(u.id(), u));
        Map<UUID, PositionView> positionsById = new HashMap<>();
        positionsByCode.values().forEach(p -> positionsById.put(p.id(), p));

        List<Validated> validated = new ArrayList<>(rows.size());
        Map<String, Integer> firstRowOfNip = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Validated v = validate(i + 1, rows.get(i), unitsByCode, positionsByCode);
            if (v.nip != null) {
                Integer first = firstRowOfNip.putIfAbsent(v.nip.value(), v.row);
                if (first != null) {
                    v.errors.add(new Violation("nip", "employee.import.duplicate", first));
                }
            }
            validated.add(v);
        }

        Map<String, Employee> existing = employees.findByNips(validated.stream()
                        .filter(v -> v.errors.isEmpty()).map(v -> v.nip.value()).toList())
                .stream().collect(Collectors.toMap(e -> e.nip, Function.identity()));
        loadReferencedBy(existing.values(), unitsById, positionsById);

        List<RowResult> results = new ArrayList<>(rows.size());
        List<GapSubject> changedPosition = new ArrayList<>();
        List<PendingEvent> events = new ArrayList<>();
        for (Validated v : validated) {
            if (!v.errors.isEmpty()) {
                results.add(new RowResult(v.row, v.nipText, RowStatus.REJECTED, null, List.of(),
                        v.errors.stream().map(e -> new RowError(e.field, messages.get(e.key, e.args))).toList(),
                        List.of()));
                continue;
            }
            List<String> warnings = v.nip.warnings().stream().map(messages::get).toList();
            Employee employee = existing.get(v.nip.value());
            if (employee == null) {
                employee = new Employee();
                employee.nip = v.nip.value();
                employee.gender = v.nip.gender();
                employee.birthDate = v.nip.birthDate();
                List<String> changed = apply(employee, v);
                employees.persist(employee);
                events.add(new PendingEvent(EventTypes.EMPLOYEE_REGISTERED, employee.nip,
                        new EmployeeRegisteredV1(snapshot(employee, unitsById, positionsById))));
                if (employee.positionId != null) {
                    changedPosition.add(gapSubject(employee));
                }
                results.add(new RowResult(v.row, employee.nip, RowStatus.CREATED, employee.id, changed, List.of(),
                        warnings));
            } else {
                List<String> changed = apply(employee, v);
                if (changed.isEmpty()) {
                    results.add(new RowResult(v.row, employee.nip, RowStatus.UNCHANGED, employee.id, List.of(),
                            List.of(), warnings));
                    continue;
                }
                events.add(new PendingEvent(EventTypes.EMPLOYEE_CHANGED, employee.nip,
                        new EmployeeChangedV1(snapshot(employee, unitsById, positionsById), changed)));
                if (changed.contains("positionId") || changed.contains("active")) {
                    changedPosition.add(gapSubject(employee));
                }
                results.add(new RowResult(v.row, employee.nip, RowStatus.UPDATED, employee.id, changed, List.of(),
                        warnings));
            }
        }
        // one batched flush, then an empty persistence context: the native statements that follow would otherwise
        // flush and dirty-check all ten thousand rows each time
        employees.flush();
        employees.getEntityManager().clear();
        // one statement per event type; per employee, registered/changed still precedes gap-changed
        events.stream().collect(Collectors.groupingBy(PendingEvent::type, LinkedHashMap::new,
                        Collectors.mapping(e -> new Outbox.Event(e.nip, e.data), Collectors.toList())))
                .forEach(outbox::recordAll);
        gaps.refresh(changedPosition);
        return ImportResult.of(results);
    }

    // built from the entity, not its view: a row not yet flushed has no version to show
    private static GapSubject gapSubject(Employee e) {
        return new GapSubject(e.id, e.nip, e.unitId, e.positionId, e.active);
    }

    private void loadReferencedBy(Collection<Employee> existing, Map<UUID, UnitView> unitsById,
                                  Map<UUID, PositionView> positionsById) {
        Set<UUID> unitIds = existing.stream().map(e -> e.unitId).filter(Objects::nonNull)
                .filter(id -> !unitsById.containsKey(id)).collect(Collectors.toSet());
        Set<UUID> positionIds = existing.stream().map(e -> e.positionId).filter(Objects::nonNull)
                .filter(id -> !positionsById.containsKey(id)).collect(Collectors.toSet());
        units.findByIds(unitIds).forEach(u -> unitsById.put(u.id(), u));
        positions.findByIds(positionIds).forEach(p -> positionsById.put(p.id(), p));
    }

    /** Applies the row and names the snapshot fields that changed; empty when the row matches the record. */
    private static List<String> apply(Employee e, Validated v) {
        List<String> changed = new ArrayList<>();
        e.legacyNip = set(changed, "legacyNip", e.legacyNip, v.legacyNip);
        e.name = set(changed, "name", e.name, v.name);
        e.employeeType = set(changed, "employeeType", e.employeeType, v.type);
        e.tmt = set(changed, "tmt", e.tmt, v.tmt);
        e.unitId = set(changed, "unitId", e.unitId, v.unitId);
        e.positionId = set(changed, "positionId", e.positionId, v.positionId);
        e.supervisorNip = set(changed, "supervisorNip", e.supervisorNip, v.supervisorNip);
        e.rank = set(changed, "rank", e.rank, v.rank);
        e.education = set(changed, "education", e.education, v.education);
        e.active = set(changed, "active", e.active, v.active);
        return changed;
    }

    private static <T> T set(List<String> changed, String field, T current, T next) {
        if (!Objects.equals(current, next)) {
            changed.add(field);
        }
        return next;
    }

    private static EmployeeSnapshot snapshot(Employee e, Map<UUID, UnitView> units,
                                             Map<UUID, PositionView> positions) {
        UnitView unit = e.unitId == null ? null : units.get(e.unitId);
        PositionView position = e.positionId == null ? null : positions.get(e.positionId);
        return new EmployeeSnapshot(e.nip, e.name, e.employeeType.name(), e.gender.name(), e.birthDate,
                e.unitId == null ? null : e.unitId.toString(), unit == null ? null : unit.name(),
                e.positionId == null ? null : e.positionId.toString(), position == null ? null : position.title(),
                position == null ? null : position.positionClass().name(), e.supervisorNip, e.rank, e.education,
                e.tmt, e.active);
    }

    private static Set<String> codes(List<EmployeeRow> rows, Function<EmployeeRow, String> code) {
        return rows.stream().map(code).filter(c -> c != null && !c.isBlank()).map(String::trim)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private record PendingEvent(EventType<?> type, String nip, Object data) {
    }

    private record Violation(String field, String key, Object... args) {
    }

    /** A row after every check; {@code errors} empty means it may be written. */
    private static final class Validated {
        final int row;
        final List<Violation> errors = new ArrayList<>();
        String nipText;
        Nip nip;
        String legacyNip;
        String name;
        EmployeeType type;
        LocalDate tmt;
        UUID unitId;
        UUID positionId;
        String supervisorNip;
        String rank;
        String education;
        boolean active;

        Validated(int row) {
            this.row = row;
        }

        void reject(String field, String key, Object... args) {
            errors.add(new Violation(field, key, args));
        }
    }

    private static Validated validate(int rowNumber, EmployeeRow row, Map<String, UnitView> unitsByCode,
                                      Map<String, PositionView> positionsByCode) {
        Validated v = new Validated(rowNumber);
        v.nipText = row.nip() == null ? null : row.nip().replaceAll("\\s", "");
        try {
            v.nip = Nip.parse(row.nip());
        } catch (Nip.InvalidNipException e) {
            v.reject("nip", e.rule());
        }
        v.name = blankToNull(row.name());
        if (v.name == null) {
            v.reject("name", "field.required");
        } else if (v.name.length() > 200) {
            v.reject("name", "field.too-long", 200);
        }
        String type = blankToNull(row.employeeType());
        if (type == null) {
            v.reject("employeeType", "field.required");
        } else {
            try {
                v.type = EmployeeType.valueOf(type.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                v.reject("employeeType", "employee.type.unknown", type);
            }
        }
        if (v.type != null && v.nip != null && v.type.idKind() != v.nip.kind()) {
            v.reject("employeeType", "employee.type.nip-mismatch", v.type.name(), v.nip.kind().name());
        }
        v.legacyNip = blankToNull(row.legacyNip());
        if (v.legacyNip != null && !v.legacyNip.matches("\\d{9}")) {
            v.reject("legacyNip", "employee.legacy-nip.format");
        }
        // every ASN sits in a unit (unor); the events other services project require it
        v.unitId = reference(v, "unitCode", row.unitCode(), unitsByCode, UnitView::id, "unit.unknown");
        if (blankToNull(row.unitCode()) == null) {
            v.reject("unitCode", "field.required");
        }
        v.positionId = reference(v, "positionCode", row.positionCode(), positionsByCode, PositionView::id,
                "position.unknown");
        String supervisor = blankToNull(row.supervisorNip());
        if (supervisor != null) {
            try {
                v.supervisorNip = Nip.parse(supervisor).value();
                if (v.nip != null && v.supervisorNip.equals(v.nip.value())) {
                    v.reject("supervisorNip", "employee.supervisor.self");
                }
            } catch (Nip.InvalidNipException e) {
                v.reject("supervisorNip", e.rule());
            }
        }
        v.rank = blankToNull(row.rank());
        if (v.rank != null && v.type != null && !Rank.fits(v.type, v.rank)) {
            v.reject("rank", v.type.idKind() == Nip.Kind.PNS ? "employee.rank.pns" : "employee.rank.pppk", v.rank);
        }
        v.education = blankToNull(row.education());
        if (v.education != null && v.education.length() > 100) {
            v.reject("education", "field.too-long", 100);
        }
        v.active = active(v, row.active());
        tmt(v, blankToNull(row.tmt()));
        return v;
    }

    // the TMT is part of the NIP; an explicit date may give the day, but must agree with the number
    private static void tmt(Validated v, String text) {
        if (v.nip == null) {
            return;
        }
        if (text == null) {
            v.tmt = v.nip.tmt().atDay(1);
            return;
        }
        LocalDate date;
        try {
            date = text.matches("\\d{2}-\\d{2}-\\d{4}") ? LocalDate.parse(text, SIASN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            v.reject("tmt", "field.date");
            return;
        }
        boolean agrees = v.nip.kind() == Nip.Kind.PNS
                ? YearMonth.from(date).equals(v.nip.tmt())
                : date.getYear() == v.nip.tmt().getYear();
        if (!agrees) {
            v.reject("tmt", "employee.tmt.nip-mismatch");
        }
        v.tmt = date;
    }

    private static boolean active(Validated v, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "y", "1", "ya", "yes" -> true;
            case "false", "n", "0", "tidak", "no" -> false;
            default -> {
                v.reject("active", "employee.active.unknown", text);
                yield true;
            }
        };
    }

    private static <T> UUID reference(Validated v, String field, String code, Map<String, T> known,
                                      Function<T, UUID> id, String unknownKey) {
        String trimmed = blankToNull(code);
        if (trimmed == null) {
            return null;
        }
        T found = known.get(trimmed);
        if (found == null) {
            v.reject(field, unknownKey, trimmed);
            return null;
        }
        return id.apply(found);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
