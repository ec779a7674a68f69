package org.commonground.vision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.comment.AnchoredThreads;
import org.commonground.comment.CommentNode;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentThread;
import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueEvidence;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceLink;
import org.commonground.dialogue.EvidenceTarget;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared vision of a dialogue. Every public method finds the dialogue through
 * {@link DialogueAccess} for the viewer: anyone who may read the dialogue reads its
 * versions, members set stances and comment on the newest version while the dialogue is
 * open, and only its facilitators edit the working text, publish versions and answer
 * comments.
 */
@Service
@Transactional(readOnly = true)
public class VisionService {

	/** How long after publishing the same publication sent again is taken as a repeat. */
	private static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

	/** The comment target type of visions; the target id is the draft's id. */
	public static final String TARGET_TYPE = "VISION";

	/** Newest comments shown under each paragraph of a version page. */
	static final int COMMENTS_PER_PARAGRAPH = 3;

	private final VisionRepository visions;

	private final DialogueAccess access;

	private final CommentThreads comments;

	private final StakeholderGroupService groups;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	@PersistenceContext
	private EntityManager entityManager;

	private final AccountService accounts;

	private final DialogueEvidence evidence;

	private final ParagraphTranslationStore translations;

	VisionService(VisionRepository visions, DialogueAccess access, CommentThreads comments,
			StakeholderGroupService groups, AccountService accounts, MarkdownRenderer markdown, Clock clock,
			ApplicationEventPublisher events, DialogueEvidence evidence, ParagraphTranslationStore translations) {
		this.translations = translations;
		this.events = events;
		this.evidence = evidence;
		this.visions = visions;
		this.accounts = accounts;
		this.access = access;
		this.comments = comments;
		this.groups = groups;
		this.markdown = markdown;
		this.clock = clock;
	}

	/**
	 * A version with everything around it (number 0: the newest). Eight statements at
	 * most, whatever the number of paragraphs, comments, stances and evidence links (the
	 * evidence of all its paragraphs is asked for at once).
	 */
	public VisionPage version(String slug, AccountPrincipal viewer, int number, Locale locale) {
		return version(slug, viewer, number, locale, null);
	}

