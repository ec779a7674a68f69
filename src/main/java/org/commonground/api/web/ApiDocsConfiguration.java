package org.commonground.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /api/v1/openapi.json} says about the API as a whole, beyond what springdoc
 * reads from the controllers and the records' annotations: its title and purpose, the
 * personal access token (a bearer token, optional: public dialogues are read without
 * one), the errors every operation may give besides its answer (all in the one
 * {@code ErrorJson} shape), and that every property of an answer is always present
 * ({@code required}; null only where its type says so). The site's HTML error advice is
 * not read ({@code springdoc.override-with-generic-response: false}): the API never
 * answers with it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String TOKEN = "personalAccessToken";

	static final String ERROR = "ErrorJson";

	@Bean
	OpenAPI commonGroundApi() {
		return new OpenAPI()
			.info(new Info().title("Common Ground read API")
				.version("v1")
				.description("Read-only JSON for public dialogues: dialogues, challenges with counts and responses, "
						+ "vision versions with paragraphs and stances by stakeholder group, dispositions, meetings, "
						+ "resources and the stakeholder map. Lists page with an opaque cursor (next); answers carry "
						+ "an ETag and honour If-None-Match; requests are limited per client (429 with Retry-After). "
						+ "Members-only dialogues need a personal access token that an admin issues. Only GET: "
						+ "other methods answer 405. A page for people: /api.")
				.license(new License().name("Open data of each dialogue: see its page")))
			.servers(List.of(new Server().url("/").description("This site")))
			.components(new Components().addSecuritySchemes(TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal access token issued by an admin (Authorization: Bearer <token>); "
								+ "needed only for members-only dialogues.")));
	}

	/**
	 * Every operation: readable without a token or with one, its errors; every schema:
	 * all its properties required, and the one object that may be null (a challenge's
	 * response) said to be.
	 */
	@Bean
	OpenApiCustomizer commonAnswers() {
		return (api) -> {
			api.getComponents().addSchemas(ERROR, errorSchema());
			api.getComponents().getSchemas().forEach((name, schema) -> {
				if (schema.getProperties() != null) {
					schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
				}
			});
			Schema<?> detail = api.getComponents().getSchemas().get("ChallengeDetailJson");
			if (detail != null) {
				nullableReference(detail, "response");
			}
			Schema<?> relation = api.getComponents().getSchemas().get("RelationJson");
			if (relation != null) {
				nullableReference(relation, "evidence");
			}
			api.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
				operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(TOKEN)));
				ApiResponses responses = new ApiResponses();
				responses.addApiResponse("200", operation.getResponses().get("200"));
				responses.addApiResponse("400", error("A cursor or parameter that is not understood (bad_request)."));
				responses.addApiResponse("401", error(
						"A token that is revoked, unknown or malformed (unauthorized); WWW-Authenticate: Bearer."));
				responses.addApiResponse("404",
						error("Nothing here, or nothing the caller may see (not_found): the same answer for both."));
				responses.addApiResponse("429", error("Too many requests (too_many_requests); see Retry-After."));
				operation.setResponses(responses);
			}));
		};
	}

	private static ApiResponse error(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR))));
	}

	private static Schema<?> errorSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("status",
				new Schema<>(SpecVersion.V31).types(Set.of("integer")).format("int32").description("The HTTP status"));
		properties.put("error", new Schema<String>(SpecVersion.V31).types(Set.of("string"))
			._enum(List.of("bad_request", "unauthorized", "not_found", "method_not_allowed", "too_many_requests"))
			.description("A short code of the error"));
		return new Schema<>(SpecVersion.V31).types(Set.of("object"))
			.description("An error: {\"status\": 404, \"error\": \"not_found\"}")
			.properties(properties)
			.required(List.of("status", "error"));
	}

	/** A property that holds a referenced object or null. */
	private static void nullableReference(Schema<?> schema, String property) {
		Schema<?> reference = schema.getProperties().get(property);
		if (reference == null || reference.get$ref() == null) {
			return;
		}
		Schema<?> nullable = new Schema<>(SpecVersion.V31).description(reference.getDescription())
			.anyOf(List.of(new Schema<>(SpecVersion.V31).$ref(reference.get$ref()),
					new Schema<>(SpecVersion.V31).types(Set.of("null"))));
		schema.getProperties().put(property, nullable);
	}

}
