package org.commonground.challenge;

import java.util.List;

import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.DialogueView;

/** A challenge's current text and earlier texts, newest first. */
public record ChallengeHistory(DialogueView view, Challenge challenge, AuthorLabel author, String speakingAs,
		List<ChallengeRevision> revisions) {
}
