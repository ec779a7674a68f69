package org.commonground.moderation;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * A dialogue's public moderation log: action, reason category, kind of content and date,
 * nothing about people.
 *
 * @param enabled whether the facilitators keep it public (facilitators see it either way)
 * @param next the keyset of the next (older) page, or {@code null}
 */
public record PublicLog(DialogueView view, boolean enabled, List<PublicLogEntry> entries, Long next) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	/** One line of the log. */
	public record PublicLogEntry(java.time.Instant at, String action, String contentType, String reason) {
	}

}
