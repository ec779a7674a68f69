package org.commonground.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroupService;
import org.commonground.search.SearchKind;
import org.commonground.search.SearchPage;
import org.commonground.search.SearchQuery;
import org.commonground.search.SearchResults;
import org.commonground.search.SearchService;
import org.commonground.shared.web.Option;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page: the form, its filters and a page of results. */
@Controller
class SearchController {

	private final SearchService search;

	private final StakeholderGroupService groups;

	SearchController(SearchService search, StakeholderGroupService groups) {
		this.search = search;
		this.groups = groups;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("searchForm") SearchForm form, BindingResult binding,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		// A date that is not a date: the field says so, keeps what was typed, and the
		// search runs without the dates, which the results say.
		boolean datesValid = !binding.hasFieldErrors("from") && !binding.hasFieldErrors("to");
		if (binding.hasFieldErrors("type")) {
			form.setType(null);
		}
		if (binding.hasFieldErrors("page")) {
			form.setPage(0);
		}
		// Longer than the box allows (a hand-made link): refused beside the field, the
		// first characters kept in it, nothing searched.
		String typed = (form.getQ() != null) ? form.getQ().strip() : "";
		boolean tooLong = typed.codePointCount(0, typed.length()) > SearchQuery.MAX_LENGTH;
		if (tooLong) {
			form.setQ(typed.substring(0, typed.offsetByCodePoints(0, SearchQuery.MAX_LENGTH)));
			binding.rejectValue("q", "search.q.tooLong", new Object[] { SearchQuery.MAX_LENGTH }, null);
		}
		SearchQuery query = form.toQuery(datesValid);
		boolean datesIgnored = !datesValid;
		if (datesValid && query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
			binding.rejectValue("to", "search.to.beforeFrom");
			query = form.toQuery(false);
			datesIgnored = true;
		}
		// Results without the dates are said to be so, above them, not only beside the
		// fields.
		model.addAttribute("datesIgnored", datesIgnored);
		if (tooLong) {
			query = new SearchQuery(null, query.dialogue(), query.kind(), query.group(), query.language(), query.from(),
					query.to(), query.page());
		}
		model.addAttribute("queryTooLong", tooLong);
		SearchPage page = this.search.page(query, viewer, locale.getLanguage());
		SearchResults results = page.results();
		model.addAttribute("results", results);
		model.addAttribute("dialogueOptions", page.dialogueChoices());
		model.addAttribute("typeOptions", SearchKind.values());
		List<Option> groupOptions = new ArrayList<>();
		this.groups.activeGroups().forEach((g) -> groupOptions.add(new Option(g.getCode(), g.label(locale))));
		model.addAttribute("groupOptions", groupOptions);
		List<Option> languageOptions = new ArrayList<>();
		SupportedLanguages.CODES
			.forEach((code) -> languageOptions.add(new Option(code, SupportedLanguages.nativeName(code))));
		model.addAttribute("languageOptions", languageOptions);
		if (results.pastTheEnd()) {
			// Past the last page: the page says so and leads back to the last page (also
			// the pager's "previous") and the first.
			model.addAttribute("lastUrl", pageUrl(form, results.pages() - 1));
			model.addAttribute("firstUrl", pageUrl(form, 0));
			model.addAttribute("previousUrl", pageUrl(form, results.pages() - 1));
		}
		else if (results.hasPrevious()) {
			model.addAttribute("previousUrl", pageUrl(form, results.page() - 1));
		}
		if (form.filtered()) {
			SearchForm unfiltered = new SearchForm();
			unfiltered.setQ(form.getQ());
			model.addAttribute("unfilteredUrl", pageUrl(unfiltered, 0));
		}
		if (results.hasNext()) {
			model.addAttribute("nextUrl", pageUrl(form, results.page() + 1));
		}
		return "search/results";
	}

	private static String pageUrl(SearchForm form, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", form.getQ());
		addIfPresent(url, "dialogue", form.getDialogue());
		addIfPresent(url, "type", (form.getType() != null) ? form.getType().name() : null);
		addIfPresent(url, "group", form.getGroup());
		addIfPresent(url, "lang", form.getLang());
		addIfPresent(url, "from", (form.getFrom() != null) ? form.getFrom().toString() : null);
		addIfPresent(url, "to", (form.getTo() != null) ? form.getTo().toString() : null);
		return url.queryParam("page", page).encode().build().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder url, String name, String value) {
		if (value != null && !value.isBlank()) {
			url.queryParam(name, value);
		}
	}

}
