package id.asn.platform.kit.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to page through the rest. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size - 1) / request.size);
        return new Page<>(items, request.page, request.size, totalItems, pages);
    }

    public static <E, V> Page<V> of(PanacheQuery<E> query, PageRequest request, Function<E, V> view) {
        List<V> items = query.page(request.page - 1, request.size).list().stream().map(view).toList();
        return of(items, request, query.count());
    }
}
