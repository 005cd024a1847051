package id.asn.career.selection;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the open-selection API. */
public final class SelectionViews {

    /** The position classes of docs/domain.md §8.1. */
    static final String POSITION_CLASS = "JPT_UTAMA|JPT_MADYA|JPT_PRATAMA|ADMINISTRATOR|PENGAWAS|PELAKSANA"
            + "|JF_AHLI_PERTAMA|JF_AHLI_MUDA|JF_AHLI_MADYA|JF_AHLI_UTAMA|JF_PEMULA|JF_TERAMPIL|JF_MAHIR|JF_PENYELIA";

    private SelectionViews() {
    }

    /** An open position: competency-service's position id, its requirements and the application window. */
    public record CreateSelection(@NotBlank @Size(max = 64) String positionId,
                                  @NotBlank @Size(max = 300) String title,
                                  @NotNull @Pattern(regexp = POSITION_CLASS) String positionClass,
                                  @Size(max = 64) String unitId,
                                  @NotBlank @Size(max = 30) String minEducation,
                                  @Min(18) @Max(70) Integer maxAge,
                                  @NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SelectionView(UUID id, String positionId, String title, String positionClass, String unitId,
                                String minEducation, Integer maxAge, LocalDate opensOn, LocalDate closesOn,
                                String status, String criteria, Instant publishedAt) {
        static SelectionView of(OpenSelection s) {
            return new SelectionView(s.id, s.positionId, s.title, s.positionClass, s.unitId, s.minEducation,
                    s.maxAge, s.opensOn, s.closesOn, s.status.name(), s.criteria, s.publishedAt);
        }
    }

    /** An employee's own application. */
    public record Apply(@Size(max = 1000) String note) {
    }

    /** hr-admin nominates an employee of the agency. */
    public record Nominate(@NotBlank @ValidNip String nip, @Size(max = 1000) String note) {
    }

    public record CandidateView(UUID selectionId, String nip, String origin, String note) {
        static CandidateView of(SelectionCandidate c) {
            return new CandidateView(c.selectionId, c.nip, c.origin.name(), c.note);
        }
    }

    /** One candidate of the shortlist, with the reason of the place. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShortlistRow(int place, String nip, String name, String origin, boolean eligible,
                               BigDecimal jobFit, String predikat, Integer box, String reason) {
    }

    /** The live shortlist: where job fit came from, the criteria, every candidate placed. */
    public record Shortlist(SelectionView selection, String jobFitSource, String criteria, List<ShortlistRow> rows) {
    }

    /**
     * One row of a published ranking. For a candidate reading it, other rows carry only {@code place}, {@code
     * candidate} ("Kandidat 2", the place, so that no label links rankings) and {@code eligible}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublishedRow(int place, String candidate, boolean own, boolean eligible, String nip, String name,
                               BigDecimal jobFit, String predikat, Integer box, String reason) {
    }

    /** The ranking as published, with its criteria. */
    public record PublishedRanking(UUID selectionId, String title, Instant publishedAt, String criteria,
                                   List<PublishedRow> rows) {
    }
}
