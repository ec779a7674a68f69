package org.commonground.moderation;

/** The free-text note on a report, a decision or a review request. */
public final class ModerationNote {

	/** Longest note. */
	public static final int MAX_LENGTH = 1000;

	private ModerationNote() {
	}

	/**
	 * The note as stored: stripped, {@code null} when blank.
	 * @throws ModerationRuleException if it is too long
	 */
	static String clean(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String stripped = note.strip();
		if (stripped.length() > MAX_LENGTH) {
			throw new ModerationRuleException("moderation.error.note-long");
		}
		return stripped;
	}

}
