package id.asn.career.jobfit;

import id.asn.career.evidence.EvidenceStore;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Job fit of candidates for a position from competency-service, guarded by SmallRye Fault Tolerance (ADR 0017):
 * each attempt is cut off by a timeout, failed attempts are retried with exponential backoff, a circuit breaker
 * stops calling a competency-service that keeps failing, and the fallback answers from the events career-service
 * already holds. The values below are the defaults; each is overridden by its MicroProfile Fault Tolerance key
 * ({@code id.asn.career.jobfit.JobFitLookup/fetch/Timeout/value} and so on).
 */
@ApplicationScoped
public class JobFitLookup {

    /** The name of the circuit breaker, for its state in metrics and maintenance. */
    public static final String CIRCUIT = "competency-job-fit";

    private static final Logger LOG = Logger.getLogger(JobFitLookup.class);
    // competency-service's page size limit
    private static final int PAGE = 200;

    private final CompetencyApi competency;
    private final EvidenceStore evidence;

    @Inject
    JobFitLookup(@RestClient CompetencyApi competency, EvidenceStore evidence) {
        this.competency = competency;
        this.evidence = evidence;
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 2, delay = 200, delayUnit = ChronoUnit.MILLIS, maxDuration = 10, durationUnit = ChronoUnit.SECONDS)
    @ExponentialBackoff(factor = 2, maxDelay = 2, maxDelayUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1)
    @CircuitBreakerName(CIRCUIT)
    @Fallback(fallbackMethod = "fromEvents")
    public JobFits fetch(String positionId, List<String> nips) {
        Map<String, BigDecimal> jpm = new HashMap<>();
        try {
            for (int from = 0; from < nips.size(); from += PAGE) {
                List<String> chunk = nips.subList(from, Math.min(from + PAGE, nips.size()));
                CompetencyApi.CandidatePage page = competency.jobFit(positionId, chunk, PAGE);
                page.items().forEach(c -> {
                    if (c.jpm() != null) {
                        jpm.put(c.nip(), c.jpm());
                    }
                });
            }
        } catch (WebApplicationException e) {
            // a 404 is an answer (no standard in force), not a failure to retry or to count against the circuit
            if (e.getResponse().getStatus() == 404) {
                return new JobFits(JobFits.NO_STANDARD, Map.of());
            }
            throw e;
        }
        return new JobFits(JobFits.COMPETENCY_SERVICE, jpm);
    }

    /** The fallback: the JPM of the last gap-changed event of candidates who hold this very position. */
    JobFits fromEvents(String positionId, List<String> nips) {
        LOG.warnf("job fit for position %s from events: competency-service did not answer", positionId);
        Map<String, BigDecimal> jpm = new HashMap<>();
        evidence.jobFits(nips).forEach((nip, fit) -> {
            if (positionId.equals(fit.positionId()) && fit.jpm() != null) {
                jpm.put(nip, fit.jpm());
            }
        });
        return new JobFits(JobFits.EVENTS, jpm);
    }
}