	/**
	 * A version read in a language (issue 15): each paragraph's translation into
	 * {@code text} (or, when {@code null}, into the reader's language) where there is
	 * one, the original otherwise. The translations come with the paragraphs, in the same
	 * statement.
	 */
	public VisionPage version(String slug, AccountPrincipal viewer, int number, Locale locale, String text) {
		DialogueView view = this.access.readable(slug, viewer);
		String wanted = (text != null) ? text : locale.getLanguage();
		long dialogueId = view.dialogue().getId();
		DraftVersion version = this.visions.findVersion(dialogueId, number).orElse(null);
		if (version == null) {
			if (number > 0) {
				throw new NotFoundException();
			}
			return new VisionPage(view, 0, null, List.of(), List.of(), new AnchoredThreads(Map.of(), Map.of(), false),
					Map.of(), true, false, Map.of(), TextLanguages.original(view.dialogue()));
		}
		List<VisionPage.VersionInfo> versions = new ArrayList<>();
		Map<String, StanceCounts> stances = new HashMap<>();
		Map<String, StanceCounts> room = new HashMap<>();
		Map<String, Stance> mine = new HashMap<>();
		Map<Long, Object[]> answerRows = new HashMap<>();
		Map<Long, Object[]> reasonRows = new HashMap<>();
		Long viewerId = view.context().viewerId();
		for (Object[] row : this.visions.findAnnotations(dialogueId, version.getId(), version.getDraftId(),
				(viewerId != null) ? viewerId : -1L, wanted)) {
			String kind = (String) row[0];
			switch (kind) {
				case "version" -> versions.add(new VisionPage.VersionInfo(Integer.parseInt((String) row[1]),
						(String) row[2], Instant.ofEpochMilli(((Number) row[4]).longValue())));
				case "stance" -> stances.merge((String) row[1],
						StanceCounts.NONE.plus(Stance.valueOf((String) row[2]), ((Number) row[4]).longValue()),
						StanceCounts::sum);
				case "room" -> {
					// A show of hands in a room counts as the common-ground view counts
					// it.
					String[] people = ((String) row[3]).split(",");
					StanceCounts shown = new StanceCounts(Long.parseLong(people[0]), Long.parseLong(people[1]),
							Long.parseLong(people[2]));
					room.merge((String) row[1], shown, StanceCounts::sum);
					stances.merge((String) row[1], shown.counted(Boolean.parseBoolean((String) row[2])),
							StanceCounts::sum);
				}
				case "mine" -> mine.put((String) row[1], Stance.valueOf((String) row[2]));
				case "reason" -> reasonRows.put(Long.parseLong((String) row[1]), row);
				default -> answerRows.put(Long.parseLong((String) row[1]), row);
			}
		}
		String original = view.dialogue().getOriginalLanguage();
		Map<Long, CommentAnswer> answers = new HashMap<>();
		answerRows.forEach((id, row) -> {
			Object[] translation = reasonRows.get(id);
			answers.put(id,
					new CommentAnswer(id, Disposition.valueOf((String) row[2]), (String) row[3],
							(row[4] != null) ? ((Number) row[4]).intValue() : null, original,
							(translation != null) ? (String) translation[2] : null,
							(translation != null) ? (String) translation[3] : null));
		});
		versions.sort(java.util.Comparator.comparingInt(VisionPage.VersionInfo::number));
		boolean latest = versions.get(versions.size() - 1).number() == version.getNumber();
		List<String> anchors = new ArrayList<>();
		List<VisionPage.ParagraphView> paragraphs = new ArrayList<>();
		for (Paragraph p : version.getParagraphs()) {
			anchors.add(p.getKey());
			paragraphs.add(new VisionPage.ParagraphView(p, stances.getOrDefault(p.getKey(), StanceCounts.NONE),
					room.getOrDefault(p.getKey(), StanceCounts.NONE), mine.get(p.getKey())));
		}
		Map<String, List<EvidenceLink>> evidence = this.evidence.of(view, EvidenceTarget.VISION_PARAGRAPH, anchors);
		anchors.add("");
		AnchoredThreads threads = this.comments.threads(view, TARGET_TYPE, version.getDraftId(), anchors,
				version.getNumber(), COMMENTS_PER_PARAGRAPH, latest, locale);
		boolean canTakePart = latest && view.context().canContribute(view.dialogue());
		return new VisionPage(view, version.getDraftId(), version, versions, paragraphs, threads, answers, latest,
				canTakePart, evidence, TextLanguages.of(view.dialogue(), wanted, version.getParagraphs()));
	}

	/**
	 * All comments on one paragraph, on every version, page by page (newest first); with
	 * an empty key, the comments on the version as a whole.
	 */
	public ParagraphPage paragraph(String slug, AccountPrincipal viewer, int number, String key, Long before,
			Locale locale) {
		return paragraph(slug, viewer, number, key, before, locale, null);
	}

	/**
	 * All comments on one paragraph, the paragraph read in {@code text} (or, when
	 * {@code null}, in the reader's language) where it has a translation into it, else in
	 * the original. Its translations come with it, in the same statement.
	 */
	public ParagraphPage paragraph(String slug, AccountPrincipal viewer, int number, String key, Long before,
			Locale locale, String text) {
		DialogueView view = this.access.readable(slug, viewer);
		List<Object[]> found = this.visions.findVersionAndLatest(view.dialogue().getId(), number);
		if (found.isEmpty()) {
			throw new NotFoundException();
		}
		DraftVersion version = (DraftVersion) found.get(0)[0];
		Integer latest = (Integer) found.get(0)[1];
		// An empty key: the comments on the version as a whole.
		Paragraph paragraph = key.isEmpty() ? null
				: version.getParagraphs()
					.stream()
					.filter((p) -> p.getKey().equals(key))
					.findFirst()
					.orElseThrow(NotFoundException::new);
		boolean isLatest = Objects.equals(latest, version.getNumber());
		CommentThread thread = this.comments.thread(view,
				new CommentTarget(TARGET_TYPE, version.getDraftId(), key, version.getNumber()), isLatest, before,
				List.of(), locale);
		List<EvidenceLink> evidence = (paragraph != null)
				? this.evidence.of(view, EvidenceTarget.VISION_PARAGRAPH, paragraph.getKey()) : List.of();
		TextLanguages texts = (paragraph != null)
				? TextLanguages.of(view.dialogue(), (text != null) ? text : locale.getLanguage(), List.of(paragraph))
				: TextLanguages.original(view.dialogue());
		return new ParagraphPage(view, version, paragraph, thread, answers(view, version.getDraftId(), locale),
				isLatest, (latest != null) ? latest : 0, evidence, texts);
	}

