package id.asn.competency;

import id.asn.platform.testinfra.JwtKeysResource;
import id.asn.platform.testinfra.KafkaResource;
import id.asn.platform.testinfra.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** The real PostgreSQL, Kafka broker and token keys, started once for every test class of this module. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
public class TestInfrastructure {
}
