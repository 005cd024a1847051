package id.asn.appraisal.calibration;

import id.asn.appraisal.appraisal.Appraisal;
import id.asn.appraisal.appraisal.Predikat;
import id.asn.appraisal.appraisal.Rating;
import id.asn.appraisal.calibration.DistributionCurveRule.Share;
import id.asn.appraisal.organisation.Capaian;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the calibration API. */
public final class CalibrationViews {

    private CalibrationViews() {
    }

    /** Calibration changes the ratings of one RATED annual appraisal, with the reason. */
    public record Adjust(@NotNull UUID appraisalId, @NotNull Rating hasilKerja, @NotNull Rating perilakuKerja,
                         @NotBlank @Size(max = 4000) String reason) {
    }

    /** Settles a unit's calibration; {@code justification} is required when the unit lies outside the curve. */
    public record FinalizeUnit(@NotNull UUID periodId, @NotBlank @Size(max = 64) String unitId,
                               @Size(max = 4000) String justification) {
    }

    /** A unit's annual appraisals against the curve of its capaian (§3.5). */
    public record CalibrationView(UUID periodId, String unitId, Capaian capaian, int tolerancePoints, long rated,
                                  long unrated, List<Share> distribution, BigDecimal largestDifference,
                                  boolean outsideCurve, List<String> warnings, List<Member> appraisals,
                                  Settled finalized) {
    }

    /** One annual appraisal of the unit; {@code originalPredikat} is the pejabat penilai's when calibration changed it. */
    public record Member(UUID appraisalId, String nip, String name, Appraisal.Status status, Rating hasilKerja,
                         Rating perilakuKerja, Predikat predikat, Predikat originalPredikat) {
    }

    /** The settled calibration: when, by whom, against which capaian, and the justification if outside. */
    public record Settled(Capaian capaian, boolean outsideCurve, BigDecimal largestDifference, String justification,
                          int finalizedCount, String finalizedBy, Instant finalizedAt) {
        static Settled of(UnitCalibration c) {
            return new Settled(c.capaian, c.outsideCurve, c.largestDifference, c.justification, c.finalizedCount,
                    c.createdBy, c.createdAt);
        }
    }

    /** One change calibration made, kept with its reason and author. */
    public record ChangeView(UUID id, UUID appraisalId, Rating hasilBefore, Rating perilakuBefore,
                             Predikat predikatBefore, Rating hasilAfter, Rating perilakuAfter, Predikat predikatAfter,
                             String reason, String changedBy, Instant changedAt) {
        static ChangeView of(CalibrationChange c) {
            return new ChangeView(c.id, c.appraisalId, c.hasilBefore, c.perilakuBefore, c.predikatBefore,
                    c.hasilAfter, c.perilakuAfter, c.predikatAfter, c.reason, c.createdBy, c.createdAt);
        }
    }
}
