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
	 * A safe, descriptive file name: the dialogue's slug, the day, the language and the
	 * period asked for, such as {@code geita-gold-mining-dialogue-2026-11-27-fr.csv} or
	 * {@code …-2026-11-27-en-from-2026-01-01-to-2026-01-31.csv}.
	 */
	public String fileName() {
		// The language and the period in the name, so that two exports of one day (in
		// French and in Swahili, the whole and one month) do not overwrite each other.
		StringBuilder name = new StringBuilder(this.dialogue.getSlug()).append('-').append(this.day);
		name.append('-').append(this.locale.getLanguage());
		if (this.options.from() != null) {
			name.append("-from-").append(this.options.from());
		}
		if (this.options.to() != null) {
			name.append("-to-").append(this.options.to());
		}
		return name.append('.').append(this.format.extension()).toString();
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
