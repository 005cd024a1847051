package id.asn.competency.organisation;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An organisation unit (unit organisasi / unor) of an agency; units form one tree per agency. */
@Entity
@Table(name = "org_unit")
public class Unit extends TenantOwned {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public UUID parentId;
}
