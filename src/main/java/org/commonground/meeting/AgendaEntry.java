package org.commonground.meeting;

import org.commonground.challenge.ChallengeRef;
import org.commonground.vision.ParagraphRef;

/**
 * An agenda item as its meeting's page shows it.
 *
 * @param challenge the challenge it is about, if it is and everyone may still see it
 * @param paragraph the paragraph it is about, if it is and the newest version still has
 * it
 * @param linkGone whether it was about a challenge or paragraph that is no longer there
 */
public record AgendaEntry(long id, String title, ChallengeRef challenge, ParagraphRef paragraph, boolean linkGone) {
}
