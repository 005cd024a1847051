package id.asn.platform.kit.nip;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipInputTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Request(@ValidNip String nip) {
        Request {
            nip = NipInput.normalise(nip);
        }
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aSpacedNipAsPrintedOnDecreesIsAcceptedAndArrivesAsEighteenDigits() {
        Request request = new Request("19860926 201505 1 001");

        assertThat(VALIDATOR.validate(request)).isEmpty();
        assertThat(request.nip()).isEqualTo("198609262015051001");
    }

    @Test
    void noNipIsLeftToNotNull() {
        assertThat(VALIDATOR.validate(new Request(null))).isEmpty();
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource({
            "12345,                nip.length",
            "19860926-201505-1-001, nip.digits",
            "198613262015051001,   nip.birth-date",
            "198609262015051000,   nip.sequence"})
    void aWrongNipNamesTheRuleItBreaks(String nip, String rule) {
        Set<ConstraintViolation<Request>> violations = VALIDATOR.validate(new Request(nip));

        assertThat(violations).extracting(ConstraintViolation::getMessageTemplate).containsExactly("{" + rule + "}");
        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("nip");
    }
}
