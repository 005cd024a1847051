package id.asn.platform.kit.nip;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one NIP input rule on request records and parameters: valid when {@link Nip#parse} accepts the value
 * (spaces allowed, as printed on decrees); a violation's message is the key of the rule it breaks
 * ({@code nip.length}, {@code nip.birth-date}, ...). Null passes: add {@code @NotNull} where a NIP is required.
 * Where the value enters, {@link NipInput#normalise} drops the spaces, so services only ever see 18 digits.
 */
@Documented
@Constraint(validatedBy = NipInput.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidNip {

    String message() default "{nip.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
