package id.asn.career.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.asn.career.eligibility.RegularPromotionRule.Unmet;
import java.time.LocalDate;
import java.util.List;

/** Answer records of the promotion eligibility API. */
public final class EligibilityViews {

    private EligibilityViews() {
    }

    /** One employee's KP reguler eligibility on a date, with every unmet condition. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Eligibility(String nip, String name, LocalDate on, String currentRank, LocalDate currentRankTmt,
                              String nextRank, boolean eligible, LocalDate eligibleFrom, List<Unmet> unmet) {
    }

    /** One line of the agency's eligible list. */
    public record EligibleEmployee(String nip, String name, String currentRank, LocalDate currentRankTmt,
                                   String nextRank) {
    }
}
