package org.commonground.moderation;

import java.time.Clock;

import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-moderation, asked by the modules that store contributions when one is posted: a
 * dialogue may hold its members' first contributions until a moderator approves them.
 */
@Service
@Transactional(readOnly = true)
public class PreModeration {

	private final ModerationCaseRepository cases;

	private final Contributions contributions;

	private final ModerationSettings settings;

	private final Clock clock;

	PreModeration(ModerationCaseRepository cases, Contributions contributions, ModerationSettings settings,
			Clock clock) {
		this.cases = cases;
		this.contributions = contributions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether the viewer's next contribution to the dialogue waits for approval: the
	 * dialogue holds the first N contributions of each member, and this member has fewer
	 * than N that everyone can see. Facilitators and admins are never held.
	 */
	public boolean holds(DialogueView view) {
		if (view.context().facilitates() || !view.context().signedIn()) {
			return false;
		}
		int first = this.settings.setting(view.dialogue().getId()).getPremoderateFirst();
		if (first == 0) {
			return false;
		}
		long visible = 0;
		for (ModeratedContent content : this.contributions.all()) {
			visible += content.countVisible(view.dialogue().getId(), view.context().viewerId());
		}
		return visible < first;
	}

	/** Puts a contribution that {@link #holds} held into the dialogue's queue. */
	@Transactional
	public void held(DialogueView view, String type, long id) {
		this.cases.open(view.dialogue().getId(), this.contributions.ofType(type).type(), id, view.context().viewerId(),
				CaseState.PENDING.name(), this.clock.instant());
	}

}
