package org.commonground.meeting;

import java.util.List;

import org.commonground.account.StakeholderGroup;
import org.commonground.challenge.ChallengeRef;
import org.commonground.dialogue.DialogueView;
import org.commonground.vision.ParagraphRef;

/**
 * The page where facilitators record contributions at a meeting and check each other's
 * records.
 *
 * @param groups the active stakeholder groups, in display order
 * @param challenges the dialogue's challenges a recorded comment may be about
 * @param paragraphs the paragraphs of the newest vision version, for shows of hands
 * @param entries what was recorded at the meeting, newest first (at most
 * {@link WorkshopRecording#PAGE_SIZE})
 * @param total everything recorded at the meeting
 * @param awaitingCheck how many of those still wait for a second facilitator's check
 */
public record RecordingPage(DialogueView view, Meeting meeting, List<StakeholderGroup> groups,
		List<ChallengeRef> challenges, List<ParagraphRef> paragraphs, List<RecordedEntry> entries, long total,
		long awaitingCheck) {

	/**
	 * Whether contributions may be recorded: only while the dialogue is open, and not at
	 * a cancelled meeting.
	 */
	public boolean open() {
		return this.view.dialogue().isOpen() && !this.meeting.isCancelled();
	}

}
