package id.asn.systemtests;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every call the system tests make to the public API ({@code /api/...}) checked against the merged API document
 * that the build lints and generates the client from ({@code api-contract/target/openapi/asn-api.json}): the
 * request as sent, and the answer's status, content type, headers and body. A mismatch fails the test that made
 * the call. Calls outside the API (health, the dev issuer, Keycloak) are not in the document and pass unchecked.
 */
final class ContractValidation implements Filter {

    /**
     * A request header a test sets on a call it makes outside the contract on purpose (no token, a body the
     * document forbids, a malformed parameter): only the answer is checked then. Removed before the call leaves.
     */
    static final String OFF_CONTRACT = "X-Test-Off-Contract";

    private static final String API = "/api/";
    private static final String AUTHORIZATION = "Authorization";
    private static final Set<Integer> GATEWAY_STATUSES = Set.of(429, 502, 503, 504);

    private static ContractValidation instance;

    private final OpenApiInteractionValidator validator;

    private ContractValidation(Path document) {
        validator = OpenApiInteractionValidator.createForSpecificationUrl(document.toUri().toString())
                .build();
    }

    /** The merged document as the build wrote it (system property {@code asn.contract}, set by the pom). */
    static Path document() {
        Path document = Path.of(System.getProperty("asn.contract", "../api-contract/target/openapi/asn-api.json"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(document)) {
            throw new IllegalStateException("no merged API document at " + document
                    + ": build the module api-contract first (the pom orders it before system-tests)");
        }
        return document;
    }

    /** The one validator of this JVM: parsing the document takes a few seconds. */
    static synchronized ContractValidation get() {
        if (instance == null) {
            instance = new ContractValidation(document());
        }
        return instance;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        String path = request.getDerivedPath();
        if (!path.startsWith(API)) {
            return context.next(request, responseSpec);
        }
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2
                && !request.getHeaders().hasHeaderWithName(AUTHORIZATION)) {
            // REST Assured adds auth().oauth2()'s header after the filters, where the validator would miss it;
            // set here, it is the same header on the wire
            request.auth().none();
            request.header(AUTHORIZATION, "Bearer " + oauth2.getAccessToken());
        }
        boolean offContract = request.getHeaders().hasHeaderWithName(OFF_CONTRACT);
        request.removeHeader(OFF_CONTRACT);
        Response response = context.next(request, responseSpec);
        ValidationReport report = offContract
                ? validateResponse(path, Request.Method.valueOf(request.getMethod()), RestAssuredResponse.of(response))
                : validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        if (report.hasErrors() && !gatewaysOwnAnswer(report, response)) {
            throw new AssertionError("not as the API document says: " + request.getMethod() + " " + path + " -> "
                    + response.statusCode() + "\n" + describe(report) + "\nbody: " + abbreviated(response));
        }
        return response;
    }

    /**
     * The gateway answers 429 (rate limit), 502, 503 and 504 (service down or too slow) for any route, and the
     * merged document does not list them per operation yet (OpenApiMerge could add them from the route table):
     * until it does, such an answer passes when it is the gateway's problem+json and nothing else is wrong.
     */
    static boolean gatewaysOwnAnswer(ValidationReport report, Response response) {
        return GATEWAY_STATUSES.contains(response.statusCode())
                && String.valueOf(response.contentType()).startsWith("application/problem+json")
                && report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                        .allMatch(message -> message.getKey().equals("validation.response.status.unknown"));
    }

    /** Only the answer: for requests that are outside the contract on purpose (the fuzz, refusal tests). */
    ValidationReport validateResponse(String path, Request.Method method,
                                      com.atlassian.oai.validator.model.Response response) {
        return validator.validateResponse(path, method, response);
    }

    static String describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> "  " + message.getKey() + ": " + message.getMessage()
                        + message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                                .map(pointers -> " at " + pointers.getInstance()).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviated(Response response) {
        String body = response.asString();
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}
