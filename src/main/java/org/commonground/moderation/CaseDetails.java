package org.commonground.moderation;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;
import java.util.Map;

import org.commonground.account.Account;
import org.commonground.dialogue.DialogueView;

/**
 * One contribution as a moderator decides on it.
 *
 * @param item the queue item (its case is {@code null} if nobody reported or hid it yet)
 * @param history earlier moderation actions on it, newest first
 * @param people the accounts those actions, the case and its reports name
 * @param canDecideReview whether the viewer may decide the author's review request (not
 * the one who hid it, nor its author)
 * @param authored whether the viewer wrote it: someone else decides on it
 * @param hidByViewerAndKept whether the viewer hid it and a review kept it hidden:
 * someone else may restore it
 */
public record CaseDetails(DialogueView view, QueueItem item, List<AuditEntry> history, Map<Long, Account> people,
		boolean canDecideReview, boolean authored, boolean hidByViewerAndKept) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	public ModerationCase moderationCase() {
		return this.item.moderationCase();
	}

	public CaseState state() {
		return (moderationCase() != null) ? moderationCase().getState() : CaseState.VISIBLE;
	}

	/** Whether the viewer may restore it (a plain restore, not a review's). */
	public boolean canRestore() {
		CaseState state = state();
		return (state == CaseState.HIDDEN || state == CaseState.AUTO_HIDDEN) && !this.authored
				&& !this.hidByViewerAndKept;
	}

	public Account person(Long id) {
		return (id != null) ? this.people.get(id) : null;
	}

}
