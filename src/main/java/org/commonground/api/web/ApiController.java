package org.commonground.api.web;

import java.time.Duration;

import org.commonground.account.AccountPrincipal;
import org.commonground.api.ApiJson.ChallengeDetailJson;
import org.commonground.api.ApiJson.ChallengeJson;
import org.commonground.api.ApiJson.DialogueJson;
import org.commonground.api.ApiJson.ListPage;
import org.commonground.api.ApiJson.MapJson;
import org.commonground.api.ApiJson.MeetingJson;
import org.commonground.api.ApiJson.ResourceJson;
import org.commonground.api.ApiJson.VisionJson;
import org.commonground.api.ApiProperties;
import org.commonground.api.ApiReader;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1}: the open read API. Anonymous callers read public dialogues; a personal
 * access token ({@code Authorization: Bearer ...}) reads what its account may read. A
 * list's {@code next} is the full link to its next page. ETags and 304 come from the
 * {@code ShallowEtagHeaderFilter} ({@link ApiSecurityConfiguration}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

	private final ApiReader reader;

	private final Duration maxAge;

	ApiController(ApiReader reader, ApiProperties properties) {
		this.reader = reader;
		this.maxAge = properties.maxAge();
	}

	@GetMapping("/dialogues")
	ResponseEntity<ListPage<DialogueJson>> dialogues(@AuthenticationPrincipal AccountPrincipal caller,
			@RequestParam(required = false) String cursor) {
		return answer(caller, linked(this.reader.dialogues(caller, cursor)));
	}

	@GetMapping("/dialogues/{slug}")
	ResponseEntity<DialogueJson> dialogue(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable String slug) {
		return answer(caller, this.reader.dialogue(slug, caller));
	}

	@GetMapping("/dialogues/{slug}/challenges")
	ResponseEntity<ListPage<ChallengeJson>> challenges(@AuthenticationPrincipal AccountPrincipal caller,
			@PathVariable String slug, @RequestParam(required = false) String cursor) {
		return answer(caller, linked(this.reader.challenges(slug, caller, cursor)));
	}

	@GetMapping("/dialogues/{slug}/challenges/{id}")
	ResponseEntity<ChallengeDetailJson> challenge(@AuthenticationPrincipal AccountPrincipal caller,
			@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String cursor) {
		ChallengeDetailJson found = this.reader.challenge(slug, caller, id, cursor);
		return answer(caller, found.withThread(linked(found.thread())));
	}

	@GetMapping("/dialogues/{slug}/meetings")
	ResponseEntity<ListPage<MeetingJson>> meetings(@AuthenticationPrincipal AccountPrincipal caller,
			@PathVariable String slug) {
		return answer(caller, this.reader.meetings(slug, caller));
	}

	@GetMapping("/dialogues/{slug}/vision")
	ResponseEntity<VisionJson> vision(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable String slug,
			@RequestParam(defaultValue = "0") int version) {
		return answer(caller, this.reader.vision(slug, caller, Math.max(version, 0)));
	}

	@GetMapping("/dialogues/{slug}/resources")
	ResponseEntity<ListPage<ResourceJson>> resources(@AuthenticationPrincipal AccountPrincipal caller,
			@PathVariable String slug, @RequestParam(required = false) String cursor) {
		return answer(caller, linked(this.reader.resources(slug, caller, cursor)));
	}

	@GetMapping("/dialogues/{slug}/map")
	ResponseEntity<MapJson> map(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable String slug) {
		return answer(caller, this.reader.map(slug, caller));
	}

	/** The next cursor as the full link to the next page (this request with it). */
	private static <T> ListPage<T> linked(ListPage<T> page) {
		if (page.next() == null) {
			return page;
		}
		String next = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("cursor", page.next())
			.build()
			.toUriString();
		return new ListPage<>(page.items(), next);
	}

	/**
	 * Public answers may be kept by any cache for a minute; a token's answers only by its
	 * client, and revalidated (the ETag makes that cheap).
	 */
	private <T> ResponseEntity<T> answer(AccountPrincipal caller, T body) {
		CacheControl cache = (caller == null) ? CacheControl.maxAge(this.maxAge).cachePublic()
				: CacheControl.noCache().cachePrivate();
		return ResponseEntity.ok().cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).body(body);
	}

}
