package id.asn.platform.kit.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plain JDBC SQL with named parameters ({@code :tenant}), for the set-based statements that must run on the
 * connection itself (arrays of thousands of rows in one round trip). A name used twice is bound once, and a
 * statement refuses to run while a name is unbound or an unknown name is bound, so an edit of the SQL cannot
 * silently shift a value into another placeholder as counted {@code ?} positions can. {@code ::type} casts,
 * quoted text and comments are left alone.
 */
public final class NamedSql {

    private final String jdbc;
    private final Map<String, List<Integer>> positions;

    private NamedSql(String jdbc, Map<String, List<Integer>> positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    /** Parses {@code sql} once; keep the result in a constant. */
    public static NamedSql of(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        int position = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = skipped(sql, i);
            if (end > i) {
                jdbc.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                jdbc.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int start = i + 1;
                int stop = start;
                while (stop < sql.length() && Character.isJavaIdentifierPart(sql.charAt(stop))) {
                    stop++;
                }
                positions.computeIfAbsent(sql.substring(start, stop), name -> new ArrayList<>()).add(++position);
                jdbc.append('?');
                i = stop;
            } else if (c == '?') {
                throw new IllegalArgumentException("positional parameter at " + i + ": use a :name");
            } else {
                jdbc.append(c);
                i++;
            }
        }
        positions.replaceAll((name, list) -> List.copyOf(list));
        return new NamedSql(jdbc.toString(), Map.copyOf(positions));
    }

    // the end of a quoted text, quoted identifier or comment starting at i, or i when none starts there
    private static int skipped(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') {
            int close = sql.indexOf(c, i + 1);
            return close < 0 ? sql.length() : close + 1;
        }
        if (sql.startsWith("--", i)) {
            int close = sql.indexOf('\n', i);
            return close < 0 ? sql.length() : close;
        }
        if (sql.startsWith("/*", i)) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        return i;
    }

    /** The SQL as the driver gets it, every name replaced by {@code ?}. */
    public String jdbc() {
        return jdbc;
    }

    public Set<String> names() {
        return new TreeSet<>(positions.keySet());
    }

    /** A statement on {@code connection}; close it (try-with-resources). */
    public Statement prepare(Connection connection) throws SQLException {
        return new Statement(connection, connection.prepareStatement(jdbc));
    }

    /** One prepared statement whose parameters are bound by name. */
    public final class Statement implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement statement;
        private final Map<String, Boolean> bound = new HashMap<>();

        private Statement(Connection connection, PreparedStatement statement) {
            this.connection = connection;
            this.statement = statement;
        }

        /** Binds {@code value} to every use of {@code :name}. */
        public Statement set(String name, Object value) throws SQLException {
            List<Integer> at = positions.get(name);
            if (at == null) {
                throw new IllegalArgumentException("no parameter :" + name + " in the statement; it has " + names());
            }
            for (int p : at) {
                statement.setObject(p, value);
            }
            bound.put(name, true);
            return this;
        }

        /** Binds a SQL array of {@code elementType} (e.g. {@code text}, {@code int4}, {@code numeric}). */
        public Statement setArray(String name, String elementType, Object[] values) throws SQLException {
            Array array = connection.createArrayOf(elementType, values);
            return set(name, array);
        }

        public ResultSet executeQuery() throws SQLException {
            requireAllBound();
            return statement.executeQuery();
        }

        public int executeUpdate() throws SQLException {
            requireAllBound();
            return statement.executeUpdate();
        }

        private void requireAllBound() {
            Set<String> missing = names();
            missing.removeAll(bound.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("parameters not bound: " + missing);
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
