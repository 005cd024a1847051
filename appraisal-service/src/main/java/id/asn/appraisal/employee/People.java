package id.asn.appraisal.employee;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Who the caller is as a person of the appraisal (docs/domain.md §3.7, access in §3.11): their own NIP, whether they
 * act for the whole agency (hr-admin), and the projection's facts a feature needs to decide who may see a record.
 * Each feature decides on its own rows; a row the caller may not see answers 404 so that its existence does not leak.
 * The projection itself is the kit's (asn.employee-projection.enabled).
 */
@RequestScoped
public class People {

    private final Caller caller;
    private final EmployeeDirectory directory;

    @Inject
    People(Caller caller, EmployeeDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    public boolean isAgencyWide() {
        return caller.hasRole(Roles.HR_ADMIN);
    }

    /** The caller's NIP, if the token names a person. */
    public Optional<String> nip() {
        return caller.nip();
    }

    /** The caller's own NIP; a token without one cannot act as a person. */
    public String ownNip() {
        return caller.nip().orElseThrow(ProblemException::forbidden);
    }

    /** Whether the caller is {@code nip} (a rater acting on a record as its pejabat penilai is checked apart). */
    public boolean is(String nip) {
        return nip != null && caller.nip().map(nip::equals).orElse(false);
    }

    /** Whether the caller is {@code raterNip} and holds the supervisor role: pejabat penilai of the record. */
    public boolean isRater(String raterNip) {
        return caller.hasRole(Roles.SUPERVISOR) && is(raterNip);
    }

    /** Whether the caller holds the supervisor role (may act as a pejabat penilai). */
    public boolean isSupervisor() {
        return caller.hasRole(Roles.SUPERVISOR);
    }

    /** An active employee of the agency, or a 422 naming the NIP. */
    public EmployeeDirectory.Person requireEmployee(String nip) {
        return directory.find(nip).filter(EmployeeDirectory.Person::active)
                .orElseThrow(() -> ProblemException.rule("employee.unknown", nip));
    }

    /** Names by NIP, one query. */
    public Map<String, String> names(Collection<String> nips) {
        return directory.names(nips);
    }

    public Optional<EmployeeDirectory.Person> find(String nip) {
        return directory.find(nip);
    }
}
