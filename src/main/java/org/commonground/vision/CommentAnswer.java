package org.commonground.vision;

/**
 * The facilitators' answer to one comment on the vision.
 *
 * @param reason the reason as the facilitators wrote it, in the dialogue's original
 * language
 * @param landedVersion the version the comment was taken into, or {@code null}
 * @param originalLanguage the language of the reason: the dialogue's original language
 * @param translatedReason the facilitators' translation of the reason into the reader's
 * language, or {@code null} where there is none
 * @param translationLanguage the language of {@code translatedReason}, or {@code null}
 */
public record CommentAnswer(long commentId, Disposition disposition, String reason, Integer landedVersion,
		String originalLanguage, String translatedReason, String translationLanguage) {

	/** Whether the reason is shown in a translation rather than the original. */
	public boolean translated() {
		return this.translatedReason != null;
	}

	/** The reason as the reader sees it: the translation where there is one. */
	public String shownReason() {
		return translated() ? this.translatedReason : this.reason;
	}

	/** The language of {@link #shownReason()}. */
	public String shownLanguage() {
		return translated() ? this.translationLanguage : this.originalLanguage;
	}

}
