package org.commonground.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeRef;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.ViewerContext;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;
import org.commonground.vision.ParagraphRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting: the dialogue's facilitators write them as ordered items in
 * the minutes' original language (with optional versions in the other interface
 * languages), put them up for review until a date, then publish them.
 * <p>
 * Who sees them: a draft only the facilitators; minutes in review the facilitators and
 * the dialogue's active members (attendees are recorded as counts and consented names,
 * not as accounts, so the members stand for "attendees with accounts"); published minutes
 * whoever may read the dialogue. Everyone else gets 404. Comments go through the comment
 * module (target {@value #TARGET_TYPE} and the meeting's id) and are taken only in
 * review, up to and including its end date in the dialogue's time zone.
 */
@Service
@Transactional(readOnly = true)
public class MeetingMinutes {

	/** The comment target type of minutes; the target id is the meeting's. */
	public static final String TARGET_TYPE = "MINUTES";

	private final MinutesRepository minutes;

	private final MinuteItemRepository items;

	private final MinuteTextRepository texts;

	private final MinuteCorrectionRepository corrections;

	private final MeetingRepository meetings;

	private final MeetingAgenda agenda;

	private final DialogueAccess access;

	private final MarkdownRenderer markdown;

	private final CommentThreads comments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingMinutes(MinutesRepository minutes, MinuteItemRepository items, MinuteTextRepository texts,
			MinuteCorrectionRepository corrections, MeetingRepository meetings, MeetingAgenda agenda,
			DialogueAccess access, MarkdownRenderer markdown, CommentThreads comments, ApplicationEventPublisher events,
			Clock clock) {
		this.minutes = minutes;
		this.items = items;
		this.texts = texts;
		this.corrections = corrections;
		this.meetings = meetings;
		this.agenda = agenda;
		this.access = access;
		this.markdown = markdown;
		this.comments = comments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The minutes page of a meeting, with its comments.
	 * @param version the language version asked for, or {@code null} for the reader's
	 * interface language
	 * @throws NotFoundException when the meeting has no minutes the viewer may see (a
	 * facilitator gets an empty page to start them)
	 */
	public MinutesPage page(String slug, AccountPrincipal viewer, long meetingId, String version, Long before,
			Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Meeting meeting = this.meetings.findInDialogue(meetingId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		boolean manages = view.context().facilitates();
		Optional<Minutes> found = this.minutes.findByMeetingId(meetingId).filter((m) -> visible(m, view.context()));
		if (found.isEmpty() && !manages) {
			throw new NotFoundException();
		}
		MinutesView shown = found.map((m) -> view(view, meeting, m, version, locale, true, before)).orElse(null);
		boolean started = meeting.hasStarted(this.clock.instant());
		// Nothing is written for a cancelled meeting, nor started before the meeting has.
		boolean editable = manages && !meeting.isCancelled()
				&& ((shown == null) ? started : shown.minutes().getStatus() != MinutesStatus.PUBLISHED);
		return new MinutesPage(view, meeting, shown, editable ? this.agenda.choices(view) : null, started);
	}

	/** The minutes shown on the meeting's page, if there are any the viewer may see. */
	MinutesView forMeeting(DialogueView view, Meeting meeting, Locale locale) {
		return this.minutes.findByMeetingId(meeting.getId())
			.filter((m) -> visible(m, view.context()))
			.map((m) -> view(view, meeting, m, null, locale, false, null))
			.orElse(null);
	}

	/** Starts the minutes of a meeting as a draft in their original language. */
	@Transactional
	public Minutes start(String slug, long meetingId, String language, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Meeting meeting = requireMeeting(view, meetingId);
		if (meeting.isCancelled()) {
			throw new MeetingRuleException("minutes.error.cancelled", "language");
		}
		if (!meeting.hasStarted(this.clock.instant())) {
			throw new MeetingRuleException("minutes.error.start-not-started", "language");
		}
		if (!SupportedLanguages.isSupported(language)) {
			throw new MeetingRuleException("minutes.error.language", "language");
		}
		if (this.minutes.findByMeetingId(meetingId).isPresent()) {
			throw new MeetingRuleException("minutes.error.exists", "language");
		}
		return this.minutes.save(new Minutes(meetingId, language, viewer.getId(), this.clock.instant()));
	}

	/** Adds an item at the end, in the minutes' original language. */
	@Transactional
	public MinuteItem addItem(String slug, long meetingId, MinuteItemDetails details, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Minutes minutes = unpublished(view, meetingId);
		this.agenda.requireLink(view, details.challengeId(), details.paragraphKey());
		List<MinuteItem> existing = this.items.findByMinutes(minutes.getId());
		int position = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).getPosition() + 1;
		MinuteItem item = this.items
			.save(new MinuteItem(minutes.getId(), position, details.challengeId(), details.paragraphKey()));
		String source = requireText(details.text());
		this.texts
			.save(new MinuteText(item.getId(), minutes.getOriginalLanguage(), source, this.markdown.toHtml(source)));
		return item;
	}

	/**
	 * Writes an item's text in one language: the original while the minutes are not
	 * published, a language version at any time (translations often come later).
	 */
	@Transactional
	public void write(String slug, long meetingId, long itemId, String language, String text, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Minutes minutes = existing(view, meetingId);
		if (!SupportedLanguages.isSupported(language)) {
			throw new MeetingRuleException("minutes.error.language", "language");
		}
		if (language.equals(minutes.getOriginalLanguage()) && minutes.getStatus() == MinutesStatus.PUBLISHED) {
			throw new MeetingRuleException("minutes.error.published", "text");
		}
		MinuteItem item = item(minutes, itemId);
		String source = requireText(text);
		String html = this.markdown.toHtml(source);
		this.texts.findByItemIdAndLanguage(item.getId(), language)
			.ifPresentOrElse((t) -> t.rewrite(source, html),
					() -> this.texts.save(new MinuteText(item.getId(), language, source, html)));
	}

	/**
	 * Corrects the original text of an item of published minutes, keeping the earlier
	 * wording with the reason; the item's language versions are out of date until they
	 * are written again.
	 */
	@Transactional
	public void correct(String slug, long meetingId, long itemId, String text, String reason, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Minutes minutes = published(view, meetingId);
		MinuteItem item = item(minutes, itemId);
		String why = requireReason(reason);
		String source = requireText(text);
		MinuteText original = this.texts.findByItemIdAndLanguage(item.getId(), minutes.getOriginalLanguage())
			.orElseThrow(NotFoundException::new);
		if (original.getSource().equals(source)) {
			throw new MeetingRuleException("minutes.error.unchanged", "text");
		}
		this.corrections
			.save(MinuteCorrection.ofText(minutes.getId(), original, why, viewer.getId(), this.clock.instant()));
		original.rewrite(source, this.markdown.toHtml(source));
		this.texts.markOutOfDate(item.getId(), minutes.getOriginalLanguage());
		audit(view, viewer, meetingId, "ITEM " + itemId, why);
	}

	/**
	 * Corrects the original language of published minutes when it was wrongly chosen: the
	 * original texts are filed under the right language. Refused when the minutes already
	 * have a language version in it.
	 */
	@Transactional
	public void correctLanguage(String slug, long meetingId, String language, String reason, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Minutes minutes = published(view, meetingId);
		String why = requireReason(reason);
		if (!SupportedLanguages.isSupported(language)) {
			throw new MeetingRuleException("minutes.error.language", "language");
		}
		String earlier = minutes.getOriginalLanguage();
		if (earlier.equals(language)) {
			throw new MeetingRuleException("minutes.error.same-language", "language");
		}
		if (this.texts.anyIn(minutes.getId(), language)) {
			throw new MeetingRuleException("minutes.error.language-taken", "language");
		}
		this.corrections
			.save(MinuteCorrection.ofLanguage(minutes.getId(), earlier, why, viewer.getId(), this.clock.instant()));
		minutes.correctOriginalLanguage(language);
		this.texts.relabel(minutes.getId(), earlier, language);
		audit(view, viewer, meetingId, "LANGUAGE " + earlier + " > " + language, why);
	}

	/**
	 * The corrections of minutes the viewer may read, newest first, with the earlier
	 * wordings.
	 */
	public MinutesHistory history(String slug, AccountPrincipal viewer, long meetingId) {
		DialogueView view = this.access.readable(slug, viewer);
		Meeting meeting = requireMeeting(view, meetingId);
		Minutes minutes = this.minutes.findByMeetingId(meetingId)
			.filter((m) -> visible(m, view.context()))
			.orElseThrow(NotFoundException::new);
		Map<Long, Integer> numbers = new LinkedHashMap<>();
		for (MinuteItem item : this.items.findByMinutes(minutes.getId())) {
			numbers.put(item.getId(), numbers.size() + 1);
		}
		List<MinutesHistory.Entry> entries = new ArrayList<>();
		// A language correction led to the language the next newer one started from.
		String after = minutes.getOriginalLanguage();
		for (MinuteCorrection c : this.corrections.findByMinutes(minutes.getId())) {
			LocalDate on = LocalDate.ofInstant(c.getCorrectedAt(), view.zone());
			if (c.getItemId() == null) {
				entries.add(new MinutesHistory.Entry(null, on, c.getReason(), c.getEarlierLanguage(), null, after));
				after = c.getEarlierLanguage();
			}
			else {
				entries.add(new MinutesHistory.Entry(numbers.get(c.getItemId()), on, c.getReason(),
						c.getEarlierLanguage(), c.getEarlierHtml(), null));
			}
		}
		return new MinutesHistory(view, meeting, minutes, entries);
	}

	private void audit(DialogueView view, AccountPrincipal viewer, long meetingId, String what, String reason) {
		this.events.publishEvent(new AuditEvent(viewer.getId(), AuditAction.MINUTES_CORRECTED, view.dialogue().getId(),
				"MINUTES", meetingId, null, what, reason));
	}

	/** Swaps an item with its neighbour; at either end nothing moves. */
	@Transactional
	public void move(String slug, long meetingId, long itemId, MeetingAgenda.Direction direction,
			AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Minutes minutes = unpublished(view, meetingId);
		List<MinuteItem> all = this.items.findByMinutes(minutes.getId());
		int index = all.indexOf(item(minutes, itemId));
		int other = (direction == MeetingAgenda.Direction.UP) ? index - 1 : index + 1;
		if (other < 0 || other >= all.size()) {
			return;
		}
		int position = all.get(index).getPosition();
		all.get(index).setPosition(all.get(other).getPosition());
		all.get(other).setPosition(position);
	}

	@Transactional
	public void removeItem(String slug, long meetingId, long itemId, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Minutes minutes = unpublished(view, meetingId);
		this.items.delete(item(minutes, itemId));
	}

	/**
	 * Puts the minutes up for review until {@code endsOn} (today or later in the
	 * dialogue's time zone); again while in review to move the end date.
	 */
	@Transactional
	public void submitForReview(String slug, long meetingId, LocalDate endsOn, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Minutes minutes = unpublished(view, meetingId);
		if (endsOn == null || endsOn.isBefore(today(view))) {
			throw new MeetingRuleException("minutes.error.review-ends", "reviewEndsOn");
		}
		if (this.items.findByMinutes(minutes.getId()).isEmpty()) {
			throw new MeetingRuleException("minutes.error.empty", "reviewEndsOn");
		}
		minutes.submitForReview(endsOn);
	}

	/** Publishes minutes that were up for review; their comments close. */
	@Transactional
	public void publish(String slug, long meetingId, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Minutes minutes = existing(view, meetingId);
		if (minutes.getStatus() != MinutesStatus.IN_REVIEW) {
			throw new MeetingRuleException("minutes.error.not-in-review", "reviewEndsOn");
		}
		Meeting meeting = requireMeeting(view, meetingId);
		if (!meeting.hasStarted(this.clock.instant())) {
			throw new MeetingRuleException("minutes.error.not-started", null);
		}
		minutes.publish(this.clock.instant());
		this.events
			.publishEvent(new MinutesPublished(view.dialogue().getId(), meetingId, meeting.getTitle(), viewer.getId()));
	}

	private MinutesView view(DialogueView view, Meeting meeting, Minutes minutes, String version, Locale locale,
			boolean withThread, Long before) {
		List<MinuteItem> found = this.items.findByMinutes(minutes.getId());
		Map<Long, Map<String, MinuteText>> byItem = new LinkedHashMap<>();
		Set<String> languages = new LinkedHashSet<>();
		languages.add(minutes.getOriginalLanguage());
		for (MinuteText text : this.items.findTexts(minutes.getId())) {
			byItem.computeIfAbsent(text.getItemId(), (k) -> new LinkedHashMap<>()).put(text.getLanguage(), text);
			languages.add(text.getLanguage());
		}
		String wanted = SupportedLanguages.isSupported(version) ? version : locale.getLanguage();
		List<Long> challengeIds = found.stream().map(MinuteItem::getChallengeId).filter(Objects::nonNull).toList();
		// What the items led to, named in the reader's language where translated.
		String reader = locale.getLanguage();
		Map<Long, ChallengeRef> challenges = this.agenda.challengeRefs(view, challengeIds, reader);
		boolean anyParagraph = found.stream().anyMatch((i) -> i.getParagraphKey() != null);
		Map<String, ParagraphRef> paragraphs = anyParagraph ? this.agenda.paragraphsByKey(view, reader) : Map.of();
		// The latest correction of each item, and of the original language, beside them.
		Map<Long, MinuteCorrectionNote> corrected = new LinkedHashMap<>();
		MinuteCorrectionNote languageCorrected = null;
		if (minutes.getStatus() == MinutesStatus.PUBLISHED) {
			for (MinuteCorrection c : this.corrections.findByMinutes(minutes.getId())) {
				MinuteCorrectionNote note = new MinuteCorrectionNote(
						LocalDate.ofInstant(c.getCorrectedAt(), view.zone()), c.getReason());
				if (c.getItemId() == null) {
					languageCorrected = (languageCorrected != null) ? languageCorrected : note;
				}
				else {
					corrected.putIfAbsent(c.getItemId(), note);
				}
			}
		}
		List<MinuteEntry> entries = new ArrayList<>();
		for (MinuteItem item : found) {
			Map<String, MinuteText> itemTexts = byItem.getOrDefault(item.getId(), Map.of());
			MinuteText text = itemTexts.get(wanted);
			if (text == null) {
				text = itemTexts.get(minutes.getOriginalLanguage());
			}
			if (text == null) {
				continue;
			}
			ChallengeRef challenge = (item.getChallengeId() != null) ? challenges.get(item.getChallengeId()) : null;
			ParagraphRef paragraph = (item.getParagraphKey() != null) ? paragraphs.get(item.getParagraphKey()) : null;
			boolean gone = (item.getChallengeId() != null && challenge == null)
					|| (item.getParagraphKey() != null && paragraph == null);
			Map<String, String> sources = new LinkedHashMap<>();
			if (view.context().facilitates()) {
				itemTexts.forEach((language, t) -> sources.put(language, t.getSource()));
			}
			entries.add(new MinuteEntry(item.getId(), text.getHtml(), text.getLanguage(),
					!text.getLanguage().equals(wanted), challenge, paragraph, gone, List.copyOf(itemTexts.keySet()),
					sources, text.isOutOfDate(), corrected.get(item.getId()), outOfDateLanguages(itemTexts)));
		}
		// Minutes of a cancelled meeting are closed: read-only, no comments, never
		// published.
		boolean closed = meeting.isCancelled();
		boolean open = !closed && minutes.inReviewOn(today(view));
		var thread = (withThread && minutes.getStatus() != MinutesStatus.DRAFT) ? this.comments.thread(view,
				CommentTarget.of(TARGET_TYPE, minutes.getMeetingId()), open, before, List.of(), locale) : null;
		return new MinutesView(minutes, entries, wanted, List.copyOf(languages), open,
				view.context().facilitates() && !closed, closed, thread, languageCorrected,
				languageCorrected != null || !corrected.isEmpty());
	}

	private static List<String> outOfDateLanguages(Map<String, MinuteText> texts) {
		return texts.values().stream().filter(MinuteText::isOutOfDate).map(MinuteText::getLanguage).toList();
	}

	/** Whether the viewer may see minutes in their status (else 404). */
	static boolean visible(Minutes minutes, ViewerContext context) {
		return switch (minutes.getStatus()) {
			case DRAFT -> context.facilitates();
			case IN_REVIEW -> context.facilitates() || context.member();
			case PUBLISHED -> true;
		};
	}

	private LocalDate today(DialogueView view) {
		return LocalDate.ofInstant(this.clock.instant(), view.zone());
	}

	private Meeting requireMeeting(DialogueView view, long meetingId) {
		return this.meetings.findInDialogue(meetingId, view.dialogue().getId()).orElseThrow(NotFoundException::new);
	}

	/** Minutes that may still be written: never those of a cancelled meeting. */
	private Minutes existing(DialogueView view, long meetingId) {
		if (requireMeeting(view, meetingId).isCancelled()) {
			throw new MeetingRuleException("minutes.error.closed", "text");
		}
		return this.minutes.findByMeetingId(meetingId).orElseThrow(NotFoundException::new);
	}

	private Minutes unpublished(DialogueView view, long meetingId) {
		Minutes minutes = existing(view, meetingId);
		if (minutes.getStatus() == MinutesStatus.PUBLISHED) {
			throw new MeetingRuleException("minutes.error.published", "text");
		}
		return minutes;
	}

	private Minutes published(DialogueView view, long meetingId) {
		Minutes minutes = existing(view, meetingId);
		if (minutes.getStatus() != MinutesStatus.PUBLISHED) {
			throw new MeetingRuleException("minutes.error.not-published", "text");
		}
		return minutes;
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new MeetingRuleException("minutes.error.reason", "reason");
		}
		return reason.strip();
	}

	private MinuteItem item(Minutes minutes, long itemId) {
		return this.items.findById(itemId)
			.filter((i) -> i.getMinutesId() == minutes.getId())
			.orElseThrow(NotFoundException::new);
	}

	private static String requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new MeetingRuleException("minutes.error.text", "text");
		}
		return text.strip();
	}

}
