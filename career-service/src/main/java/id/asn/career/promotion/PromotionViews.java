package id.asn.career.promotion;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Request and answer records of the promotion proposals API. */
public final class PromotionViews {

    private PromotionViews() {
    }

    /** A proposal; the new rank is the next one above the current rank. */
    public record Propose(@NotBlank @ValidNip String nip,
                          @NotBlank @Pattern(regexp = "REGULER|PILIHAN_STRUKTURAL|PILIHAN_FUNGSIONAL|PENYESUAIAN_IJAZAH"
                                  + "|PRESTASI_LUAR_BIASA|PENGABDIAN|ANUMERTA") String promotionType,
                          @NotNull LocalDate effectiveOn, @Size(max = 1000) String reason) {
        public Propose {
            nip = NipInput.normalise(nip);
        }
    }

    /** A verifier's or decider's answer; a decision that approves names the decree. */
    public record Review(@NotNull Boolean approved, @Size(max = 1000) String note, @Size(max = 100) String decreeNumber) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProposalView(UUID id, String nip, String promotionType, String fromRank, String toRank,
                               LocalDate effectiveOn, PromotionProposal.Status status, String reason,
                               String proposedBy, String verifiedBy, String verificationNote, String decidedBy,
                               String decisionNote, String decreeNumber) {
        static ProposalView of(PromotionProposal p) {
            return new ProposalView(p.id, p.nip, p.promotionType, p.fromRank, p.toRank, p.effectiveOn, p.status,
                    p.reason, p.createdBy, p.verifiedBy, p.verificationNote, p.decidedBy, p.decisionNote,
                    p.decreeNumber);
        }
    }
}
