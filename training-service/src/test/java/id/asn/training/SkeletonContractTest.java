package id.asn.training;

import id.asn.platform.testinfra.ServiceSkeletonContract;

/** The service skeleton of ADR 0010 and the test naming convention, checked on training-service. */
class SkeletonContractTest extends ServiceSkeletonContract {
}
