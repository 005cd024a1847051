package id.asn.platform.kit.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Base of every row of agency data: identity, owning tenant, audit columns and optimistic-lock version.
 * The tenant is filled on insert and never updated; {@link TenantGuard} refuses to load another tenant's row.
 */
@MappedSuperclass
@EntityListeners(TenantGuard.class)
public abstract class TenantOwned extends PanacheEntityBase {

    // assigned here rather than generated so that a client-chosen id (e.g. a partner institution's) works too;
    // a null version tells Hibernate the row is new
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    public String tenantId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    @Version
    public Long version;
}
