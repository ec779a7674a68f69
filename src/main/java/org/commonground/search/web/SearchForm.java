package org.commonground.search.web;

import java.time.LocalDate;

import org.commonground.search.SearchKind;
import org.commonground.search.SearchQuery;
import org.commonground.search.SearchService;

import org.springframework.format.annotation.DateTimeFormat;

/** The search box and its filters, bound from the query string. */
public class SearchForm {

	private String q;

	private String dialogue;

	private SearchKind type;

	private String group;

	/**
	 * The language the text is written in: {@code lang}, as the HTTP contract names it.
	 */
	private String lang;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private int page;

	SearchQuery toQuery(boolean datesValid) {
		return new SearchQuery(this.q, this.dialogue, this.type, this.group, this.lang, datesValid ? this.from : null,
				datesValid ? this.to : null, Math.min(Math.max(0, this.page), SearchService.LAST_PAGE + 1));
	}

	/** Any filter chosen (so that the filters are shown open). */
	public boolean filtered() {
		return notBlank(this.dialogue) || this.type != null || notBlank(this.group) || notBlank(this.lang)
				|| this.from != null || this.to != null;
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getDialogue() {
		return this.dialogue;
	}

	public void setDialogue(String dialogue) {
		this.dialogue = dialogue;
	}

	public SearchKind getType() {
		return this.type;
	}

	public void setType(SearchKind type) {
		this.type = type;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public String getLang() {
		return this.lang;
	}

	public void setLang(String lang) {
		this.lang = lang;
	}

	/**
	 * The filter's former name, kept for old links ({@code language=}); {@code lang} wins
	 * when both are given.
	 */
	public void setLanguage(String language) {
		if (!notBlank(this.lang)) {
			this.lang = language;
		}
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
