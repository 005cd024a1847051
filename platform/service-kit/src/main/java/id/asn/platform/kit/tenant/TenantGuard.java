package id.asn.platform.kit.tenant;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.arc.Arc;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * Stamps tenant and audit columns, and turns any access to another tenant's row into "not found" so that a
 * query that forgot its tenant condition cannot leak data.
 */
public class TenantGuard {

    @PrePersist
    void beforeInsert(TenantOwned entity) {
        String tenant = TenantContext.current();
        if (entity.tenantId == null) {
            entity.tenantId = tenant;
        } else if (!entity.tenantId.equals(tenant)) {
            throw new IllegalStateException("refusing to write a row of tenant " + entity.tenantId + " as " + tenant);
        }
        Instant now = Instant.now();
        entity.createdAt = now;
        entity.updatedAt = now;
        entity.createdBy = actor();
        entity.updatedBy = entity.createdBy;
    }

    @PreUpdate
    void beforeUpdate(TenantOwned entity) {
        entity.updatedAt = Instant.now();
        entity.updatedBy = actor();
    }

    @PostLoad
    void afterLoad(TenantOwned entity) {
        String tenant = TenantContext.find().orElse(null);
        if (tenant == null || !tenant.equals(entity.tenantId)) {
            throw ProblemException.notFound();
        }
    }

    private static String actor() {
        if (Arc.container().requestContext().isActive()) {
            Caller caller = Arc.container().instance(Caller.class).get();
            if (caller.isAuthenticated()) {
                return caller.subject();
            }
        }
        return "system";
    }
}
