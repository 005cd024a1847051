package id.asn.competency;

/** Shared OpenAPI texts of this service's resources. */
public final class ApiDocs {

    public static final String PROBLEM = "application/problem+json";

    public static final String UNAUTHENTICATED = "No valid bearer token.";
    public static final String FORBIDDEN = "The caller's role does not allow this operation.";
    public static final String NOT_FOUND = "Not found in the caller's agency (another agency's data also answers 404).";
    public static final String INVALID = "Invalid input; `errors` names each rejected field.";

    public static final String PROBLEM_EXAMPLE = """
            {"type":"urn:asn:problem:validation","title":"Permintaan tidak valid","status":400,
             "detail":"Terdapat 1 kesalahan pada data yang dikirim.","instance":"/api/v1/employees/import",
             "errors":[{"field":"rows[3].nip","message":"NIP harus 18 digit"}]}""";

    /** Start and end of a one-item page example: {@code PAGE_OF + ITEM + END_OF_PAGE} (annotations need constants). */
    public static final String PAGE_OF = "{\"items\":[";
    public static final String END_OF_PAGE = "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    private ApiDocs() {
    }
}
