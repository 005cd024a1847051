package id.asn.platform.kit.idempotency;

import jakarta.enterprise.context.RequestScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of the request body as it arrived (issue 12: the bytes, not a re-serialisation of what they were
 * parsed into), taken by {@link ReceivedBodyDigest} while the body is read; an operation without a body has the
 * digest of no bytes.
 */
@RequestScoped
public class ReceivedBody {

    private byte[] digest;

    void digested(byte[] sha256) {
        this.digest = sha256;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest != null ? digest : newDigest().digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
