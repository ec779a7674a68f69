package org.commonground.challenge;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;

import org.commonground.comment.CommentThread;
import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceLink;
import org.commonground.dialogue.Theme;

/**
 * A challenge with its comments, as one viewer sees it.
 *
 * @param themes its themes, in display order
 * @param thread one page of comments; {@code null} for a merged challenge (its page
 * redirects)
 * @param endorsed whether the viewer endorsed it
 * @param canEndorse whether the viewer may endorse or withdraw (a member who is not the
 * author, while the dialogue is open)
 * @param canEdit whether the viewer is the author and may edit
 * @param canReport whether the viewer may report it (a member who is not the author)
 * @param evidence the resources of the dialogue's library linked to it as evidence
 */
public record ChallengePage(DialogueView view, Challenge challenge, List<Theme> themes, AuthorLabel author,
		String speakingAs, CommentThread thread, boolean endorsed, boolean canEndorse, boolean canEdit,
		boolean canReport, List<EvidenceLink> evidence) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	public boolean authored() {
		return this.view.context().signedIn()
				&& java.util.Objects.equals(this.challenge.getAuthorId(), this.view.context().viewerId());
	}

	public boolean facilitates() {
		return this.view.context().facilitates();
	}

	/**
	 * The facilitators' translation of its title into {@code language}, or {@code null}
	 * where there is none (or it is the challenge's own language): the heading and the
	 * tab's title show it, marked, with the original.
	 */
	public ChallengeTranslation titleTranslation(String language) {
		return this.challenge.titleTranslation(language);
	}

	/** May translate the challenge: facilitators and members marked as translators. */
	public boolean translates() {
		return this.view.context().translatesContributions();
	}

}
