package id.asn.career;

/** Shared OpenAPI texts of this service's resources (annotations need constants). */
public final class ApiDocs {

    public static final String NOT_FOUND = "Not found in the caller's agency, or not visible to the caller (another "
            + "agency's data and other people's records also answer 404).";
    public static final String INVALID = "Invalid input; `errors` names each rejected field.";
    public static final String NIP = "The employee's NIP or NI PPPK; spaces as printed on decrees are allowed.";
    public static final String NIP_EXAMPLE = "199003152019032005";

    /** Start and end of a one-item page example: {@code PAGE_OF + ITEM + END_OF_PAGE}. */
    public static final String PAGE_OF = "{\"items\":[";
    public static final String END_OF_PAGE = "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    private ApiDocs() {
    }
}
