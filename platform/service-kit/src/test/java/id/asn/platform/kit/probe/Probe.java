package id.asn.platform.kit.probe;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A minimal tenant-owned entity for the kit's tests. */
@Entity
@Table(name = "probe")
public class Probe extends TenantOwned {
    public String name;
    public String nip;
}
