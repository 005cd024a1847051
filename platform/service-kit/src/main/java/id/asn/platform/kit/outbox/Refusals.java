package id.asn.platform.kit.outbox;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;

/** Tells a record the broker refuses for good from a broker that is only unavailable for now. */
final class Refusals {

    private Refusals() {
    }

    /**
     * True for a refusal that sending the same record again cannot change: too large, not serialisable, a topic
     * the producer may not write. Retriable errors (timeouts, no leader, not enough replicas), errors of the
     * producer's own state (fenced, out of sequence, failed login: every record fails alike) and anything that
     * is not the client's answer count as "not now".
     */
    static boolean permanent(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof ProducerFencedException
                    || cause instanceof OutOfOrderSequenceException || cause instanceof InvalidProducerEpochException
                    || cause instanceof AuthenticationException) {
                return false;
            }
            if (cause instanceof KafkaException) {
                return true;
            }
        }
        return false;
    }
}
