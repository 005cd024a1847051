package id.asn.appraisal.calibration;

import id.asn.appraisal.appraisal.Predikat;
import id.asn.appraisal.appraisal.Rating;
import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One change calibration made to an appraisal's ratings, with the reason; its author and time are the audit columns
 * (docs/domain.md §3.5). Never updated.
 */
@Entity
@Table(name = "calibration_change")
public class CalibrationChange extends TenantOwned {

    @Column(name = "appraisal_id", nullable = false)
    public UUID appraisalId;

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "hasil_before", nullable = false)
    public Rating hasilBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "perilaku_before", nullable = false)
    public Rating perilakuBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "predikat_before", nullable = false)
    public Predikat predikatBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "hasil_after", nullable = false)
    public Rating hasilAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "perilaku_after", nullable = false)
    public Rating perilakuAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "predikat_after", nullable = false)
    public Predikat predikatAfter;

    @Column(nullable = false)
    public String reason;
}
