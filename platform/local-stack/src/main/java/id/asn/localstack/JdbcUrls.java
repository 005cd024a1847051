package id.asn.localstack;

/** Builds a database's JDBC URL from a server's base URL such as {@code jdbc:postgresql://db:5432/?sslmode=require}. */
final class JdbcUrls {
    private JdbcUrls() {
    }

    static String database(String base, String database) {
        int query = base.indexOf('?');
        String server = query < 0 ? base : base.substring(0, query);
        String parameters = query < 0 ? "" : base.substring(query);
        if (!server.startsWith("jdbc:postgresql://")) {
            throw new StackException("ASN_PG_URL must look like jdbc:postgresql://host:port/ but is " + base);
        }
        String afterHost = server.substring("jdbc:postgresql://".length());
        int slash = afterHost.indexOf('/');
        String hostPort = slash < 0 ? afterHost : afterHost.substring(0, slash);
        return "jdbc:postgresql://" + hostPort + "/" + database + parameters;
    }
}
