package org.commonground.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentTargetInfo;
import org.commonground.comment.CommentTargets;
import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Component;

/**
 * Minutes as comment targets (the target id is the meeting's): they exist for a viewer
 * who may see them, and take comments only in review, up to its end date, and never once
 * the meeting is cancelled. Reads the repositories, not {@link MeetingMinutes}, which
 * itself needs the comment module.
 */
@Component
class MinutesCommentTargets implements CommentTargets {

	private final MinutesRepository minutes;

	private final MeetingRepository meetings;

	private final Clock clock;

	MinutesCommentTargets(MinutesRepository minutes, MeetingRepository meetings, Clock clock) {
		this.minutes = minutes;
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public String type() {
		return MeetingMinutes.TARGET_TYPE;
	}

	@Override
	public Optional<CommentTargetInfo> describe(CommentTarget target, DialogueView view) {
		if (!target.anchor().isEmpty() || target.version() != null) {
			return Optional.empty();
		}
		String path = "/dialogues/" + view.dialogue().getSlug() + "/meetings/" + target.id() + "/minutes";
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), view.zone());
		return this.meetings.findInDialogue(target.id(), view.dialogue().getId())
			.flatMap((meeting) -> this.minutes.findByMeetingId(target.id())
				.filter((m) -> MeetingMinutes.visible(m, view.context()))
				.map((m) -> CommentTargetInfo.of(meeting.getTitle(), path,
						!meeting.isCancelled() && m.inReviewOn(today))));
	}

}
