package org.commonground.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeRef;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeTranslations;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;
import org.commonground.vision.ParagraphRef;
import org.commonground.vision.VisionService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of a meeting: its facilitators add, reorder and remove items; an item's link
 * to a challenge or a vision paragraph is checked through the owning module's service.
 */
@Service
@Transactional(readOnly = true)
public class MeetingAgenda {

	/** Up or down the agenda. */
	public enum Direction {

		UP, DOWN

	}

	private final AgendaItemRepository items;

	private final MeetingRepository meetings;

	private final DialogueAccess access;

	private final ChallengeService challenges;

	private final VisionService visions;

	private final ChallengeTranslations challengeTranslations;

	MeetingAgenda(AgendaItemRepository items, MeetingRepository meetings, DialogueAccess access,
			ChallengeService challenges, VisionService visions, ChallengeTranslations challengeTranslations) {
		this.items = items;
		this.meetings = meetings;
		this.access = access;
		this.challenges = challenges;
		this.visions = visions;
		this.challengeTranslations = challengeTranslations;
	}

	/**
	 * The agenda of a meeting the caller may read, with its links resolved: three
	 * statements at most. Challenges and paragraphs are named in {@code language} where
	 * translated into it.
	 */
	List<AgendaEntry> entries(DialogueView view, long meetingId, String language) {
		List<AgendaItem> found = this.items.findByMeeting(meetingId);
		List<Long> challengeIds = found.stream().map(AgendaItem::getChallengeId).filter(Objects::nonNull).toList();
		Map<Long, ChallengeRef> challenges = challengeRefs(view, challengeIds, language);
		boolean anyParagraph = found.stream().anyMatch((i) -> i.getParagraphKey() != null);
		Map<String, ParagraphRef> paragraphs = anyParagraph ? paragraphsByKey(view, language) : Map.of();
		List<AgendaEntry> entries = new ArrayList<>();
		for (AgendaItem item : found) {
			ChallengeRef challenge = (item.getChallengeId() != null) ? challenges.get(item.getChallengeId()) : null;
			ParagraphRef paragraph = (item.getParagraphKey() != null) ? paragraphs.get(item.getParagraphKey()) : null;
			boolean gone = (item.getChallengeId() != null && challenge == null)
					|| (item.getParagraphKey() != null && paragraph == null);
			entries.add(new AgendaEntry(item.getId(), item.getTitle(), challenge, paragraph, gone));
		}
		return entries;
	}

	/** What a new item may be about: the dialogue's challenges and newest paragraphs. */
	AgendaChoices choices(DialogueView view) {
		return new AgendaChoices(this.challenges.linkable(view), this.visions.newestParagraphs(view));
	}

	/** Adds an item at the end; a cancelled meeting's agenda no longer changes. */
	@Transactional
	public AgendaItem add(String slug, long meetingId, AgendaItemDetails details, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		requireMeeting(view, meetingId);
		requireLink(view, details.challengeId(), details.paragraphKey());
		List<AgendaItem> existing = this.items.findByMeeting(meetingId);
		int position = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).getPosition() + 1;
		return this.items.save(new AgendaItem(meetingId, position, details.title().strip(), details.challengeId(),
				details.paragraphKey()));
	}

	/** Swaps the item with its neighbour; at either end nothing moves. */
	@Transactional
	public void move(String slug, long meetingId, long itemId, Direction direction, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		requireMeeting(view, meetingId);
		List<AgendaItem> agenda = this.items.findByMeeting(meetingId);
		int index = indexOf(agenda, itemId);
		int other = (direction == Direction.UP) ? index - 1 : index + 1;
		if (other < 0 || other >= agenda.size()) {
			return;
		}
		AgendaItem a = agenda.get(index);
		AgendaItem b = agenda.get(other);
		int position = a.getPosition();
		a.setPosition(b.getPosition());
		b.setPosition(position);
	}

	@Transactional
	public void remove(String slug, long meetingId, long itemId, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		requireMeeting(view, meetingId);
		List<AgendaItem> agenda = this.items.findByMeeting(meetingId);
		this.items.delete(agenda.get(indexOf(agenda, itemId)));
	}

	/** The meeting whose agenda changes: not a cancelled one. */
	private void requireMeeting(DialogueView view, long meetingId) {
		Meeting meeting = this.meetings.findInDialogue(meetingId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		if (meeting.isCancelled()) {
			throw new MeetingRuleException("agenda.error.cancelled", "title");
		}
	}

	/**
	 * Checks what an agenda or minute item leads to: at most one link, to a challenge
	 * everyone may see or a paragraph of the newest vision version.
	 */
	void requireLink(DialogueView view, Long challengeId, String paragraphKey) {
		if (challengeId != null && paragraphKey != null) {
			throw new MeetingRuleException("agenda.error.one-link", "challengeId");
		}
		if (challengeId != null && this.challenges.refs(view, List.of(challengeId)).get(challengeId) == null) {
			throw new MeetingRuleException("agenda.error.challenge", "challengeId");
		}
		if (paragraphKey != null && !paragraphsByKey(view).containsKey(paragraphKey)) {
			throw new MeetingRuleException("agenda.error.paragraph", "paragraphKey");
		}
	}

	Map<String, ParagraphRef> paragraphsByKey(DialogueView view) {
		return this.visions.newestParagraphs(view)
			.stream()
			.collect(Collectors.toMap(ParagraphRef::key, Function.identity(), (a, b) -> a));
	}

	/**
	 * The challenges with these ids that the viewer may see, by id, titled in
	 * {@code language} where translated.
	 */
	Map<Long, ChallengeRef> challengeRefs(DialogueView view, List<Long> ids, String language) {
		return ids.isEmpty() ? Map.of() : this.challengeTranslations.refs(view, ids, language);
	}

	/**
	 * The newest version's paragraphs by key, read in {@code language} where translated.
	 */
	Map<String, ParagraphRef> paragraphsByKey(DialogueView view, String language) {
		return this.visions.newestParagraphs(view, language)
			.stream()
			.collect(Collectors.toMap(ParagraphRef::key, Function.identity(), (a, b) -> a));
	}

	private static int indexOf(List<AgendaItem> agenda, long itemId) {
		for (int i = 0; i < agenda.size(); i++) {
			if (agenda.get(i).getId() == itemId) {
				return i;
			}
		}
		throw new NotFoundException();
	}

}
