package id.asn.platform.kit.inbox;

/** A record that is not a readable platform event: it goes to the dead-letter topic instead of being retried. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
