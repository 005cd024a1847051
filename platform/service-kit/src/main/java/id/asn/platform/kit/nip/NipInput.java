package id.asn.platform.kit.nip;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * A NIP as a client sends it: {@link #normalise} in a request record's compact constructor or on a path or query
 * parameter, {@link ValidNip} on the same value; both follow {@link Nip#parse}, the one rule.
 */
public final class NipInput {

    private NipInput() {
    }

    /** The value without the spaces a printed NIP has ({@code 19860926 201505 1 001}); null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s", "");
    }

    /** Checks {@link ValidNip}: the violation names the NIP rule that failed. */
    public static final class Validator implements ConstraintValidator<ValidNip, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                Nip.parse(value);
                return true;
            } catch (Nip.InvalidNipException invalid) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + invalid.rule() + "}").addConstraintViolation();
                return false;
            }
        }
    }
}
