package org.commonground.meeting;

/**
 * A contribution a facilitator writes down on behalf of people in a room or on the phone.
 *
 * @param kind a new challenge, or a comment on {@code challengeId}
 * @param stakeholderGroup the code of the group the speakers belong to
 * @param people how many people it speaks for
 * @param weighted whether it counts once per person in the common-ground figures
 * @param channel how it reached the facilitator
 * @param title the challenge's title (challenges only)
 * @param body what was said or written
 * @param challengeId the challenge commented on (comments only)
 * @param language the language it was said in, or null for the facilitator's
 * @param formToken one token per form or CSV row, so that a second post stores nothing
 * @param hands for stances: the paragraph and how many showed each stance; else null
 * @param paragraphKey for a comment on the vision: the paragraph of the newest version
 * @param photo the photo of the card or flip chart it was typed up from, or null
 */
public record RecordedInput(RecordedKind kind, String stakeholderGroup, int people, boolean weighted,
		RecordedChannel channel, String title, String body, Long challengeId, String language, String formToken,
		Hands hands, String paragraphKey, Photo photo) {

	public RecordedInput(RecordedKind kind, String stakeholderGroup, int people, boolean weighted,
			RecordedChannel channel, String title, String body, Long challengeId, String language, String formToken,
			Hands hands) {
		this(kind, stakeholderGroup, people, weighted, channel, title, body, challengeId, language, formToken, hands,
				null, null);
	}

	public RecordedInput(RecordedKind kind, String stakeholderGroup, int people, boolean weighted,
			RecordedChannel channel, String title, String body, Long challengeId, String language, String formToken) {
		this(kind, stakeholderGroup, people, weighted, channel, title, body, challengeId, language, formToken, null);
	}

	/**
	 * A photo of the card or flip chart: a new upload ({@code name}, {@code content}) or
	 * the one kept with an earlier record of the same meeting ({@code keptId}, that
	 * record's id).
	 */
	public record Photo(Long keptId, String name, byte[] content) {

		public boolean isNew() {
			return this.content != null && this.content.length > 0;
		}

	}

	/** A show of hands on a paragraph of the newest vision version. */
	public record Hands(String paragraphKey, int agree, int canLiveWith, int disagree) {

		public int total() {
			return this.agree + this.canLiveWith + this.disagree;
		}

	}

}