	/** The working text, for the dialogue's facilitators. */
	public WorkingText working(String slug, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		VisionDraft draft = this.visions.findByDialogue(view.dialogue().getId()).orElse(null);
		Integer latest = (draft != null) ? this.visions.findLatestNumber(draft.getId()) : null;
		return new WorkingText(view, (draft != null) ? draft.getWorkingText() : "",
				(draft != null) ? draft.getVersion() : -1, (latest != null) ? latest : 0);
	}

	/**
	 * Saves the working text.
	 * @param expectedVersion the draft version the facilitator started from ({@code -1}
	 * before anything was saved), or {@code null} to save whatever was saved meanwhile
	 * @throws OptimisticLockingFailureException if another facilitator saved meanwhile
	 */
	@Transactional
	public void saveWorkingText(String slug, AccountPrincipal viewer, String text, Long expectedVersion) {
		DialogueView view = this.access.facilitated(slug, viewer);
		VisionDraft draft = lockedDraft(view);
		if (expectedVersion != null) {
			requireUnchanged(draft, expectedVersion);
		}
		draft.edit(requireText(text), viewer.getId(), this.clock.instant());
	}

	/**
	 * Publishes the text as the next version, giving its paragraphs keys matched with the
	 * previous version's ({@link ParagraphMatcher}), and makes it the working text.
	 * @param expectedVersion the draft version the facilitator started from, or
	 * {@code null} to publish whatever was saved meanwhile
	 * @return the new version's number
	 */
	@Transactional
	public int publish(String slug, AccountPrincipal viewer, String text, String changeSummary, Long expectedVersion) {
		DialogueView view = this.access.facilitated(slug, viewer);
		String source = requireText(text);
		if (changeSummary == null || changeSummary.isBlank() || changeSummary.strip().length() > 500) {
			throw new VisionRuleException("vision.error.summary");
		}
		VisionDraft draft = lockedDraft(view);
		Integer latest = this.visions.findLatestNumber(draft.getId());
		if (expectedVersion != null) {
			try {
				requireUnchanged(draft, expectedVersion);
			}
			catch (OptimisticLockingFailureException ex) {
				if (latest != null && isRepeat(draft, latest, source, changeSummary.strip(), viewer)) {
					return latest;
				}
				throw ex;
			}
		}
		List<ParagraphMatcher.Previous> previous = new ArrayList<>();
		Long previousVersionId = null;
		if (latest != null) {
			DraftVersion before = this.visions.findByDraftAndNumber(draft.getId(), latest).orElseThrow();
			previousVersionId = before.getId();
			before.getParagraphs()
				.forEach((p) -> previous.add(new ParagraphMatcher.Previous(p.getKey(), p.getSource())));
		}
		int number = (latest != null) ? latest + 1 : 1;
		DraftVersion version = new DraftVersion(draft, number, changeSummary.strip(), viewer.getId(),
				this.clock.instant());
		List<ParagraphMatcher.Matched> matched = ParagraphMatcher.match(previous, ParagraphMatcher.split(source),
				draft::newKey);
		for (int i = 0; i < matched.size(); i++) {
			ParagraphMatcher.Matched m = matched.get(i);
			version.add(new Paragraph(version, i + 1, m.key(), m.text(), this.markdown.toHtml(m.text()), m.change()));
		}
		this.entityManager.persist(version);
		if (previousVersionId != null) {
			// Unchanged paragraphs keep their translations (issue 15).
			this.entityManager.flush();
			this.translations.carryForward(previousVersionId, version.getId());
		}
		draft.edit(source, viewer.getId(), this.clock.instant());
		this.events
			.publishEvent(new VersionPublished(view.dialogue().getId(), number, changeSummary.strip(), viewer.getId()));
		return number;
	}

