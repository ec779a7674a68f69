package org.commonground.api.web;

import java.util.List;

import org.commonground.api.ApiProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /api}: the read API explained for people. */
@Controller
class ApiPageController {

	/** The routes the page lists, each with its description's message key. */
	record Route(String path, String key) {
	}

	static final List<Route> ROUTES = List.of(new Route("/api/v1/dialogues", "api.page.route.dialogues"),
			new Route("/api/v1/dialogues/{slug}", "api.page.route.dialogue"),
			new Route("/api/v1/dialogues/{slug}/challenges", "api.page.route.challenges"),
			new Route("/api/v1/dialogues/{slug}/challenges/{id}", "api.page.route.challenge"),
			new Route("/api/v1/dialogues/{slug}/meetings", "api.page.route.meetings"),
			new Route("/api/v1/dialogues/{slug}/vision?version={n}", "api.page.route.vision"),
			new Route("/api/v1/dialogues/{slug}/resources", "api.page.route.resources"),
			new Route("/api/v1/dialogues/{slug}/map", "api.page.route.map"),
			new Route("/api/v1/openapi.json", "api.page.route.openapi"),
			new Route("/dialogues/{slug}/open-data.zip", "api.page.route.open-data"));

	private final ApiProperties properties;

	ApiPageController(ApiProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/api")
	String show(Model model) {
		model.addAttribute("routes", ROUTES);
		model.addAttribute("limit", this.properties.ratePerClient().capacity());
		model.addAttribute("limitMinutes", this.properties.ratePerClient().period().toMinutes());
		model.addAttribute("maxAge", this.properties.maxAge().toSeconds());
		return "api/index";
	}

}
