package id.asn.platform.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The kit's own settings ({@code asn.*}), each default written here once (ADR 0010); a service's configuration
 * is its own {@code @ConfigMapping}, and environment variables override both ({@code ASN_OUTBOX_BATCH_SIZE}).
 */
@ConfigMapping(prefix = "asn")
public interface KitConfig {

    Outbox outbox();

    Inbox inbox();

    Idempotency idempotency();

    Housekeeping housekeeping();

    EmployeeProjection employeeProjection();

    /** The outbox relay (ADR 0005). */
    interface Outbox {
        /** The longest a committed event waits when no commit woke the relay. */
        @WithDefault("50ms")
        Duration idleInterval();

        /** How long the relay waits for the broker's acknowledgement of one batch before it retries. */
        @WithDefault("15s")
        Duration sendTimeout();

        /** The pause after a failed publication (the broker is down), before the next attempt. */
        @WithDefault("1s")
        Duration retryInterval();

        /** The delay after start-up before the first publication, so that the broker client settles. */
        @WithDefault("1s")
        Duration startDelay();

        /**
         * Rows read per round and sent without waiting for each acknowledgement (all of them are acknowledged
         * before the round marks them sent); their records must fit the producer's {@code buffer.memory}.
         */
        @WithDefault("4000")
        int batchSize();

        /**
         * Attempts of a row the broker refuses for good (too large, not serialisable, not authorised) before it
         * is parked: later rows of its key wait, every other key goes on, an operator releases or discards it.
         * A broker that is merely unreachable never parks anything.
         */
        @WithDefault("5")
        int maxAttempts();

        /** Off only for maintenance: events then stay in the outbox until it is on again. */
        @WithDefault("true")
        boolean enabled();

        /** How long sent rows are kept, for inspection, before housekeeping deletes them. */
        @WithDefault("P7D")
        Duration retention();
    }

    /** The idempotent consumer (ADR 0006). */
    interface Inbox {
        /** Attempts of a failing handler before its event goes to the dead-letter topic. */
        @WithDefault("6")
        int maxAttempts();

        /** The first pause between attempts; it doubles after each. */
        @WithDefault("500ms")
        Duration firstBackoff();

        /** How long an event id is remembered; a redelivery older than this would be applied again. */
        @WithDefault("P30D")
        Duration retention();
    }

    /** Idempotency keys of client requests. */
    interface Idempotency {
        /** How long a stored answer is replayed for a retried key. */
        @WithDefault("P7D")
        Duration retention();
    }

    /** The purge of platform tables. */
    interface Housekeeping {
        /** How often the purge runs (one instance of the service at a time). */
        @WithDefault("1h")
        Duration every();
    }

    /** The projection of competency-service's employees (package id.asn.platform.kit.employee). */
    interface EmployeeProjection {
        /**
         * Read when the service is built: true gives it the projection's table reader and its asn.employee
         * handlers; a service that owns employees or does not need them leaves it false.
         */
        @WithDefault("false")
        boolean enabled();
    }
}
