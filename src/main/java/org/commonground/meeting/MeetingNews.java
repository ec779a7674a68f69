package org.commonground.meeting;

import java.util.List;
import java.util.Locale;
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
		Locale language = Locale.forLanguageTag(view.dialogue().getOriginalLanguage());
		return Stream.concat(planned.upcoming().stream(), planned.past().stream())
			.filter(MeetingNews::announced)
			.map((meeting) -> news(meeting, language))
			.toList();
	}

	/**
	 * Whether it was announced: a meeting recorded after it had started (a past meeting
	 * recorded "without announcing it") is no news, as its followers were not told of it.
	 */
	static boolean announced(Meeting meeting) {
		return !meeting.hasStarted(meeting.getCreatedAt());
	}

	/**
	 * The entry of a meeting; its summary starts with when it takes place, in its own
	 * time zone, written in the dialogue's original language like the rest of the entry.
	 */
	private static DialogueNews news(Meeting meeting, Locale language) {
		String when = MeetingPlan.of(meeting).describe(language);
		if (meeting.isCancelled()) {
			// Marked by its category (labelled "Cancelled meeting" in the reader's
			// language); the summary gives the facilitator's reason where there is one.
			// Its updated time is the cancellation's, so feed readers show it again.
			return new DialogueNews("meetings/" + meeting.getId(), meeting.getTitle(),
					withWhen(when, meeting.getCancelReason()), CANCELLED, meeting.getCreatedAt(),
					meeting.getUpdatedAt());
		}
		String text = (meeting.getDescriptionSource() != null && !meeting.getDescriptionSource().isBlank())
				? meeting.getDescriptionSource() : meeting.getPlace();
		return new DialogueNews("meetings/" + meeting.getId(), meeting.getTitle(), withWhen(when, text), CATEGORY,
				meeting.getCreatedAt(), meeting.getUpdatedAt());
	}

	private static String withWhen(String when, String text) {
		return (text == null || text.isBlank()) ? when : when + "\n\n" + text;
	}

}
