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
		return new DialogueNews("meetings/" + meeting.getId(), meeting.getTitle(), (text != null) ? text : "", CATEGORY,
				meeting.getCreatedAt(), meeting.getUpdatedAt());
	}

}
