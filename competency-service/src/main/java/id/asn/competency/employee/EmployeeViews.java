package id.asn.competency.employee;

import id.asn.competency.gap.GapSubject;
import id.asn.platform.kit.nip.Nip;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the employees API; {@link EmployeeView} is also what other features get. */
public final class EmployeeViews {

    private EmployeeViews() {
    }

    /**
     * One employee as an HR system sends it. Everything is text so that each row is judged on its own and a bad
     * value rejects that row, not the whole request.
     */
    public record EmployeeRow(String nip, String legacyNip, String name, String employeeType, String unitCode,
                              String positionCode, String supervisorNip, String rank, String education, String tmt,
                              String active) {
        EmployeeRow withNip(String value) {
            return new EmployeeRow(value, legacyNip, name, employeeType, unitCode, positionCode, supervisorNip,
                    rank, education, tmt, active);
        }
    }

    public record ImportRequest(List<EmployeeRow> rows) {
    }

    public enum RowStatus { CREATED, UPDATED, UNCHANGED, REJECTED }

    public record RowError(String field, String message) {
    }

    /**
     * {@code row} is 1-based: the line of the CSV after the header, or the index in {@code rows} plus one.
     * {@code warnings}: soft checks of docs/domain.md §6.1 rule 6 that do not stop the row (e.g. an unusual age
     * at TMT).
     */
    public record RowResult(int row, String nip, RowStatus status, UUID employeeId, List<String> changedFields,
                            List<RowError> errors, List<String> warnings) {
    }

    public record ImportResult(int total, int created, int updated, int unchanged, int rejected,
                               List<RowResult> rows) {
        static ImportResult of(List<RowResult> rows) {
            return new ImportResult(rows.size(), count(rows, RowStatus.CREATED), count(rows, RowStatus.UPDATED),
                    count(rows, RowStatus.UNCHANGED), count(rows, RowStatus.REJECTED), rows);
        }

        private static int count(List<RowResult> rows, RowStatus status) {
            return (int) rows.stream().filter(r -> r.status() == status).count();
        }
    }

    public record EmployeeView(UUID id, String nip, String idLabel, String legacyNip, String name,
                               EmployeeType employeeType, Nip.Gender gender, LocalDate birthDate, LocalDate tmt,
                               UUID unitId, UUID positionId, String supervisorNip, String rank, String education,
                               boolean active, long version) {
        public static EmployeeView of(Employee e) {
            return new EmployeeView(e.id, e.nip, e.employeeType.idKind() == Nip.Kind.PNS ? "NIP" : "NI PPPK",
                    e.legacyNip, e.name, e.employeeType, e.gender, e.birthDate, e.tmt, e.unitId, e.positionId,
                    e.supervisorNip, e.rank, e.education, e.active, e.version);
        }

        /** What the gap engine measures of this employee. */
        public GapSubject gapSubject() {
            return new GapSubject(id, nip, unitId, positionId, active);
        }
    }

    /** A page of employees, named for the API document: an annotation cannot name the generic {@code Page}. */
    @Schema(name = "PageEmployeeView")
    public record EmployeePage(List<EmployeeView> items, int page, int size, long totalItems, int totalPages) {
    }
}
