package id.asn.platform.kit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namesBecomePlaceholdersAndCastsQuotesAndCommentsStayAsTheyAre() {
        NamedSql sql = NamedSql.of("""
                select * from unnest(:idx::int[], :nips::text[]) as t(idx, nip) -- not :here
                where tenant_id = :tenant and note <> ':quoted' /* nor :there */ and other = :tenant""");

        assertThat(sql.jdbc()).isEqualTo("""
                select * from unnest(?::int[], ?::text[]) as t(idx, nip) -- not :here
                where tenant_id = ? and note <> ':quoted' /* nor :there */ and other = ?""");
        assertThat(sql.names()).containsExactly("idx", "nips", "tenant");
    }

    @Test
    void positionalParametersAreRefused() {
        assertThatThrownBy(() -> NamedSql.of("select * from t where a = ? and b = :b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
