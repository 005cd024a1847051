package id.asn.competency.employee;

import id.asn.competency.employee.EmployeeViews.EmployeeRow;
import id.asn.platform.kit.json.StorableText;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an employee export with SIASN-style column names ({@code nipBaru}, {@code nama}, {@code jenisPegawai},
 * ...). Comma or semicolon separated (regional spreadsheets often save with {@code ;}); header names are matched
 * without regard to case.
 */
final class EmployeeCsv {

    static final String NIP = "nipbaru";
    static final List<String> REQUIRED = List.of(NIP, "nama", "jenispegawai", "unorkode");

    private EmployeeCsv() {
    }

    static List<EmployeeRow> read(String text, int maxRows) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("body", "employee.import.empty");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.strip().replace("\uFEFF", "")), format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.trim().toLowerCase(Locale.ROOT), index));
            for (String required : REQUIRED) {
                if (!header.containsKey(required)) {
                    throw ProblemException.invalid("header", "employee.csv.column.missing", required);
                }
            }
            List<EmployeeRow> rows = new ArrayList<>();
            List<FieldViolation> unstorable = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    throw ProblemException.invalid("rows", "employee.import.too-many", maxRows);
                }
                record.stream().filter(cell -> !StorableText.allows(cell)).findAny().ifPresent(cell ->
                        unstorable.add(new FieldViolation("rows[" + rows.size() + "]", "text.unstorable")));
                rows.add(new EmployeeRow(get(record, header, NIP), get(record, header, "niplama"),
                        get(record, header, "nama"), get(record, header, "jenispegawai"),
                        get(record, header, "unorkode"), get(record, header, "jabatankode"),
                        get(record, header, "nipatasan"), get(record, header, "golruang"),
                        get(record, header, "pendidikan"), get(record, header, "tmtcpns"),
                        get(record, header, "aktif")));
            }
            if (!unstorable.isEmpty()) {
                throw ProblemException.invalid(unstorable);
            }
            if (rows.isEmpty()) {
                throw ProblemException.invalid("body", "employee.import.empty");
            }
            return rows;
        } catch (IOException malformed) {
            // the reader is a string, so an IOException is always the parser refusing the text (e.g. an open quote)
            throw ProblemException.invalid("body", "employee.csv.malformed", malformed.getMessage());
        } catch (UncheckedIOException malformed) {
            throw ProblemException.invalid("body", "employee.csv.malformed", malformed.getCause().getMessage());
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            throw ProblemException.invalid("body", "employee.csv.unreadable", unreadable.getMessage());
        }
    }

    private static String get(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }
}
