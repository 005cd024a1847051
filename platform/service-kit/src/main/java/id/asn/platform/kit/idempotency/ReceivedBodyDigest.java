package id.asn.platform.kit.idempotency;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * Digests the body of a request with an {@code Idempotency-Key} while the reader parses it, so the bytes are
 * hashed once on their way in; what the reader leaves unread (trailing whitespace) is digested when it closes
 * the stream, so the digest is of the whole body. Requests without the header are not touched.
 */
@Provider
public class ReceivedBodyDigest implements ReaderInterceptor {

    private final ReceivedBody body;
    private final HttpHeaders headers;

    @Inject
    ReceivedBodyDigest(ReceivedBody body, HttpHeaders headers) {
        this.body = body;
        this.headers = headers;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String key = headers.getHeaderString(IdempotentRequests.HEADER);
        if (key == null || key.isBlank()) {
            return context.proceed();
        }
        MessageDigest digest = ReceivedBody.newDigest();
        Digesting digesting = new Digesting(context.getInputStream(), digest);
        context.setInputStream(digesting);
        Object read = context.proceed();
        digesting.drain();
        body.digested(digest.digest());
        return read;
    }

    /** Reads what is left into the digest before the reader closes the stream (Jackson closes it when done). */
    private static final class Digesting extends DigestInputStream {

        private boolean drained;

        Digesting(InputStream in, MessageDigest digest) {
            super(in, digest);
        }

        void drain() throws IOException {
            if (!drained) {
                drained = true;
                transferTo(OutputStream.nullOutputStream());
            }
        }

        @Override
        public void close() throws IOException {
            drain();
            super.close();
        }
    }
}