	/** Sets the member's stance on a paragraph of the newest version; one per member. */
	@Transactional
	public void setStance(String slug, AccountPrincipal viewer, int number, String key, Stance stance) {
		DialogueView view = this.access.readable(slug, viewer);
		DraftVersion version = this.visions.findVersion(view.dialogue().getId(), number)
			.orElseThrow(NotFoundException::new);
		if (version.getParagraphs().stream().noneMatch((p) -> p.getKey().equals(key) && !p.isHeading())
				|| stance == null) {
			throw new NotFoundException();
		}
		requireLatestAndContributor(view, version);
		// The group the member speaks for now, passed in: the stance table keeps it.
		long groupId = this.accounts.get(viewer.getId()).getStakeholderGroup().getId();
		this.visions.upsertStance(version.getId(), key, viewer.getId(), groupId, stance.name(), this.clock.instant());
	}

	/** The target a comment on version {@code number} (and a paragraph) would have. */
	public CommentTarget commentTarget(String slug, AccountPrincipal viewer, int number, String paragraphKey) {
		DialogueView view = this.access.readable(slug, viewer);
		VisionDraft draft = this.visions.findByDialogue(view.dialogue().getId()).orElseThrow(NotFoundException::new);
		return new CommentTarget(TARGET_TYPE, draft.getId(), (paragraphKey != null) ? paragraphKey : "", number);
	}

