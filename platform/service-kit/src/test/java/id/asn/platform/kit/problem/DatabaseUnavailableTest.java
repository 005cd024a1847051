package id.asn.platform.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUnavailableTest {

    /** What PostgreSQL and its driver report while the server restarts is 503 (retry), not 500. */
    @ParameterizedTest(name = "SQLSTATE {0}: unavailable {1}")
    @CsvSource({
            "08001, true",   // connection refused: the server is not listening yet
            "08006, true",   // connection failure: the server went away mid-request
            "08003, true",   // the connection is already closed
            "57P01, true",   // admin_shutdown: a fast shutdown cut the session
            "57P02, true",   // crash_shutdown
            "57P03, true",   // cannot_connect_now: still starting up
            "23505, false",  // a unique key: the request's fault, 409
            "40001, false",  // a serialization failure is no outage
            "42P01, false"   // a missing table is a bug, 500
    })
    void aRestartingDatabaseIsUnavailableAndOtherFailuresAreNot(String state, boolean unavailable) {
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("failure", state))).isEqualTo(unavailable);
    }

    @Test
    void noSqlStateIsNoOutage() {
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("failure"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(null)).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new GenericJDBCException("could not execute statement",
                new SQLException("failure")))).isFalse();
    }

    @Test
    void aBrokenConnectionDeeperInTheChainIsAnOutage() {
        assertThat(ProblemMappers.databaseUnavailable(new GenericJDBCException("could not execute statement",
                new SQLException("wrapped", null, new SQLException("This connection has been closed.", "08003")))))
                .isTrue();
    }

    /** As seen in the PostgreSQL restart fault test: a pooled connection the restart closed could not be enlisted. */
    @Test
    void noConnectionForTheTransactionIsAnOutage() {
        SQLException enlist = new SQLException("Exception in association of connection to existing transaction",
                null, new SQLException("Failed to enlist. Check if a connection from another datasource is already "
                        + "enlisted to the same transaction"));
        assertThat(ProblemMappers.databaseUnavailable(new GenericJDBCException("Unable to acquire JDBC Connection "
                + "[Exception in association of connection to existing transaction] [n/a]", enlist))).isTrue();
    }
}
