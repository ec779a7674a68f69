package org.commonground.challenge;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;

import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.DialogueView;

/** A challenge's current text and earlier texts, newest first. */
public record ChallengeHistory(DialogueView view, Challenge challenge, AuthorLabel author, String speakingAs,
		List<ChallengeRevision> revisions) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

}