	/**
	 * A facilitator answers a comment on the vision: what became of it, why, and the
	 * version it landed in.
	 */
	@Transactional
	public void answer(String slug, AccountPrincipal viewer, long commentId, Disposition disposition, String reason,
			Integer landedVersion) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Answerable answerable = answerable(view, commentId);
		VisionDraft draft = answerable.draft();
		List<String> problems = answerProblems(draft, answerable.commentedVersion(), disposition, reason,
				landedVersion);
		if (!problems.isEmpty()) {
			throw new VisionRuleException(problems.get(0));
		}
		// A changed reason's translations no longer say the same: they go.
		this.visions.deleteReasonTranslationsIfChanged(commentId, reason.strip());
		this.visions.upsertAnswer(commentId, draft.getId(), disposition.name(), reason.strip(), landedVersion,
				viewer.getId(), this.clock.instant());
		this.comments.authorOf(view, commentId)
			.ifPresent((authorId) -> this.events.publishEvent(new CommentAnswered(view.dialogue().getId(), commentId,
					authorId, disposition, viewer.getId(), reason.strip())));
	}

	/**
	 * What is wrong with an answer a facilitator would give to a comment on the vision,
	 * every problem at once (a form shows each beside its field): message keys, in the
	 * order of the fields (what became of it, why, the version it landed in); empty when
	 * {@link #answer} would save it. Nothing is saved.
	 */
	@Transactional(readOnly = true)
	public List<String> answerProblems(String slug, AccountPrincipal viewer, long commentId, Disposition disposition,
			String reason, Integer landedVersion) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Answerable answerable = answerable(view, commentId);
		return answerProblems(answerable.draft(), answerable.commentedVersion(), disposition, reason, landedVersion);
	}

	/** The vision a comment is on, and the version it was written on. */
	private record Answerable(VisionDraft draft, Integer commentedVersion) {
	}

	/**
	 * The vision whose comment this is, or 404 when it is not a comment on the vision.
	 */
	private Answerable answerable(DialogueView view, long commentId) {
		VisionDraft draft = this.visions.findByDialogue(view.dialogue().getId()).orElseThrow(NotFoundException::new);
		CommentTarget target = this.comments.targetOf(view, commentId).orElseThrow(NotFoundException::new);
		if (!TARGET_TYPE.equals(target.type()) || target.id() != draft.getId()) {
			throw new NotFoundException();
		}
		return new Answerable(draft, target.version());
	}

	/**
	 * A comment lands in a version published after the one it was written on: versions
	 * never change once published, so the one commented on cannot have taken it in.
	 */
	private List<String> answerProblems(VisionDraft draft, Integer commentedVersion, Disposition disposition,
			String reason, Integer landedVersion) {
		List<String> problems = new ArrayList<>();
		if (disposition == null) {
			problems.add("vision.error.disposition");
		}
		if (reason == null || reason.isBlank()) {
			problems.add("vision.error.reason.required");
		}
		else if (reason.strip().length() > 1000) {
			problems.add("vision.error.reason");
		}
		Integer latest = this.visions.findLatestNumber(draft.getId());
		if (landedVersion != null && (latest == null || landedVersion < 1 || landedVersion > latest)) {
			problems.add("vision.error.landed");
		}
		else if (landedVersion != null && commentedVersion != null && landedVersion <= commentedVersion) {
			problems.add("vision.error.landed.before");
		}
		else if (landedVersion != null && disposition != null && !disposition.landsInAVersion()) {
			// "Not incorporated · in version 3" would contradict itself.
			problems.add("vision.error.landed.not-incorporated");
		}
		return problems;
	}

	/** Stances on a version by paragraph and stakeholder group. */
	public CommonGround commonGround(String slug, AccountPrincipal viewer, int number, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		DraftVersion version = this.visions.findVersion(view.dialogue().getId(), number)
			.orElseThrow(NotFoundException::new);
		Map<String, Map<String, StanceCounts>> counts = new HashMap<>();
		for (Object[] row : this.visions.countStancesByGroup(version.getId())) {
			counts.computeIfAbsent((String) row[0], (k) -> new HashMap<>())
				.merge(this.groups.codeOf(((Number) row[1]).longValue()),
						StanceCounts.NONE.plus(Stance.valueOf((String) row[2]), ((Number) row[3]).longValue()),
						(a, b) -> new StanceCounts(a.agree() + b.agree(), a.canLiveWith() + b.canLiveWith(),
								a.disagree() + b.disagree()));
		}
		// Shows of hands recorded in a room: shown as they were counted, and counted once
		// per person where the facilitator said so, else as one voice for their most
		// common stance.
		Map<String, Map<String, StanceCounts>> room = new HashMap<>();
		for (Object[] row : this.visions.findRecordedStances(version.getId())) {
			String key = (String) row[0];
			String code = this.groups.codeOf(((Number) row[1]).longValue());
			StanceCounts people = new StanceCounts(((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
					((Number) row[4]).longValue());
			room.computeIfAbsent(key, (k) -> new HashMap<>()).merge(code, people, StanceCounts::sum);
			StanceCounts counted = people.counted(Boolean.TRUE.equals(row[5]));
			counts.computeIfAbsent(key, (k) -> new HashMap<>()).merge(code, counted, StanceCounts::sum);
		}
		List<StakeholderGroup> groups = this.groups.activeGroups();
		return CommonGround.of(view, version, groups, counts, room, locale);
	}

	/** The difference between two versions of the dialogue's vision, in the original. */
	public VersionComparison diff(String slug, AccountPrincipal viewer, int from, int to) {
		return diff(slug, viewer, from, to, null);
	}

	/**
	 * The difference between two versions of the dialogue's vision, read in
	 * {@code language} (issue 15): a paragraph both versions have an up-to-date
	 * translation of (or the one version that has it, when it was added or removed) is
	 * compared in that language, any other in the original. Whether a paragraph was
	 * added, removed, modified or moved is decided on the original.
	 * @param language one of the dialogue's languages, or {@code null} for the original
	 */
	public VersionComparison diff(String slug, AccountPrincipal viewer, int from, int to, String language) {
		DialogueView view = this.access.readable(slug, viewer);
		DraftVersion a = this.visions.findVersion(view.dialogue().getId(), from).orElseThrow(NotFoundException::new);
		DraftVersion b = this.visions.findVersion(view.dialogue().getId(), to).orElseThrow(NotFoundException::new);
		String original = view.dialogue().getOriginalLanguage();
		boolean translating = language != null && !language.equals(original)
				&& view.dialogue().getLanguages().contains(language);
		Map<String, Paragraph> before = byKey(a);
		Map<String, Paragraph> after = byKey(b);
		Map<String, String> languages = new HashMap<>();
		java.util.Set<String> keys = new java.util.HashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			boolean translated = translating && upToDateOrAbsent(before.get(key), language)
					&& upToDateOrAbsent(after.get(key), language);
			languages.put(key, translated ? language : original);
		}
		// What changed is what changed in the original, whatever language it is read in;
		// the words shown are those of the language each paragraph is read in.
		List<VersionDiff.Entry> entries = VersionDiff.compare(texts(a, Map.of(), original),
				texts(b, Map.of(), original));
		if (translating && languages.containsValue(language)) {
			entries = VersionDiff.withWordsOf(entries,
					VersionDiff.compare(texts(a, languages, original), texts(b, languages, original)));
		}
		return new VersionComparison(view, a, b, entries, original, translating ? language : original, languages);
	}

	private static Map<String, Paragraph> byKey(DraftVersion version) {
		Map<String, Paragraph> paragraphs = new HashMap<>();
		version.getParagraphs().forEach((p) -> paragraphs.put(p.getKey(), p));
		return paragraphs;
	}

	/**
	 * Whether the paragraph is absent or has an up-to-date translation into the language.
	 */
	private static boolean upToDateOrAbsent(Paragraph paragraph, String language) {
		if (paragraph == null) {
			return true;
		}
		ParagraphTranslation translation = paragraph.translationInto(language);
		return translation != null && !translation.outOfDate();
	}

	/**
	 * Every comment on the vision with the group its author spoke for and the
	 * facilitators' answer, by paragraph, filtered by group and disposition, with counts
	 * per group.
	 * @param group a stakeholder group code; unknown codes and {@code null} mean all
	 * @param disposition a disposition, "NONE" for comments without an answer, or
	 * {@code null} for all; anything else means all
	 */
	public YouSaidWeDid youSaidWeDid(String slug, AccountPrincipal viewer, String group, String disposition,
			Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		VisionDraft draft = this.visions.findByDialogue(view.dialogue().getId()).orElse(null);
		if (draft == null) {
			return YouSaidWeDid.of(view, null, List.of(), Map.of(), null, null, this.groups.activeGroups(), locale);
		}
		DraftVersion latest = this.visions.findVersion(view.dialogue().getId(), 0).orElse(null);
		Map<Long, CommentAnswer> answers = answers(view, draft.getId(), locale);
		List<CommentNode> all = this.comments.everyComment(view, TARGET_TYPE, draft.getId(), locale);
		return YouSaidWeDid.of(view, latest, all, answers, group, disposition, this.groups.activeGroups(), locale);
	}

	/**
	 * The paragraphs of the newest version of a dialogue the caller may read, for other
	 * modules that link to them (such as a meeting's agenda); none before the first
	 * version. One statement; each in the original, marked with the dialogue's language
	 * (so that a reader in another language gets a {@code lang}).
	 */
	public List<ParagraphRef> newestParagraphs(DialogueView view) {
		return newestParagraphs(view, null);
	}

	/**
	 * The paragraphs of the newest version as {@link #newestParagraphs(DialogueView)},
	 * each read in {@code language} where it has an up-to-date translation into it (for
	 * links shown to a reader, such as a meeting's agenda and minutes). One statement:
	 * the translations are read with the paragraphs.
	 */
	public List<ParagraphRef> newestParagraphs(DialogueView view, String language) {
		String original = view.dialogue().getOriginalLanguage();
		return this.visions.findVersion(view.dialogue().getId(), 0)
			.map((v) -> v.getParagraphs()
				.stream()
				.map((p) -> ParagraphRef.of(v.getNumber(), p, original, language))
				.toList())
			.orElse(List.of());
	}

	/** The newest version's number and size, for the dialogue page. */
	public VisionSummary summary(DialogueView view) {
		List<Object[]> rows = this.visions.findLatestSummary(view.dialogue().getId());
		if (rows.isEmpty()) {
			return new VisionSummary(view, 0, null, null, 0);
		}
		Object[] row = rows.get(0);
		return new VisionSummary(view, ((Number) row[0]).intValue(), (String) row[1],
				Instant.ofEpochMilli(((Number) row[2]).longValue()), ((Number) row[3]).intValue());
	}

	/**
	 * The answers to comments on a draft, with their reasons' translations into the
	 * reader's language where there are some: one statement.
	 */
	private Map<Long, CommentAnswer> answers(DialogueView view, long draftId, Locale locale) {
		Map<Long, CommentAnswer> answers = new LinkedHashMap<>();
		for (Object[] row : this.visions.findAnswers(draftId, locale.getLanguage())) {
			long id = ((Number) row[0]).longValue();
			answers.put(id,
					new CommentAnswer(id, Disposition.valueOf((String) row[1]), (String) row[2],
							(row[3] != null) ? ((Number) row[3]).intValue() : null,
							view.dialogue().getOriginalLanguage(), (String) row[4], (String) row[5]));
		}
		return answers;
	}

	/** A version's paragraphs, each in its language ({@code languages}, by key). */
	private static List<VersionDiff.Text> texts(DraftVersion version, Map<String, String> languages, String original) {
		return version.getParagraphs().stream().map((p) -> {
			String language = languages.getOrDefault(p.getKey(), original);
			ParagraphTranslation translation = language.equals(original) ? null : p.translationInto(language);
			return new VersionDiff.Text(p.getKey(), (translation != null) ? translation.source() : p.getSource());
		}).toList();
	}

	/**
	 * The facilitator started from {@code expectedVersion} ({@code -1}: before anything
	 * was saved); anything saved since is a conflict.
	 */
	/**
	 * Whether a publication whose form is out of date repeats the newest version: the
	 * same person sent the same text and summary again a moment later (a double tap, or
	 * the form sent again on a slow link). It then shows that version instead of a
	 * conflict.
	 */
	private boolean isRepeat(VisionDraft draft, int latest, String source, String changeSummary,
			AccountPrincipal viewer) {
		if (!source.equals(draft.getWorkingText())) {
			return false;
		}
		DraftVersion newest = this.visions.findByDraftAndNumber(draft.getId(), latest).orElseThrow();
		return newest.getPublishedById() == viewer.getId() && newest.getChangeSummary().equals(changeSummary)
				&& newest.getPublishedAt().isAfter(this.clock.instant().minus(REPEAT_WINDOW));
	}

	private static void requireUnchanged(VisionDraft draft, long expectedVersion) {
		boolean changed = (expectedVersion == -1) ? draft.getUpdatedAt() != null
				: draft.getVersion() != expectedVersion;
		if (changed) {
			throw new OptimisticLockingFailureException("The working text changed");
		}
	}

	private VisionDraft lockedDraft(DialogueView view) {
		this.visions.insertIfAbsent(view.dialogue().getId());
		return this.visions.findByDialogueForUpdate(view.dialogue().getId()).orElseThrow();
	}

	private void requireLatestAndContributor(DialogueView view, DraftVersion version) {
		if (!view.context().canContribute(view.dialogue())) {
			throw new VisionRuleException(
					view.dialogue().isOpen() ? "vision.error.not-member" : "vision.error.dialogue-closed");
		}
		if (!Objects.equals(this.visions.findLatestNumber(version.getDraftId()), version.getNumber())) {
			throw new VisionRuleException("vision.error.old-version");
		}
	}

	private static String requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new VisionRuleException("vision.error.text");
		}
		if (text.length() > 100_000) {
			throw new VisionRuleException("vision.error.text.long");
		}
		return text.strip();
	}

}
