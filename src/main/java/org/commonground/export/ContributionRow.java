package org.commonground.export;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One contribution as the exports write it: the columns of {@code docs/exports.md}.
 *
 * @param author "Participant n" (stable within the dialogue), or the display name when
 * identities were asked for
 * @param text the Markdown source; {@code null} when deleted, or hidden or held and not
 * asked for
 * @param depth 0 for challenges and comments, 1 for replies, 2 for replies to replies
 * @param language the language it was written in ({@code en}, {@code sw}, …)
 * @param recorded for a contribution a facilitator recorded on behalf of people at a
 * meeting: where, how and for how many; else {@code null}
 * @param translation a facilitator's translation into the export's language, when there
 * is one and the text itself is exported; else {@code null}
 * @param mergedInto for a merged challenge, the challenge it was merged into; else
 * {@code null}
 * @param landedVersion for an answered draft comment, the version its answer says it
 * landed in; else {@code null}
 */
record ContributionRow(String type, long id, Long parentId, Long challengeId, Integer version, String paragraphKey,
		Instant createdAt, String authorGroupCode, String authorGroup, String author, String title, String text,
		String status, String visibility, Integer endorsements, String disposition, String dispositionReason, int depth,
		String language, Recorded recorded, Translation translation, Long mergedInto, Integer landedVersion) {

	/**
	 * How a recorded contribution reached the platform.
	 *
	 * @param meeting the meeting's title ({@code null} if the meeting is gone)
	 * @param channel {@code CARD}, {@code FLIP_CHART}, {@code ORAL}, {@code SMS} or
	 * {@code PHONE} ({@code null} if the meeting is gone)
	 * @param people how many people it speaks for
	 * @param weighted whether it counts once per person
	 * @param on the day it was said
	 * @param checked whether a second facilitator checked the record
	 */
	record Recorded(String meeting, String channel, int people, boolean weighted, LocalDate on, boolean checked) {
	}

	/**
	 * A facilitator's translation of a contribution (issue 15).
	 *
	 * @param language the language translated into (the export's)
	 * @param title a challenge's title translated; {@code null} for comments or when only
	 * the text was translated
	 * @param text the text translated (Markdown source); {@code null} when only the title
	 * was
	 * @param outOfDate whether the original was edited after it was translated
	 */
	record Translation(String language, String title, String text, boolean outOfDate) {
	}

}
