package id.asn.competency;

import id.asn.platform.testinfra.ServiceSkeletonContract;

/** competency-service against the service skeleton of ADR 0010. */
class SkeletonContractTest extends ServiceSkeletonContract {
}
