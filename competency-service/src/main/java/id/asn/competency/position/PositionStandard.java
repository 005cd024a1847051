package id.asn.competency.position;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SKJ: docs/domain.md §1.5. One version of a position's standar kompetensi jabatan: the required level per
 * competency code, in force from {@code effectiveFrom} until a later version starts. Versions are never edited.
 */
@Entity
@Table(name = "position_standard")
public class PositionStandard extends TenantOwned {

    @Column(name = "position_id", nullable = false, updatable = false)
    public UUID positionId;

    @Column(name = "effective_from", nullable = false, updatable = false)
    public LocalDate effectiveFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "position_standard_item", joinColumns = @JoinColumn(name = "standard_id"))
    public List<Item> items = new ArrayList<>();

    @Embeddable
    public static class Item {
        @Column(name = "competency_code", nullable = false)
        public String competencyCode;

        @Column(name = "required_level", nullable = false)
        public int requiredLevel;

        public Item() {
        }

        public Item(String competencyCode, int requiredLevel) {
            this.competencyCode = competencyCode;
            this.requiredLevel = requiredLevel;
        }
    }
}
