package id.asn.career.succession;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the succession API. */
public final class SuccessionViews {

    private SuccessionViews() {
    }

    /** A critical position; {@code positionId} is the position's id in competency-service. */
    public record DeclareCritical(@NotBlank @Size(max = 64) String positionId,
                                  @NotBlank @Size(max = 300) String title, @Size(max = 64) String unitId) {
    }

    public record CriticalPositionView(UUID id, String positionId, String title, String unitId) {
        static CriticalPositionView of(CriticalPosition p) {
            return new CriticalPositionView(p.id, p.positionId, p.title, p.unitId);
        }
    }

    /** A ranked candidate with the reasons of the rank. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(int rank, String nip, String name, int box, String readiness, String kinerja,
                            BigDecimal potentialScore, BigDecimal jobFit, LocalDate retiresOn, String reason) {
    }

    /** Someone of the pool boxes left out, and why. */
    public record Excluded(String nip, String name, int box, String reason) {
    }

    /**
     * The succession plan of a critical position: ranked candidates, the excluded, and where the job fit came
     * from ({@code COMPETENCY_SERVICE}, or {@code EVENTS} when competency-service did not answer).
     */
    public record SuccessionPlan(CriticalPositionView position, LocalDate on, String jobFitSource,
                                 List<Candidate> candidates, List<Excluded> excluded) {
    }
}
