package id.asn.platform.kit.problem;

import id.asn.platform.problem.ProblemKind;
import java.util.List;

/**
 * The one exception domain and service code throws to refuse a request. It carries message keys, not text:
 * the text is resolved in the caller's language when the problem document is written.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final String detailKey;
    private final transient Object[] args;
    private final List<FieldViolation> violations;

    public ProblemException(ProblemKind kind, String detailKey, List<FieldViolation> violations, Object... args) {
        super(kind.slug() + ": " + detailKey, null, false, false);
        this.kind = kind;
        this.detailKey = detailKey;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    /** 404, also the answer for another tenant's data so that existence does not leak. */
    public static ProblemException notFound() {
        return new ProblemException(ProblemKind.NOT_FOUND, "detail.not-found", List.of());
    }

    public static ProblemException forbidden() {
        return new ProblemException(ProblemKind.FORBIDDEN, "detail.forbidden", List.of());
    }

    /** 409: the request conflicts with existing data. */
    public static ProblemException conflict(String detailKey, Object... args) {
        return new ProblemException(ProblemKind.CONFLICT, detailKey, List.of(), args);
    }

    /**
     * 409 for an update made against a version that is no longer current (optimistic concurrency): the one answer
     * every service gives, whether the version came as {@code If-Match}, a {@code version} field or a row's own.
     */
    public static ProblemException staleVersion() {
        return new ProblemException(ProblemKind.STALE_VERSION, "detail.stale-version", List.of());
    }

    /** 422: a business rule refuses the change. */
    public static ProblemException rule(String detailKey, Object... args) {
        return new ProblemException(ProblemKind.BUSINESS_RULE, detailKey, List.of(), args);
    }

    /** 400 for one field. */
    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldViolation(field, messageKey, args)));
    }

    /** 400 for several fields. */
    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(ProblemKind.VALIDATION, "detail.validation", violations, violations.size());
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
