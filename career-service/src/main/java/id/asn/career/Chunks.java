package id.asn.career;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an agency-wide list of NIPs into slices for {@code nip in (...)} queries: PostgreSQL's protocol carries at
 * most 32,767 bind parameters in one statement, fewer than a large agency's employees.
 */
public final class Chunks {

    /** NIPs per query. */
    public static final int SIZE = 5_000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += SIZE) {
            chunks.add(items.subList(from, Math.min(from + SIZE, items.size())));
        }
        return chunks;
    }
}
