package id.asn.localstack;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JdbcUrlsTest {
    @ParameterizedTest
    @CsvSource({
            "jdbc:postgresql://localhost:5439/,            jdbc:postgresql://localhost:5439/training",
            "jdbc:postgresql://db:5432,                    jdbc:postgresql://db:5432/training",
            "jdbc:postgresql://db:5432/postgres,           jdbc:postgresql://db:5432/training",
            "jdbc:postgresql://db:5432/?sslmode=require,   jdbc:postgresql://db:5432/training?sslmode=require",
    })
    void theDatabaseNameReplacesThePathAndKeepsParameters(String base, String expected) {
        assertEquals(expected, JdbcUrls.database(base, "training"));
    }
}
