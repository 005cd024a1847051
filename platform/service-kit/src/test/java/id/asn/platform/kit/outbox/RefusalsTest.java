package id.asn.platform.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures count towards parking an outbox row: only those that sending again cannot change. */
class RefusalsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new RecordTooLargeException("1200399 bytes"), true),
                Arguments.of(new SerializationException("cannot serialise"), true),
                Arguments.of(new TopicAuthorizationException("asn.employee"), true),
                Arguments.of(new CompletionException(new RecordTooLargeException("wrapped")), true),
                Arguments.of(new TimeoutException("not present in metadata"), false),
                Arguments.of(new NotEnoughReplicasException("1 of 3"), false),
                Arguments.of(new IllegalStateException("Retries exhausted", new TimeoutException("expired")), false),
                Arguments.of(new ProducerFencedException("epoch"), false),
                Arguments.of(new SaslAuthenticationException("bad password"), false),
                Arguments.of(new IllegalStateException("emitter not ready"), false));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void onlyARefusalForGoodCountsTowardsParking(Throwable failure, boolean permanent) {
        assertThat(Refusals.permanent(failure)).as(failure.toString()).isEqualTo(permanent);
    }
}
