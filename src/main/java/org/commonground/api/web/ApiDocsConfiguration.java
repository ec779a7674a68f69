package org.commonground.api.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /api/v1/openapi.json} says about the API as a whole, beyond what springdoc
 * reads from the controllers: its title and purpose, the personal access token (a bearer
 * token, optional: public dialogues are read without one), and the answers every
 * operation may give besides its own (a malformed cursor or parameter, a token that is
 * not valid, too many requests).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String TOKEN = "personalAccessToken";

	@Bean
	OpenAPI commonGroundApi() {
		return new OpenAPI()
			.info(new Info().title("Common Ground read API")
				.version("v1")
				.description("Read-only JSON for public dialogues: dialogues, challenges with counts and responses, "
						+ "vision versions with paragraphs and stances by stakeholder group, dispositions, meetings, "
						+ "resources and the stakeholder map. Lists page with an opaque cursor (next); answers carry "
						+ "an ETag and honour If-None-Match; requests are limited per client (429 with Retry-After). "
						+ "Members-only dialogues need a personal access token that an admin issues. "
						+ "A page for people: /api.")
				.license(new License().name("Open data of each dialogue: see its page")))
			.servers(List.of(new Server().url("/").description("This site")))
			.components(new Components().addSecuritySchemes(TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal access token issued by an admin (Authorization: Bearer <token>); "
								+ "needed only for members-only dialogues.")));
	}

	/** Every operation: readable without a token or with one, and its common errors. */
	@Bean
	OpenApiCustomizer commonAnswers() {
		return (api) -> api.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(TOKEN)));
			operation.getResponses()
				.putIfAbsent("400", new ApiResponse().description(
						"A cursor or parameter that is not understood: {\"status\":400,\"error\":\"bad_request\"}"));
			operation.getResponses()
				.putIfAbsent("401", new ApiResponse().description(
						"A token that is revoked, unknown or malformed: {\"status\":401,\"error\":\"unauthorized\"}"));
			operation.getResponses()
				.putIfAbsent("429", new ApiResponse().description("Too many requests; see Retry-After."));
		}));
	}

}
