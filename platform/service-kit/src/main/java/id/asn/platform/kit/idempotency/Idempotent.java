package id.asn.platform.kit.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write a client may retry: with an {@code Idempotency-Key} the first request's answer is kept in the same
 * transaction as its work and a retry gets it back ({@code Idempotent-Replayed: true}) instead of running again;
 * the same key with another body is a 409; a request that fails keeps no key. Put it on the resource method;
 * the kit documents the header in the API document (ADR 0023).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

    /**
     * Seconds the operation's transaction may take, for work that outlasts the transaction manager's default; the
     * transaction begins here, so a service method's own {@code @TransactionConfiguration} would not apply.
     * 0: the default.
     */
    @Nonbinding
    int transactionTimeout() default 0;
}
