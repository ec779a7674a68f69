package org.commonground.export.web;

import java.time.LocalDate;

import org.commonground.export.ExportOptions;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters of the CSV and JSON exports: {@code identities}, {@code hidden}
 * (admins only), {@code from} and {@code to} (ISO dates, UTC, inclusive).
 */
public class ExportForm {

	private boolean identities;

	private boolean hidden;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	/**
	 * The export's language ({@code en}, {@code fr}, {@code sw}, {@code es}, {@code pt}).
	 */
	private String lang;

	public String getLang() {
		return this.lang;
	}

	public void setLang(String lang) {
		this.lang = lang;
	}

	/**
	 * The download the summary page's form chose: {@code csv} (the default) or
	 * {@code json}.
	 */
	private String format;

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	/**
	 * The address of the download these options ask for, with only the parameters set
	 * (the values are dates, booleans and a language code: nothing to escape).
	 */
	String downloadPath(String slug) {
		StringBuilder path = new StringBuilder("/dialogues/").append(slug)
			.append("json".equals(this.format) ? "/export.json" : "/export.csv");
		java.util.List<String> parameters = new java.util.ArrayList<>();
		if (this.identities) {
			parameters.add("identities=true");
		}
		if (this.hidden) {
			parameters.add("hidden=true");
		}
		if (this.from != null) {
			parameters.add("from=" + this.from);
		}
		if (this.to != null) {
			parameters.add("to=" + this.to);
		}
		if (this.lang != null && org.commonground.shared.web.SupportedLanguages.toLocale(this.lang.strip()) != null) {
			parameters.add("lang=" + this.lang.strip());
		}
		if (!parameters.isEmpty()) {
			path.append('?').append(String.join("&", parameters));
		}
		return path.toString();
	}

	ExportOptions toOptions() {
		return new ExportOptions(this.identities, this.hidden, this.from, this.to);
	}

	public boolean isIdentities() {
		return this.identities;
	}

	public void setIdentities(boolean identities) {
		this.identities = identities;
	}

	public boolean isHidden() {
		return this.hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
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

}
