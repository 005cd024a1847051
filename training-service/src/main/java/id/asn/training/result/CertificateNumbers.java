package id.asn.training.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Certificate numbers that anyone may verify publicly, so they must not be guessable from one another:
 * {@code ASN-<year>-<10 random characters>} from an alphabet without look-alikes (Crockford base 32).
 */
@ApplicationScoped
public class CertificateNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public String next(int year) {
        StringBuilder number = new StringBuilder("ASN-").append(year).append('-');
        for (int i = 0; i < 10; i++) {
            number.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }
}
