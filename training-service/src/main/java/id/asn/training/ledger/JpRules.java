package id.asn.training.ledger;

import id.asn.training.config.TrainingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The configured JP conversion, built once for the ledger and the sessions. */
@ApplicationScoped
public class JpRules {

    @Produces
    @Singleton
    JpConversion jpConversion(TrainingConfig config) {
        return new JpConversion(config.jpMinutes(), config.jpRounding());
    }
}
