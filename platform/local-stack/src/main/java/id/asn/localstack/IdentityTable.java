package id.asn.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ./asn token --list}: the dev issuer's demo users and partner clients as a table to read, not to parse. */
final class IdentityTable {
    private static final List<String> HEADER =
            List.of("USER / CLIENT", "AGENCY", "ROLES", "NIP / INSTITUTION", "CLIENT SECRET");

    private IdentityTable() {
    }

    /** @param users the answer of the gateway's {@code /dev-auth/users} */
    static String render(String users) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Object identity : Json.array(Json.object(Json.parse(users)).get("identities"))) {
            Map<String, Object> fields = Json.object(identity);
            List<String> roles = Json.array(fields.getOrDefault("roles", List.of())).stream()
                    .map(IdentityTable::text).toList();
            rows.add(List.of(
                    text(fields.get("username")),
                    text(fields.get("tenant")),
                    String.join(",", roles),
                    // a person has a NIP, a partner client its institution; neither is both
                    text(fields.containsKey("nip") ? fields.get("nip") : fields.get("institution")),
                    text(fields.get("clientSecret"))));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(String.format("%-" + (widths[column] + 2) + "s", row.get(column)));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.append("\nA token: ./asn token <user>; clients also by the client-credentials grant")
                .append(" with their secret.\nAs JSON: ./asn token --list --json").toString();
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }
}
