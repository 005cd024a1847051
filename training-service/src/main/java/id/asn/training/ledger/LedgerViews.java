package id.asn.training.ledger;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the JP ledger API. */
public final class LedgerViews {

    private LedgerViews() {
    }

    /** Development done elsewhere: give the certificate's minutes (converted to JP) or its JP. */
    public record RecordEntry(@NotBlank @Size(max = 300) String description, @NotNull LocalDate earnedOn,
                              @Min(1) @Max(100000) Integer minutes,
                              @DecimalMin(value = "0", inclusive = false) BigDecimal jp,
                              @Size(max = 40) String certificateNumber) {
    }

    /** One employee's JP in one year, with the compliance verdict. */
    public record Statement(String nip, String name, int year, BigDecimal earnedJp, BigDecimal minimumJp,
                            boolean minimumMet, BigDecimal shortfallJp, long daysLeftInYear,
                            List<EntryView> entries) {
    }

    /** One credit. */
    public record EntryView(UUID id, LedgerEntry.Source source, String description, BigDecimal jp, Integer minutes,
                            LocalDate earnedOn, String certificateNumber, UUID enrollmentId) {
        static EntryView of(LedgerEntry e) {
            return new EntryView(e.id, e.source, e.description, e.jp, e.minutes, e.earnedOn, e.certificateNumber,
                    e.enrollmentId);
        }
    }

    /** One participant's credit for a completed training. */
    public record TrainingCredit(String nip, UUID enrollmentId, String certificateNumber) {
    }

    /** One employee below the minimum. */
    public record Shortfall(String nip, String name, String unitId, String unitName, BigDecimal earnedJp,
                            BigDecimal shortfallJp, int daysLeftInYear) {
    }
}
