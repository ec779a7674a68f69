package org.commonground.api.web;

import java.util.ArrayList;
import java.util.List;

import org.commonground.api.ApiJson;
import org.commonground.api.ApiProperties;
import org.commonground.api.ApiReader;
import org.commonground.api.ApiJson.ListPage;
import org.commonground.dialogue.Visibility;

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

	private final ApiReader reader;

	ApiPageController(ApiProperties properties, ApiReader reader) {
		this.properties = properties;
		this.reader = reader;
	}

	@GetMapping("/api")
	String show(Model model) {
		model.addAttribute("routes", ROUTES);
		// Each public dialogue's open-data ZIP, for those who do not call the API.
		List<ApiJson.DialogueJson> open = new ArrayList<>();
		String cursor = null;
		do {
			ListPage<ApiJson.DialogueJson> page = this.reader.dialogues(null, cursor);
			page.items().stream().filter((d) -> Visibility.PUBLIC.name().equals(d.visibility())).forEach(open::add);
			cursor = page.next();
		}
		while (cursor != null);
		model.addAttribute("openData", open);
		model.addAttribute("limit", this.properties.ratePerClient().capacity());
		model.addAttribute("limitMinutes", this.properties.ratePerClient().period().toMinutes());
		model.addAttribute("maxAge", this.properties.maxAge().toSeconds());
		return "api/index";
	}

}
