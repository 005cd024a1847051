package id.asn.career.selection;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** An internal candidate of an open selection: applied themselves or nominated by hr-admin. */
@Entity
@Table(name = "selection_candidate")
public class SelectionCandidate extends TenantOwned {

    /** How the candidate came in. */
    public enum Origin { APPLIED, NOMINATED }

    @Column(name = "selection_id", nullable = false)
    public UUID selectionId;

    @Column(nullable = false)
    public String nip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    public String note;
}
