package id.asn.training.institution;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's token (role training-partner, claim institution) reaches only its own institution's programmes and
 * sessions; anything else answers 404, never 403, so a partner cannot even learn that another's session exists
 * (the lesson of mod_attendance #916).
 */
@RequestScoped
public class PartnerScope {

    private final Caller caller;

    @Inject
    PartnerScope(Caller caller) {
        this.caller = caller;
    }

    /** The partner's institution when the caller acts as a partner; empty for agency staff. */
    public Optional<UUID> institution() {
        if (!caller.hasRole(Roles.TRAINING_PARTNER) || caller.hasRole(Roles.HR_ADMIN)) {
            return Optional.empty();
        }
        String claim = caller.institution().orElseThrow(ProblemException::forbidden);
        try {
            return Optional.of(UUID.fromString(claim));
        } catch (IllegalArgumentException notAUuid) {
            throw ProblemException.forbidden();
        }
    }

    public boolean isPartner() {
        return institution().isPresent();
    }

    /** 404 unless the caller is agency staff or the partner that runs {@code institutionId}. */
    public void requireOwn(UUID institutionId) {
        institution().ifPresent(own -> {
            if (!own.equals(institutionId)) {
                throw ProblemException.notFound();
            }
        });
    }
}
