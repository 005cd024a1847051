package id.asn.platform.kit.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that takes no {@code Idempotency-Key}, with the reason (a retry is harmless by nature, e.g. a
 * recomputation from the current data); the API document names the reason and the boot contract accepts it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IdempotencyExempt {

    /** Why a retry needs no key, for the integrator reading the API document. */
    String value();
}
