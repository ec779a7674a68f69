package org.commonground.export;

import java.time.LocalDate;
import java.util.Locale;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.Dialogue;

/**
 * An export that passed the checks: made only by {@link ExportService#authorize}, so that
 * no one streams an export that was not checked, limited and audited.
 */
public final class ExportRequest {

	private final Dialogue dialogue;

	private final ExportOptions options;

	private final ExportFormat format;

	private final LocalDate day;

	private final Locale locale;

	private final AccountPrincipal viewer;

	ExportRequest(Dialogue dialogue, ExportOptions options, ExportFormat format, LocalDate day, Locale locale,
			AccountPrincipal viewer) {
		this.viewer = viewer;
		this.dialogue = dialogue;
		this.options = options;
		this.format = format;
		this.day = day;
		this.locale = locale;
	}

	/**
	 * A safe, descriptive file name: the dialogue's slug and the day, such as
	 * {@code geita-gold-mining-dialogue-2026-11-27.csv}.
	 */
	public String fileName() {
		return this.dialogue.getSlug() + "-" + this.day + "." + this.format.extension();
	}

	public ExportFormat format() {
		return this.format;
	}

	Dialogue dialogue() {
		return this.dialogue;
	}

	ExportOptions options() {
		return this.options;
	}

	Locale locale() {
		return this.locale;
	}

	AccountPrincipal viewer() {
		return this.viewer;
	}

}
