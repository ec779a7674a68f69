package org.commonground.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.challenge.ChallengeContributions;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeText;
import org.commonground.comment.CommentPosting;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.NewComment;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.RecordedVoice;
import org.commonground.shared.web.NotFoundException;
import org.commonground.resource.FacilitatorPhotos;
import org.commonground.resource.ResourceService;
import org.commonground.vision.ParagraphRef;
import org.commonground.vision.RecordedStances;
import org.commonground.vision.StanceCounts;
import org.commonground.vision.VisionService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributions that facilitators record on behalf of people in a room or on the phone
 * (issue 16, ADR 0015). Each meeting speaks through one account per stakeholder group
 * that cannot log in; its challenges and comments are posted through the challenge and
 * comment modules, so that they count for that group wherever ordinary ones do, marked as
 * recorded with the number of people they speak for. A second facilitator checks each
 * record; until then it shows "recorded, awaiting check". Only the dialogue's
 * facilitators (and admins) record and check; everyone who may read the dialogue sees the
 * records.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopRecording {

	/** Most records a meeting's page lists. */
	static final int PAGE_SIZE = 200;

	/** Most people one record may speak for. */
	public static final int MAX_PEOPLE = 10000;

	private final DialogueAccess access;

	private final MeetingRepository meetings;

	private final RecordedContributionStore store;

	private final AccountService accounts;

	private final StakeholderGroupService groups;

	private final ChallengeContributions challenges;

	private final CommentPosting comments;

	private final ChallengeService challengeList;

	private final VisionService visions;

	private final RecordedStances stances;

	private final FacilitatorPhotos photos;

	private final Clock clock;

	WorkshopRecording(DialogueAccess access, MeetingRepository meetings, RecordedContributionStore store,
			AccountService accounts, StakeholderGroupService groups, ChallengeContributions challenges,
			CommentPosting comments, ChallengeService challengeList, VisionService visions, RecordedStances stances,
			FacilitatorPhotos photos, Clock clock) {
		this.photos = photos;
		this.visions = visions;
		this.stances = stances;
		this.challengeList = challengeList;
		this.access = access;
		this.meetings = meetings;
		this.store = store;
		this.accounts = accounts;
		this.groups = groups;
		this.challenges = challenges;
		this.comments = comments;
		this.clock = clock;
	}

	/**
	 * Records a contribution at a meeting of the dialogue.
	 * @return the record's id (the same one when the same form token is posted again)
	 * @throws NotFoundException unless the viewer facilitates the dialogue and the
	 * meeting is in it
	 * @throws MeetingRuleException {@code recorded.error.dialogue-closed} (about no
	 * field) unless the dialogue is open, {@code recorded.cancelled} (about no field) at
	 * a cancelled meeting; for an unknown group or a number of people out of range,
	 * naming the field
	 * @throws org.commonground.challenge.ChallengeRuleException for a challenge's bad
	 * title or text
	 * @throws org.commonground.comment.CommentRuleException for an empty comment or a
	 * closed challenge
	 */
	@Transactional
	public long record(String slug, long meetingId, RecordedInput input, AccountPrincipal facilitator) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		Meeting meeting = this.meetings.findInDialogue(meetingId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		return record(slug, view, meeting, input, facilitator, null, null);
	}

	long record(String slug, DialogueView view, Meeting meeting, RecordedInput input, AccountPrincipal facilitator,
			Long importId, Integer importRow) {
		// Nothing new in a dialogue that is not open, as online
		// (challenge.error.dialogue-closed).
		ClosedDialogue.requireOpen(view);
		if (meeting.isCancelled()) {
			// Nobody spoke at a meeting that did not take place.
			throw new MeetingRuleException("recorded.cancelled", null);
		}
		StakeholderGroup group = group(input.stakeholderGroup());
		if (input.people() < 1 || input.people() > MAX_PEOPLE) {
			throw new MeetingRuleException("recorded.error.people", "peopleCount");
		}
		if (input.kind() == null) {
			throw new MeetingRuleException("recorded.error.kind", "type");
		}
		if (input.channel() == null) {
			throw new MeetingRuleException("recorded.error.channel", "channel");
		}
		if (input.kind() == RecordedKind.STANCES) {
			return recordStances(slug, view, meeting, group, input, facilitator);
		}
		long voice = voice(meeting, group);
		RecordedVoice recorded = new RecordedVoice(input.people(), day(meeting), false);
		Instant now = this.clock.instant();
		long dialogueId = view.dialogue().getId();
		if (input.kind() == RecordedKind.CHALLENGE) {
			long challengeId = this.challenges.record(slug, facilitator, voice, group.getId(),
					new ChallengeText(input.title(), input.body(), List.of(), input.formToken(), input.language()),
					recorded);
			// The same form posted again gives the same challenge, already recorded.
			return once(this.store.findId(meeting.getId(), RecordedKind.CHALLENGE, challengeId),
					() -> this.store.insert(dialogueId, meeting.getId(), RecordedKind.CHALLENGE, challengeId, null,
							group.getId(), input, facilitator.getId(), now, importId, importRow),
					view, meeting.getId(), input);
		}
		if (input.kind() == RecordedKind.VISION) {
			ParagraphRef paragraph = newestParagraph(view, input.paragraphKey());
			long commentId = this.comments.record(slug, facilitator, voice, group.getId(),
					this.visions.commentTarget(slug, facilitator, paragraph.number(), paragraph.key()),
					new NewComment(input.body(), null, input.formToken(), input.language()), recorded);
			return once(this.store.findId(meeting.getId(), RecordedKind.VISION, commentId),
					() -> this.store.insert(dialogueId, meeting.getId(), RecordedKind.VISION, null, commentId,
							paragraph, group.getId(), input, facilitator.getId(), now, importId, importRow),
					view, meeting.getId(), input);
		}
		if (input.challengeId() == null) {
			throw new MeetingRuleException("recorded.error.challenge", "challengeId");
		}
		long commentId = this.comments.record(slug, facilitator, voice, group.getId(),
				CommentTarget.of(ChallengeService.TARGET_TYPE, input.challengeId()),
				new NewComment(input.body(), null, input.formToken(), input.language()), recorded);
		return once(this.store.findId(meeting.getId(), RecordedKind.COMMENT, commentId),
				() -> this.store.insert(dialogueId, meeting.getId(), RecordedKind.COMMENT, input.challengeId(),
						commentId, group.getId(), input, facilitator.getId(), now, importId, importRow),
				view, meeting.getId(), input);
	}

	/**
	 * The record kept before for the same form, or a new one with its photo: a form
	 * posted twice keeps one record and one photo.
	 */
	private long once(Optional<Long> before, LongSupplier insert, DialogueView view, long meetingId,
			RecordedInput input) {
		if (before.isPresent()) {
			return before.get();
		}
		long id = insert.getAsLong();
		RecordedInput.Photo photo = input.photo();
		if (photo != null && photo.isNew()) {
			this.store.attachPhoto(id, this.photos.keep(view, photo.name(), photo.content()));
		}
		else if (photo != null && photo.keptId() != null) {
			// The previous card's photo: a record of the same meeting.
			long fileId = this.store.findPhoto(meetingId, photo.keptId())
				.filter((file) -> this.photos.exists(view, file))
				.orElseThrow(() -> new MeetingRuleException("recorded.error.photo", "photo"));
			this.store.attachPhoto(id, fileId);
		}
		return id;
	}

	private ParagraphRef newestParagraph(DialogueView view, String key) {
		if (key == null || key.isBlank()) {
			throw new MeetingRuleException("recorded.error.paragraph", "paragraphKey");
		}
		return paragraphs(view).stream()
			.filter((p) -> p.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new MeetingRuleException("recorded.error.paragraph", "paragraphKey"));
	}

	/**
	 * The photo kept with a record, for a facilitator of the dialogue.
	 * @throws NotFoundException for anyone else, or if the record has no photo
	 */
	public ResourceService.FileDownload photo(String slug, long meetingId, long recordId, Integer width,
			AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		this.meetings.findInDialogue(meetingId, view.dialogue().getId()).orElseThrow(NotFoundException::new);
		long fileId = this.store.findPhoto(meetingId, recordId).orElseThrow(NotFoundException::new);
		return this.photos.read(view, fileId, width);
	}

	/**
	 * Refuses a photo larger than {@code app.files.max-size} before anything reads it.
	 * @throws org.commonground.resource.ResourceRuleException
	 * {@code resource.error.too-large}
	 */
	public void requireAllowedPhotoSize(long size) {
		this.photos.requireAllowedSize(size);
	}

	private long recordStances(String slug, DialogueView view, Meeting meeting, StakeholderGroup group,
			RecordedInput input, AccountPrincipal facilitator) {
		RecordedInput.Hands hands = input.hands();
		if (hands == null || hands.paragraphKey() == null || hands.paragraphKey().isBlank()) {
			throw new MeetingRuleException("recorded.error.paragraph", "paragraphKey");
		}
		if (hands.agree() < 0 || hands.canLiveWith() < 0 || hands.disagree() < 0 || hands.total() < 1
				|| hands.total() > MAX_PEOPLE) {
			throw new MeetingRuleException("recorded.error.hands", "agreeCount");
		}
		ParagraphRef paragraph = newestParagraph(view, hands.paragraphKey());
		long stanceId = this.stances.record(slug, facilitator, hands.paragraphKey(), group.getId(),
				new StanceCounts(hands.agree(), hands.canLiveWith(), hands.disagree()), input.weighted(), day(meeting),
				(input.formToken() != null) ? input.formToken()
						: java.util.UUID.randomUUID().toString().substring(0, 30));
		return once(this.store.findStances(meeting.getId(), stanceId),
				() -> this.store.insertStances(view.dialogue().getId(), meeting.getId(), group.getId(), input,
						paragraph.number(), stanceId, paragraph.excerpt(), facilitator.getId(), this.clock.instant()),
				view, meeting.getId(), input);
	}

	/**
	 * Keeps the provenance of a text message that a facilitator accepted from the SMS
	 * inbox as challenge {@code challengeId}: channel SMS, on behalf of its one sender
	 * and their group ({@code groupId}), at no meeting, on the day it was received. The
	 * words are the sender's own, typed up by nobody, so the record needs no second
	 * check.
	 * @throws NotFoundException unless the viewer facilitates the dialogue
	 */
	@Transactional
	public void recordTextMessage(String slug, AccountPrincipal facilitator, long challengeId, long groupId,
			String title, String body, Instant receivedAt) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		Instant now = this.clock.instant();
		this.challenges.checkRecord(slug, facilitator, challengeId,
				new RecordedVoice(1, LocalDate.ofInstant(receivedAt, this.clock.getZone()), true));
		long recordId = this.store.insert(view.dialogue().getId(), null, RecordedKind.CHALLENGE, challengeId, null,
				groupId, new RecordedInput(RecordedKind.CHALLENGE, null, 1, false, RecordedChannel.SMS, title, body,
						null, null, null),
				facilitator.getId(), now, null, null);
		this.store.check(recordId, facilitator.getId(), now);
	}

	/**
	 * A second facilitator checks a record: it no longer shows "awaiting check".
	 * @throws MeetingRuleException if the viewer captured it (someone else must check)
	 */
	@Transactional
	public void check(String slug, long meetingId, long recordId, AccountPrincipal facilitator) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		Meeting meeting = this.meetings.findInDialogue(meetingId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		Map<String, Object> row = this.store.find(meeting.getId(), recordId).orElseThrow(NotFoundException::new);
		if (row.get("verified_at") != null) {
			return;
		}
		Object capturedBy = row.get("captured_by");
		if (capturedBy != null && ((Number) capturedBy).longValue() == facilitator.getId()) {
			throw new MeetingRuleException("recorded.error.own", "record");
		}
		RecordedVoice checked = new RecordedVoice(((Number) row.get("people")).intValue(), day(meeting), true);
		RecordedKind kind = RecordedKind.valueOf((String) row.get("kind"));
		// A show of hands (STANCES) has no check mark in the vision module: only here.
		if (kind == RecordedKind.CHALLENGE) {
			this.challenges.checkRecord(slug, facilitator, ((Number) row.get("challenge_id")).longValue(), checked);
		}
		else if (kind == RecordedKind.COMMENT || kind == RecordedKind.VISION) {
			this.comments.checkRecord(slug, facilitator, ((Number) row.get("comment_id")).longValue(), checked);
		}
		this.store.check(recordId, facilitator.getId(), this.clock.instant());
	}

	/** The recording page of a meeting, for a facilitator of its dialogue. */
	public RecordingPage page(String slug, long meetingId, AccountPrincipal facilitator, Locale locale) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		Meeting meeting = this.meetings.findInDialogue(meetingId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		long[] counts = this.store.count(meeting.getId());
		return new RecordingPage(view, meeting,
				this.groups.byId()
					.values()
					.stream()
					.filter(StakeholderGroup::isActive)
					.sorted(java.util.Comparator.comparingInt(StakeholderGroup::getSortOrder))
					.toList(),
				this.challengeList.linkable(view), paragraphs(view), entries(view, meetingId, locale), counts[0],
				counts[1]);
	}

	/**
	 * What a comment recorded on each of these paragraphs (of the newest vision version)
	 * is on, by paragraph key: the vision is looked up once.
	 */
	Map<String, CommentTarget> visionTargets(String slug, AccountPrincipal facilitator, List<ParagraphRef> paragraphs) {
		Map<String, CommentTarget> targets = new HashMap<>();
		if (!paragraphs.isEmpty()) {
			ParagraphRef first = paragraphs.get(0);
			CommentTarget vision = this.visions.commentTarget(slug, facilitator, first.number(), first.key());
			paragraphs.forEach(
					(p) -> targets.put(p.key(), new CommentTarget(vision.type(), vision.id(), p.key(), p.number())));
		}
		return targets;
	}

	/**
	 * The newest vision version's paragraphs that a record can be about: not its
	 * headings, which take no comments or stances.
	 */
	List<ParagraphRef> paragraphs(DialogueView view) {
		return this.visions.newestParagraphs(view).stream().filter((p) -> !p.heading()).toList();
	}

	/**
	 * The records of a meeting the caller may read, newest first: one statement, and one
	 * more for the titles of the challenges recorded comments are on (those everyone may
	 * see; a comment on another is named as before, without its challenge).
	 */
	List<RecordedEntry> entries(DialogueView view, long meetingId, Locale locale) {
		List<Object[]> rows = this.store.findByMeeting(meetingId, PAGE_SIZE);
		List<Long> commented = rows.stream()
			.filter((r) -> RecordedKind.COMMENT.name().equals(r[1]) && r[2] != null)
			.map((r) -> (Long) r[2])
			.distinct()
			.toList();
		Map<Long, String> titles = new HashMap<>();
		if (!commented.isEmpty()) {
			this.challengeList.mentions(view, commented, "", commented.size())
				.forEach((m) -> titles.put(m.id(), m.title()));
		}
		List<RecordedEntry> entries = new ArrayList<>();
		for (Object[] r : rows) {
			String title = RecordedKind.COMMENT.name().equals(r[1]) ? titles.get((Long) r[2]) : (String) r[4];
			entries.add(new RecordedEntry((Long) r[0], RecordedKind.valueOf((String) r[1]), (Long) r[2], (Long) r[3],
					title, (String) r[5], this.groups.labelOf((Long) r[6], locale), (Integer) r[7], (Boolean) r[8],
					RecordedChannel.valueOf((String) r[9]), (String) r[10], (Long) r[11], (Instant) r[12],
					(String) r[13], (Instant) r[14], (Integer) r[15], (String) r[16], (Integer) r[17], (Integer) r[18],
					(Integer) r[19], (Long) r[20]));
		}
		return entries;
	}

	StakeholderGroup group(String code) {
		return (code == null) ? null : this.groups.findActive(code)
			.orElseThrow(() -> new MeetingRuleException("recorded.error.group", "stakeholderGroup"));
	}

	/** The day of the meeting, in its own time zone. */
	private static LocalDate day(Meeting meeting) {
		return meeting.getStartsAt().toLocalDate();
	}

	/**
	 * The account through which a meeting speaks for a group: named after the meeting, in
	 * the group, its place as region; made the first time the group is recorded there.
	 */
	long voice(Meeting meeting, StakeholderGroup group) {
		if (group == null) {
			throw new MeetingRuleException("recorded.error.group", "stakeholderGroup");
		}
		return this.store.voice(meeting.getId(), group.getId()).orElseGet(() -> {
			this.store.lockMeeting(meeting.getId());
			return this.store.voice(meeting.getId(), group.getId()).orElseGet(() -> {
				String name = meeting.getTitle();
				name = (name.length() > 80) ? name.substring(0, 79) + "…" : name;
				String language = meeting.getLanguages().isEmpty() ? null : meeting.getLanguages().get(0);
				long id = this.accounts.createOffline(name, group.getCode(), truncate(meeting.getPlace(), 80), language)
					.getId();
				this.store.addVoice(meeting.getId(), group.getId(), id);
				return id;
			});
		});
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
