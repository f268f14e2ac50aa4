package io.mesorecords.command.http;

import io.mesorecords.api.common.Rejection;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command API's OpenAPI description. Headers, problem answers and the list of problem codes are added to every
 * operation here, from the same enums the edge answers with, so the description cannot drift from the behaviour.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    static {
        // Resolved from the bearer token and headers, not bound from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestMetadata.class);
    }

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("MesoRecords command API")
                        .version("v1")
                        .description("Records facts in a patient's record. See docs/api.md.\n\n" + problemTable()))
                .components(new Components()
                        .addSchemas("Problem", problemSchema())
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("A token of the authorization server (see docs/security.md)")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer edgeConventions() {
        return (operation, handler) -> {
            boolean creation =
                    operation.getResponses() != null && operation.getResponses().containsKey("201");
            edgeHeaders().forEach(operation::addParametersItem);
            ApiResponses responses = operation.getResponses();
            responses.values().forEach(success -> successHeaders(success, creation));
            problemStatuses().forEach((status, description) -> responses.addApiResponse(status, problem(description)));
            return operation;
        };
    }

    private static List<Parameter> edgeHeaders() {
        return List.of(
                header(EdgeHeaders.CORRELATION_ID, "Correlation id; generated when absent, always echoed"),
                header(EdgeHeaders.IDEMPOTENCY_KEY, "Retrying with the same key returns the first answer"),
                header("If-Match", "Record version the client last saw, as sent in ETag, e.g. \"3\"; never required"));
    }

    private static Parameter header(String name, String description) {
        return new HeaderParameter()
                .name(name)
                .description(description)
                .required(false)
                .schema(new StringSchema());
    }

    private static void successHeaders(ApiResponse success, boolean creation) {
        success.addHeaderObject(
                "ETag",
                new Header()
                        .description("Record version after the change, e.g. \"4\"")
                        .schema(new StringSchema()));
        success.addHeaderObject(
                EdgeHeaders.CORRELATION_ID,
                new Header().description("The request's correlation id").schema(new StringSchema()));
        if (creation) {
            success.addHeaderObject(
                    "Location",
                    new Header().description("Address of the new entry").schema(new StringSchema()));
        }
    }

    private static Map<String, String> problemStatuses() {
        return Map.of(
                "400", "Malformed or invalid input: " + codes(edgeProblemsOf(400)),
                "401", "No or no valid bearer token: access.unauthenticated, access.invalid-token",
                "403",
                        "Not permitted for the user's roles, or not a member of the clinic: access.role-not-permitted, "
                                + "access.not-a-member",
                "404", "Unknown patient record or entry: " + codes(rejectionsOf(Rejection.Kind.NOT_FOUND)),
                "409",
                        "Conflicts with the record's state or a concurrent change: "
                                + codes(Stream.concat(edgeProblemsOf(409), rejectionsOf(Rejection.Kind.CONFLICT))),
                "413", "Request body too large: request.too-large",
                "415", "Body not sent as application/json: request.unsupported-media-type",
                "422",
                        "Refused by a rule of the record: "
                                + codes(Stream.concat(edgeProblemsOf(422), rejectionsOf(Rejection.Kind.RULE))),
                "503", "Command not decided in time: command.timeout");
    }

    private static Stream<String> edgeProblemsOf(int status) {
        return Arrays.stream(EdgeProblem.values())
                .filter(problem -> problem.status().value() == status)
                .map(EdgeProblem::code);
    }

    private static Stream<String> rejectionsOf(Rejection.Kind kind) {
        return Arrays.stream(Rejection.values())
                .filter(rejection -> rejection.kind() == kind)
                .map(Rejection::code);
    }

    private static String codes(Stream<String> codes) {
        return String.join(", ", codes.toList());
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        List<String> allCodes = Stream.concat(
                        Arrays.stream(EdgeProblem.values()).map(EdgeProblem::code),
                        Arrays.stream(Rejection.values()).map(Rejection::code))
                .sorted()
                .toList();
        return new ObjectSchema()
                .description("RFC 9457 problem details; clients branch on code, never on detail")
                .addProperty("type", new StringSchema().format("uri").description(Problem.TYPE_BASE + "<code>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("A sentence for people"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("code", new StringSchema()._enum(allCodes))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("The refused fields, for 400 answers")
                                .items(new ObjectSchema()
                                        .addProperty("field", new StringSchema())
                                        .addProperty("message", new StringSchema())));
    }

    private static String problemTable() {
        StringBuilder table = new StringBuilder("| code | status | type |\n|---|---|---|\n");
        Arrays.stream(EdgeProblem.values())
                .forEach(problem -> row(table, problem.code(), problem.status().value()));
        Arrays.stream(Rejection.values())
                .forEach(rejection -> row(
                        table,
                        rejection.code(),
                        Problem.statusOf(rejection.kind()).value()));
        return table.toString();
    }

    private static void row(StringBuilder table, String code, int status) {
        table.append("| ")
                .append(code)
                .append(" | ")
                .append(status)
                .append(" | ")
                .append(Problem.typeOf(code))
                .append(" |\n");
    }
}
