package org.commonground.challenge;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * The challenges part of a dialogue's page: the most endorsed few and how many there are.
 */
public record ChallengeHighlights(DialogueView view, List<Item> top, long total, boolean canPost) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	/**
	 * A challenge among the most endorsed.
	 *
	 * @param title its title in the reader's language where a facilitator translated it,
	 * else the original
	 * @param language the language of the title
	 * @param translated whether the title is a translation of the original
	 */
	public record Item(long id, String title, ChallengeStatus status, int endorsements, int comments, String language,
			boolean translated) {
	}

}
