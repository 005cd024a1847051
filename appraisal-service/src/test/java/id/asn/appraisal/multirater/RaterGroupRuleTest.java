package id.asn.appraisal.multirater;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.appraisal.appraisal.Rating;
import id.asn.appraisal.multirater.RaterGroupRule.Group;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link RaterGroupRule}: minimum counts and weights of rater groups, docs/domain.md §3.4.1 (50/30/20, 3 each). */
class RaterGroupRuleTest {

    @ParameterizedTest(name = "superior {0}, peers [{1}], subordinates [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # superior           | peers (min 3, weight 30)                  | subordinates (min 3, weight 20)          | weighted
            SESUAI_EKSPEKTASI    | -                                         | -                                        | 2.00
            # two peers are below the minimum: they neither count nor move the score
            SESUAI_EKSPEKTASI    | DI_ATAS_EKSPEKTASI DI_ATAS_EKSPEKTASI     | -                                        | 2.00
            # three peers at 3: (2*50 + 3*30) / 80
            SESUAI_EKSPEKTASI    | DI_ATAS_EKSPEKTASI DI_ATAS_EKSPEKTASI DI_ATAS_EKSPEKTASI | -                         | 2.38
            # all three groups: (1*50 + 2*30 + 3*20) / 100
            DI_BAWAH_EKSPEKTASI  | SESUAI_EKSPEKTASI SESUAI_EKSPEKTASI SESUAI_EKSPEKTASI | DI_ATAS_EKSPEKTASI DI_ATAS_EKSPEKTASI DI_ATAS_EKSPEKTASI | 1.70
            # not rated by the superior yet: the groups alone, peers mean (3+3+1)/3 = 2.33
            -                    | DI_ATAS_EKSPEKTASI DI_ATAS_EKSPEKTASI DI_BAWAH_EKSPEKTASI | -                        | 2.33
            -                    | -                                         | -                                        | -
            """)
    void weighsOnlyTheGroupsThatReachTheirMinimum(Rating superior, String peers, String subordinates,
                                                   BigDecimal weighted) {
        List<Group> groups = List.of(new Group(RaterGroup.PEER, ratings(peers), 3, 30),
                new Group(RaterGroup.SUBORDINATE, ratings(subordinates), 3, 20));
        assertThat(RaterGroupRule.weighted(superior, 50, groups)).isEqualTo(weighted);
    }

    private static List<Rating> ratings(String text) {
        return text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).map(Rating::valueOf).toList();
    }
}
