package id.asn.platform.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string the database could not store ({@link StorableText}); answered as 400 naming the field. */
public class UnstorableTextException extends InvalidFormatException {

    public UnstorableTextException(JsonParser parser, String value) {
        super(parser, "text contains the NUL character (\\u0000), which cannot be stored", value, String.class);
    }
}
