package id.asn.training.institution;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request and answer records of the institutions API. */
public final class InstitutionViews {

    private InstitutionViews() {
    }

    /** Registration of a partner; {@code id} may be chosen by the caller so that machine credentials can be issued first. */
    public record RegisterInstitution(UUID id, @NotBlank @Size(max = 300) String name, @NotNull Institution.Kind kind,
                                      @Email @Size(max = 200) String contactEmail) {
    }

    /** What a client sees of an institution. */
    public record InstitutionView(UUID id, String name, Institution.Kind kind, String contactEmail, boolean active) {
        static InstitutionView of(Institution i) {
            return new InstitutionView(i.id, i.name, i.kind, i.contactEmail, i.active);
        }
    }
}
