package id.asn.appraisal.appraisal;

import id.asn.appraisal.rater.RaterViews.RaterWarning;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and answer records of the appraisals API, and what objections need of an appraisal. */
public final class AppraisalViews {

    private AppraisalViews() {
    }

    /** A new evaluation of a locked plan: the annual one, or periodic evaluation {@code periodNumber}. */
    public record CreateAppraisal(@NotNull UUID planId, @NotNull PeriodType periodType,
                                  @Min(1) @Max(12) Integer periodNumber) {
    }

    /** One rating with the justification, which cites the evidence (links or file references) it rests on. */
    public record RatingInput(@NotNull Rating rating, @NotBlank @Size(max = 4000) String justification,
                              @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 1000) String> evidence) {
    }

    /** Both ratings, against the version read. */
    public record Rate(@NotNull Long version, @NotNull @Valid RatingInput hasilKerja,
                       @NotNull @Valid RatingInput perilakuKerja) {
    }

    /** Finalisation, against the version read. */
    public record Finalize(@NotNull Long version) {
    }

    /** A rating as shown. */
    public record RatingView(Rating rating, String justification, List<String> evidence) {
    }

    /**
     * What a client sees of an appraisal. {@code raterNip} is left out for the appraisee (docs/domain.md §3.11);
     * {@code predikat} follows the ratings while RATED and is final once FINALIZED. {@code warnings} is empty but in
     * the answer to a rating the agency lets through with a warning (an untrained rater, §3.4.2).
     */
    public record AppraisalView(UUID id, UUID planId, UUID periodId, String nip, String unitId, String raterNip,
                                PeriodType periodType, int periodNumber, LocalDate periodStart, LocalDate periodEnd,
                                int year, Appraisal.Status status, RatingView hasilKerja, RatingView perilakuKerja,
                                Predikat predikat, BeforeCalibration beforeCalibration, LocalDate finalizedOn,
                                int revision, Long version, List<RaterWarning> warnings) {
    }

    /** The pejabat penilai's own ratings, kept when calibration changed them (§3.5); absent while it has not. */
    public record BeforeCalibration(Rating hasilKerja, Rating perilakuKerja, Predikat predikat) {
    }

    /** One colleague's published result: who and the predikat, nothing else (§3.11 redaction). */
    public record UnitResult(String nip, String name, Predikat predikat) {
    }

    /** A unit's predikat distribution in a period: finalized annual appraisals per predikat. */
    public record Distribution(UUID periodId, String unitId, long total, Map<Predikat, Long> predikat) {
    }

    /** The yearly angka kredit an annual result earns a functional position of {@code jenjang} (§3.10). */
    public record AngkaKredit(UUID appraisalId, int year, Predikat predikat, Jenjang jenjang,
                              BigDecimal coefficient, int sharePercent, BigDecimal angkaKredit) {
    }

    /** What an objection needs of the appraisal it contests. */
    public record ObjectionTerms(UUID id, UUID periodId, String nip, String raterNip, Appraisal.Status status,
                                 LocalDate finalizedOn, Rating hasilKerja, Rating perilakuKerja, Predikat predikat) {
        static ObjectionTerms of(Appraisal a) {
            return new ObjectionTerms(a.id, a.periodId, a.nip, a.raterNip, a.status, a.finalizedOn, a.hasilKerja,
                    a.perilakuKerja, a.predikat);
        }
    }

    /** What behaviour input of peers and subordinates needs of an appraisal. */
    public record RaterTerms(UUID id, String nip, String unitId, String raterNip, Appraisal.Status status,
                             Rating perilakuKerja) {
        static RaterTerms of(Appraisal a) {
            return new RaterTerms(a.id, a.nip, a.unitId, a.raterNip, a.status, a.perilakuKerja);
        }
    }

    /** What a decided objection did to the result. */
    public record Corrected(Predikat before, Predikat after, boolean changed, int revision) {
    }

    /** One annual appraisal of a unit as calibration sees it (§3.5). */
    public record CalibrationRow(UUID id, String nip, String raterNip, Appraisal.Status status, Rating hasilKerja,
                                 Rating perilakuKerja, Predikat predikat, Predikat originalPredikat) {
        static CalibrationRow of(Appraisal a) {
            return new CalibrationRow(a.id, a.nip, a.raterNip, a.status, a.hasilKerja, a.perilakuKerja, a.predikat,
                    a.originalPredikat);
        }
    }

    /** What calibration changed on one appraisal: the ratings and predikat before and after (§3.5). */
    public record Calibrated(UUID appraisalId, UUID periodId, String unitId, Rating hasilBefore,
                             Rating perilakuBefore, Predikat predikatBefore, Rating hasilAfter, Rating perilakuAfter,
                             Predikat predikatAfter) {
    }
}
