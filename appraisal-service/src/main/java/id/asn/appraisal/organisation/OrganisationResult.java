package id.asn.appraisal.organisation;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A unit's capaian kinerja organisasi in a period, set by the leader one level up and recorded by hr-admin with the
 * reason (docs/domain.md §3.5); the audit columns say who recorded it and when.
 */
@Entity
@Table(name = "organisation_result")
public class OrganisationResult extends TenantOwned {

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Capaian capaian;

    @Column(nullable = false)
    public String reason;
}
