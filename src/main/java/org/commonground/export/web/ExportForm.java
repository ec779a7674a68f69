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
