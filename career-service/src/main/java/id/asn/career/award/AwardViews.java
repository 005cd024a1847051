package id.asn.career.award;

import id.asn.career.award.SatyalancanaRule.Step;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the awards API. */
public final class AwardViews {

    private AwardViews() {
    }

    /**
     * An award to grant. {@code awardType}: SATYALANCANA_KARYA_SATYA_X / _XX / _XXX (checked against the years of
     * service), INOVASI, TALENTA_BOX_9, or another upper-case code of the agency.
     */
    public record GrantAward(@NotBlank @ValidNip String nip,
                             @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z0-9_]+") String awardType,
                             @NotNull LocalDate grantedOn, @Size(max = 100) String decreeNumber,
                             @Size(max = 1000) String note) {
        public GrantAward {
            nip = NipInput.normalise(nip);
        }
    }

    public record AwardView(UUID id, String nip, String awardType, LocalDate grantedOn, String decreeNumber,
                            String note) {
        static AwardView of(Award a) {
            return new AwardView(a.id, a.nip, a.awardType, a.grantedOn, a.decreeNumber, a.note);
        }
    }

    /** Satyalancana eligibility on a date: service counted and each step. */
    public record SatyalancanaView(String nip, LocalDate on, LocalDate serviceStart, long serviceDays,
                                   long excludedDays, List<Step> steps) {
    }
}
