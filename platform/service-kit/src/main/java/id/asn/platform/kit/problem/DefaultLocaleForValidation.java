package id.asn.platform.kit.problem;

import jakarta.inject.Singleton;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;
import java.util.Locale;

/**
 * Hibernate Validator interpolates in the JVM's locale only; {@link ProblemMappers} writes each violation again
 * in the caller's language from the platform's bundles. (Letting the validator follow Accept-Language fails
 * with HV000250 for locales it did not preload.)
 */
@Singleton
public class DefaultLocaleForValidation implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return context.getDefaultLocale();
    }
}
