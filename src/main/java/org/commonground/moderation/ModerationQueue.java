package org.commonground.moderation;

import java.time.ZoneId;
import org.commonground.shared.web.TimeZones;
import org.commonground.shared.web.Zoned;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.dialogue.DialogueView;

/**
 * The cases that wait for a decision, most reported first, then oldest.
 *
 * @param view the dialogue, or {@code null} for the admins' queue over all dialogues
 * @param next the keyset of the next page, or {@code null} on the last
 */
public record ModerationQueue(DialogueView view, List<QueueItem> items, String next) implements Zoned {

	/**
	 * The dialogue's time zone, or UTC (named as pages of no dialogue name it) for the
	 * admins' page: the page's times are shown in it.
	 */
	@Override
	public ZoneId zone() {
		return (this.view != null) ? this.view.zone() : TimeZones.DEFAULT;
	}

	/** Where a queue page starts: after the case with these values (first page: none). */
	record After(int reports, Instant queued, long id) {

		private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})-(\\d{1,12})-(\\d{1,9})-(\\d{1,18})");

		static final After START = new After(Integer.MAX_VALUE, Instant.EPOCH, 0);

		static After parse(String text) {
			Matcher m = (text != null) ? FORMAT.matcher(text) : null;
			if (m == null || !m.matches()) {
				return START;
			}
			return new After(Integer.parseInt(m.group(1)),
					Instant.ofEpochSecond(Long.parseLong(m.group(2)), Long.parseLong(m.group(3))),
					Long.parseLong(m.group(4)));
		}

		static String of(ModerationCase c) {
			return c.getOpenReports() + "-" + c.getQueuedAt().getEpochSecond() + "-" + c.getQueuedAt().getNano() + "-"
					+ c.getId();
		}

	}

}
