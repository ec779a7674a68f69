package org.commonground.meeting;

import java.util.List;

import org.commonground.challenge.ChallengeRef;
import org.commonground.vision.ParagraphRef;

/** What a new agenda item may be about. */
public record AgendaChoices(List<ChallengeRef> challenges, List<ParagraphRef> paragraphs) {
}
