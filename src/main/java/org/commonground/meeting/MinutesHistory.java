package org.commonground.meeting;

import java.time.LocalDate;
import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * The corrections of published minutes, newest first, with the earlier wordings.
 *
 * @param corrections what was corrected, newest first
 */
public record MinutesHistory(DialogueView view, Meeting meeting, Minutes minutes, List<Entry> corrections) {

	/**
	 * One correction.
	 *
	 * @param itemNumber the corrected item's number in the minutes, or {@code null} when
	 * the original language was corrected
	 * @param on the day, in the dialogue's time zone
	 * @param earlierLanguage the language the earlier wording was in (or the earlier
	 * original language)
	 * @param earlierHtml the earlier wording, sanitized when it was written; {@code null}
	 * for a language correction
	 * @param language the minutes' original language after the correction, for a language
	 * correction
	 */
	public record Entry(Integer itemNumber, LocalDate on, String reason, String earlierLanguage, String earlierHtml,
			String language) {

		public boolean languageCorrection() {
			return this.itemNumber == null;
		}

	}

}
