package id.asn.career;

import id.asn.platform.testinfra.JwtKeysResource;
import id.asn.platform.testinfra.KafkaResource;
import id.asn.platform.testinfra.PostgresResource;
import id.asn.career.support.SilentCompetencyService;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * The real PostgreSQL, Kafka broker and token keys for every test of this module, started once, and a port that
 * never answers as competency-service (the job-fit client's failure path, ADR 0017).
 */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SilentCompetencyService.class, restrictToAnnotatedClass = false)
public class TestInfrastructure {
}
