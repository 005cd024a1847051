package id.asn.platform.kit.json;

/**
 * What PostgreSQL can store in a text column: any Java string except one holding the NUL character (U+0000),
 * which the database refuses with an error. Checked at the edge (JSON strings, path, query and header values, CSV
 * cells) so that such input is a 400 naming the field, never a 500.
 */
public final class StorableText {

    private StorableText() {
    }

    public static boolean allows(String text) {
        return text == null || text.indexOf('\u0000') < 0;
    }
}
