package id.asn.platform.kit.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Documents every {@link Idempotent} operation the same way, so a resource needs the one annotation: the
 * {@code Idempotency-Key} header and the 409 of a reused key; an {@link IdempotencyExempt} operation carries its
 * reason as {@code x-idempotency-exempt}. Operations are found by method and path template in the application's
 * index, when the document is built.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApiFilter implements OASFilter {

    static final String EXEMPT_EXTENSION = "x-idempotency-exempt";
    private static final DotName IDEMPOTENT = DotName.createSimple(Idempotent.class);
    private static final DotName EXEMPT = DotName.createSimple(IdempotencyExempt.class);
    private static final String REUSED = "The Idempotency-Key was used with another body.";

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

    private final Set<String> idempotent = new HashSet<>();
    private final Map<String, String> exempt = new HashMap<>();

    public IdempotencyOpenApiFilter(IndexView index) {
        for (AnnotationInstance annotation : index.getAnnotations(IDEMPOTENT)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
                operation(index, annotation.target().asMethod()).ifPresent(idempotent::add);
            } else if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                annotation.target().asClass().methods()
                        .forEach(method -> operation(index, method).ifPresent(idempotent::add));
            }
        }
        for (AnnotationInstance annotation : index.getAnnotations(EXEMPT)) {
            operation(index, annotation.target().asMethod())
                    .ifPresent(operation -> exempt.put(operation, annotation.value().asString()));
        }
    }

    // "POST /api/v1/sessions/{sessionId}/completion", as IdempotencyInterceptor names the operation
    private static Optional<String> operation(IndexView index, MethodInfo method) {
        for (AnnotationInstance annotation : method.annotations()) {
            String verb = annotation.name().toString().replace("jakarta.ws.rs.", "");
            if (annotation.target().kind() == AnnotationTarget.Kind.METHOD && WRITES.contains(verb)) {
                AnnotationInstance typePath = method.declaringClass().declaredAnnotation(PATH);
                AnnotationInstance methodPath = method.annotation(PATH);
                return Optional.of(verb + " "
                        + IdempotencyInterceptor.template(typePath == null ? null : typePath.value().asString(),
                        methodPath == null || methodPath.target().kind() != AnnotationTarget.Kind.METHOD ? null
                                : methodPath.value().asString()));
            }
        }
        return Optional.empty();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String name = method.name() + " " + path;
            if (exempt.containsKey(name)) {
                operation.addExtension(EXEMPT_EXTENSION, exempt.get(name));
            }
            if (idempotent.contains(name)) {
                document(operation);
            }
        }));
    }

    private static void document(Operation operation) {
        boolean documented = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotentRequests.HEADER.equalsIgnoreCase(p.getName()));
        if (!documented) {
            operation.addParameter(OASFactory.createParameter().name(IdempotentRequests.HEADER)
                    .in(Parameter.In.HEADER).required(false)
                    .description("Makes a retry of this request safe. Any unique text of at most 200 characters "
                            + "(a UUID, say) chosen by the client for this one request. The first answer is kept: "
                            + "a retry with the same key and the same body gets it back, status and body, with "
                            + "`Idempotent-Replayed: true`, without doing the work again; a retry while the first "
                            + "request still runs waits for it. The same key with another body is 409. A request "
                            + "that failed keeps no key, so it may be retried with the same one.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .maxLength(IdempotentRequests.MAX_KEY_LENGTH))
                    .example("4f1d7f0c-0b1e-4a3a-9a53-0d1f2b3c4d5e"));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse conflict = operation.getResponses().getAPIResponse("409");
        if (conflict == null) {
            // with its problem body here: the problem filter may have run already
            operation.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description(REUSED)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        } else if (conflict.getDescription() == null || !conflict.getDescription().contains("Idempotency-Key")) {
            conflict.setDescription((conflict.getDescription() == null ? "" : conflict.getDescription() + " ") + REUSED);
        }
    }
}
