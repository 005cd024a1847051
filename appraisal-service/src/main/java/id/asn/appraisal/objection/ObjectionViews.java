package id.asn.appraisal.objection;

import id.asn.appraisal.appraisal.Predikat;
import id.asn.appraisal.appraisal.Rating;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Request and answer records of the objections API. */
public final class ObjectionViews {

    private ObjectionViews() {
    }

    /** The appraisee's objection to a finalized appraisal, with the reasons. */
    public record FileObjection(@NotNull UUID appraisalId, @NotBlank @Size(max = 8000) String reasons) {
    }

    /** A step of the atasan against the version read. */
    public record Step(@NotNull Long version) {
    }

    /** The appraisee's or the pejabat penilai's explanation, when the atasan asked for it. */
    public record Explanation(@NotNull Long version, @NotBlank @Size(max = 8000) String text) {
    }

    /** The final decision; a new result ({@code hasilKerja}, {@code perilakuKerja}) unless REJECTED. */
    public record Decide(@NotNull Long version, @NotNull Objection.Decision decision,
                         @NotBlank @Size(max = 8000) String reason, Rating hasilKerja, Rating perilakuKerja) {
    }

    /** What a client sees of an objection. */
    public record ObjectionView(UUID id, UUID appraisalId, String nip, String addressedTo, Objection.Status status,
                                String reasons, LocalDate filedOn, LocalDate deadline, String employeeExplanation,
                                String raterExplanation, Objection.Decision decision, String decisionReason,
                                Rating hasilBefore, Rating perilakuBefore, Predikat predikatBefore, Rating hasilAfter,
                                Rating perilakuAfter, Predikat predikatAfter, LocalDate decidedOn, Long version) {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id, o.appraisalId, o.nip, o.addressedTo, o.status, o.reasons, o.filedOn,
                    o.deadline, o.employeeExplanation, o.raterExplanation, o.decision, o.decisionReason,
                    o.hasilBefore, o.perilakuBefore, o.predikatBefore, o.hasilAfter, o.perilakuAfter,
                    o.predikatAfter, o.decidedOn, o.version);
        }
    }
}
