package id.asn.training.result;

import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.sql.SqlValues;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.result.ResultViews.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Issues certificates for completions and lets anyone verify a certificate number. */
@ApplicationScoped
@Transactional
public class CertificateService {

    private final EntityManager em;

    @Inject
    CertificateService(EntityManager em) {
        this.em = em;
    }

    /** Keeps what verification shows of a completion, after the enrolment has the number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issue(String number, UUID enrollmentId, String holderName, String programTitle, LocalDate completedOn) {
        em.createNativeQuery("""
                        insert into certificate (number, tenant_id, enrollment_id, holder_name, program_title, completed_on)
                        values (:number, :tenant, :enrollment, :holder, :title, :completedOn)""")
                .setParameter("number", number)
                .setParameter("tenant", TenantContext.current())
                .setParameter("enrollment", enrollmentId)
                .setParameter("holder", holderName)
                .setParameter("title", programTitle)
                .setParameter("completedOn", completedOn)
                .executeUpdate();
    }

    /** What a certificate number reveals, or 404 for a number this platform did not issue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String number) {
        // read without an entity: the caller has no tenant, and the number is unique across agencies
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select number, holder_name, program_title, completed_on from certificate where number = :number")
                .setParameter("number", number)
                .getResultList();
        Object[] row = rows.stream().findFirst().orElseThrow(ProblemException::notFound);
        return new Verification((String) row[0], (String) row[1], (String) row[2], SqlValues.date(row[3]));
    }
}
