package org.commonground.meeting;

import java.util.List;
import java.util.stream.Stream;

import org.commonground.dialogue.DialogueNews;
import org.commonground.dialogue.DialogueNewsSource;
import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Component;

/** The next and the latest meetings of a dialogue, for its Atom feed (one statement). */
@Component
class MeetingNews implements DialogueNewsSource {

	static final String CATEGORY = "MEETING";

	static final String CANCELLED = "MEETING_CANCELLED";

	private final MeetingService meetings;

	MeetingNews(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public List<DialogueNews> news(DialogueView view) {
		MeetingList planned = this.meetings.highlights(view);
		return Stream.concat(planned.upcoming().stream(), planned.past().stream()).map(MeetingNews::news).toList();
	}

	private static DialogueNews news(Meeting meeting) {
		String text = (meeting.getDescriptionSource() != null && !meeting.getDescriptionSource().isBlank())
				? meeting.getDescriptionSource() : meeting.getPlace();
		if (meeting.isCancelled()) {
			// Marked by its category (labelled "Cancelled meeting" in the reader's
			// language);
			// the summary gives the facilitator's reason where there is one. Its updated
			// time
			// is the cancellation's, so feed readers show it again.
			return new DialogueNews("meetings/" + meeting.getId(), meeting.getTitle(),
					(meeting.getCancelReason() != null) ? meeting.getCancelReason() : "", CANCELLED,
					meeting.getCreatedAt(), meeting.getUpdatedAt());
		}
		return new DialogueNews("meetings/" + meeting.getId(), meeting.getTitle(), (text != null) ? text : "", CATEGORY,
				meeting.getCreatedAt(), meeting.getUpdatedAt());
	}

}
