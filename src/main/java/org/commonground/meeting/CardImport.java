package org.commonground.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.challenge.ChallengeContributions;
import org.commonground.challenge.ChallengeService;
import org.commonground.comment.CommentPosting;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.RecordedComment;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.RecordedText;
import org.commonground.dialogue.RecordedVoice;
import org.commonground.shared.web.NotFoundException;
import org.commonground.vision.ParagraphRef;
import org.commonground.vision.RecordedStances;
import org.commonground.vision.StanceCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk capture after a workshop (issue 16): a CSV sheet of cards is previewed row by row
 * with each row's problems before anything is written, then imported in one transaction
 * through the challenge, comment and vision modules' batch paths (a statement per kind
 * per thousand rows, and a check per challenge or paragraph named), each card recorded as
 * the form would record it: challenges, comments on challenges or on paragraphs of the
 * vision, and shows of hands on paragraphs. A file is imported once per meeting (its
 * SHA-256): uploading it again shows the earlier import. Small sheets are imported during
 * the request; longer ones in the background, their progress kept in its own small
 * transactions so that the page (which refreshes itself, no JavaScript needed) can show
 * it.
 */
@Service
public class CardImport {

	private static final Logger log = LoggerFactory.getLogger(CardImport.class);

	/** Sheets up to this many rows are imported while the facilitator waits. */
	static final int IN_REQUEST_ROWS = 300;

	/** Rows stored per statement; progress is written after each chunk. */
	private static final int CHUNK = 1000;

	/** The preview lists this many rows (all rows with problems are listed too). */
	static final int PREVIEW_ROWS = 100;

	private final DialogueAccess access;

	private final MeetingRepository meetings;

	private final RecordedContributionStore store;

	private final WorkshopRecording recording;

	private final CardSheets sheets;

	private final StakeholderGroupService groups;

	private final ChallengeService challenges;

	private final ChallengeContributions challengeContributions;

	private final CommentPosting comments;

	private final RecordedStances stances;

	private final TransactionTemplate oneTransaction;

	private final TransactionTemplate ownTransaction;

	private final Executor background;

	private final Clock clock;

	CardImport(DialogueAccess access, MeetingRepository meetings, RecordedContributionStore store,
			WorkshopRecording recording, CardSheets sheets, StakeholderGroupService groups, ChallengeService challenges,
			ChallengeContributions challengeContributions, CommentPosting comments, RecordedStances stances,
			PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") Executor background,
			Clock clock) {
		this.access = access;
		this.meetings = meetings;
		this.store = store;
		this.recording = recording;
		this.sheets = sheets;
		this.groups = groups;
		this.challenges = challenges;
		this.challengeContributions = challengeContributions;
		this.comments = comments;
		this.stances = stances;
		this.oneTransaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.background = background;
		this.clock = clock;
	}

	/** The empty sheet in a language, for a facilitator of the dialogue. */
	public String template(String slug, long meetingId, AccountPrincipal facilitator, Locale locale) {
		Context context = meeting(slug, meetingId, facilitator);
		return this.sheets.template(locale, this.recording.paragraphs(context.view()));
	}

	/** What the import page shows before a file is chosen. */
	public RecordingPage page(String slug, long meetingId, AccountPrincipal facilitator, Locale locale) {
		return this.recording.page(slug, meetingId, facilitator, locale);
	}

	/**
	 * Reads an uploaded sheet and keeps it for confirmation; nothing is recorded yet.
	 * @param text the file's text (UTF-8)
	 */
	public ImportPreview preview(String slug, long meetingId, String fileName, String text,
			AccountPrincipal facilitator, Locale locale) {
		Context context = meeting(slug, meetingId, facilitator);
		ClosedDialogue.requireOpen(context.view());
		String sha = sha256(text);
		Map<String, Object> earlier = this.store.findImportOfFile(meetingId, sha).orElse(null);
		if (earlier != null && !List.of("PREVIEW", "FAILED").contains((String) earlier.get("status"))) {
			return ImportPreview.earlier(((Number) earlier.get("id")).longValue(), (String) earlier.get("status"),
					((Number) earlier.get("total_rows")).intValue(), finishedAt(earlier));
		}
		CardSheets.Sheet sheet = read(text, context, this.recording.paragraphs(context.view()), locale);
		if (sheet.fileProblem() != null) {
			return ImportPreview.unreadable(sheet.fileProblem());
		}
		Long importId = null;
		if (sheet.ok()) {
			importId = this.oneTransaction.execute((status) -> this.store.savePreview(meetingId, sha, trim(fileName),
					text, sheet.rows().size(), facilitator.getId(), this.clock.instant()));
		}
		List<CardSheets.Row> shown = sheet.rows()
			.stream()
			.filter((r) -> !r.ok() || r.line() <= PREVIEW_ROWS + 1)
			.limit(PREVIEW_ROWS + 500)
			.toList();
		return new ImportPreview(importId, null, sheet.rows().size(), (int) sheet.errorCount(), shown, null, null);
	}

	/**
	 * Imports a previewed sheet: at once if it is short, else in the background.
	 * @return whether it is still running
	 */
	public boolean confirm(String slug, long meetingId, long importId, AccountPrincipal facilitator, Locale locale) {
		Context context = meeting(slug, meetingId, facilitator);
		Map<String, Object> row = this.store.findImport(meetingId, importId).orElseThrow(NotFoundException::new);
		// A sheet previewed while the dialogue was open is not imported once it is
		// closed.
		ClosedDialogue.requireOpen(context.view());
		String text = (String) row.get("content");
		if (text == null || !this.store.start(importId, this.clock.instant())) {
			return "RUNNING".equals(row.get("status"));
		}
		if (((Number) row.get("total_rows")).intValue() <= IN_REQUEST_ROWS) {
			run(slug, context, importId, text, facilitator, locale);
			return false;
		}
		this.background.execute(() -> run(slug, context, importId, text, facilitator, locale));
		return true;
	}

	/** How far an import has come. */
	public ImportPreview progress(String slug, long meetingId, long importId, AccountPrincipal facilitator) {
		meeting(slug, meetingId, facilitator);
		Map<String, Object> row = this.store.findImport(meetingId, importId).orElseThrow(NotFoundException::new);
		return new ImportPreview(importId, (String) row.get("status"), ((Number) row.get("total_rows")).intValue(), 0,
				List.of(), ((Number) row.get("done_rows")).intValue(), finishedAt(row));
	}

	/**
	 * Records every row of the sheet in one transaction, a chunk of rows per statement of
	 * each kind; a chunk that fails (a challenge merged meanwhile…) undoes the whole
	 * import, which is then marked as failed.
	 */
	private void run(String slug, Context context, long importId, String text, AccountPrincipal facilitator,
			Locale locale) {
		try {
			int done = this.oneTransaction.execute((status) -> {
				Meeting meeting = this.meetings.findInDialogue(context.meetingId(), context.view().dialogue().getId())
					.orElseThrow(NotFoundException::new);
				List<ParagraphRef> newest = this.recording.paragraphs(context.view());
				CardSheets.Sheet sheet = read(text, context, newest, locale);
				if (!sheet.ok()) {
					throw new MeetingRuleException("recorded.import.error.changed", "file");
				}
				Map<String, StakeholderGroup> groups = new HashMap<>();
				activeGroups().forEach((g) -> groups.put(g.getCode(), g));
				Map<String, ParagraphRef> paragraphs = new HashMap<>();
				newest.forEach((p) -> paragraphs.put(p.key(), p));
				Map<String, CommentTarget> visionTargets = sheet.rows()
					.stream()
					.anyMatch((r) -> r.kind() == RecordedKind.VISION)
							? this.recording.visionTargets(slug, facilitator, List.copyOf(paragraphs.values()))
							: Map.of();
				Map<String, Long> voices = new HashMap<>();
				Map<Integer, Long> raisedByLine = new HashMap<>();
				RecordedVoice said = new RecordedVoice(1, meeting.getStartsAt().toLocalDate(), false);
				int n = 0;
				List<CardSheets.Row> rows = sheet.rows();
				for (int from = 0; from < rows.size(); from += CHUNK) {
					List<CardSheets.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
					List<RecordedText> challengeTexts = new ArrayList<>();
					List<RecordedText> commentTexts = new ArrayList<>();
					List<RecordedComment> visionComments = new ArrayList<>();
					List<RecordedStances.Show> shows = new ArrayList<>();
					List<CardSheets.Row> commentRows = new ArrayList<>();
					for (CardSheets.Row r : chunk) {
						StakeholderGroup group = groups.get(r.groupCode());
						String token = token(importId, r.line());
						if (r.kind() == RecordedKind.STANCES) {
							RecordedInput.Hands hands = r.hands();
							shows.add(new RecordedStances.Show(r.paragraphKey(), group.getId(),
									new StanceCounts(hands.agree(), hands.canLiveWith(), hands.disagree()),
									r.weighted(), said.on(), token));
							continue;
						}
						long voice = voices.computeIfAbsent(r.groupCode(),
								(code) -> this.recording.voice(meeting, group));
						RecordedText recorded = new RecordedText(voice, group.getId(),
								(r.kind() == RecordedKind.CHALLENGE) ? r.title() : null, r.text(), r.challengeId(),
								r.language(), token, new RecordedVoice(r.people(), said.on(), false));
						switch (r.kind()) {
							case CHALLENGE -> challengeTexts.add(recorded);
							case COMMENT -> commentRows.add(r);
							default ->
								visionComments.add(new RecordedComment(visionTargets.get(r.paragraphKey()), recorded));
						}
					}
					Map<String, Long> newChallenges = this.challengeContributions.recordAll(slug, facilitator,
							challengeTexts);
					// A comment may be on a challenge raised by an earlier row, of this
					// chunk or an earlier one: it is created above, before the comments.
					for (CardSheets.Row r : chunk) {
						Long id = (r.kind() == RecordedKind.CHALLENGE) ? newChallenges.get(token(importId, r.line()))
								: null;
						if (id != null) {
							raisedByLine.put(r.line(), id);
						}
					}
					for (CardSheets.Row r : commentRows) {
						commentTexts.add(new RecordedText(voices.get(r.groupCode()), groups.get(r.groupCode()).getId(),
								null, r.text(), challengeOf(r, raisedByLine), r.language(), token(importId, r.line()),
								new RecordedVoice(r.people(), said.on(), false)));
					}
					Map<String, Long> newComments = this.comments.recordAll(slug, facilitator,
							ChallengeService.TARGET_TYPE, commentTexts);
					Map<String, Long> newVisionComments = this.comments.recordAll(slug, facilitator, visionComments);
					Map<String, Long> newShows = this.stances.recordAll(slug, facilitator, shows);
					List<RecordedContributionStore.BatchRecord> records = new ArrayList<>();
					for (CardSheets.Row r : chunk) {
						String token = token(importId, r.line());
						long groupId = groups.get(r.groupCode()).getId();
						ParagraphRef paragraph = (r.paragraphKey() != null) ? paragraphs.get(r.paragraphKey()) : null;
						RecordedContributionStore.BatchRecord record = switch (r.kind()) {
							case CHALLENGE ->
								present(newChallenges.get(token), (id) -> RecordedContributionStore.BatchRecord
									.card(r.kind(), id, null, groupId, r, r.title(), null));
							case COMMENT ->
								present(newComments.get(token), (id) -> RecordedContributionStore.BatchRecord
									.card(r.kind(), challengeOf(r, raisedByLine), id, groupId, r, null, null));
							case VISION ->
								present(newVisionComments.get(token), (id) -> RecordedContributionStore.BatchRecord
									.card(r.kind(), null, id, groupId, r, null, paragraph));
							default -> present(newShows.get(token),
									(id) -> RecordedContributionStore.BatchRecord.show(id, groupId, r, paragraph));
						};
						if (record != null) {
							records.add(record);
						}
					}
					this.store.insertAll(context.view().dialogue().getId(), meeting.getId(), records,
							facilitator.getId(), this.clock.instant(), importId);
					n += chunk.size();
					int sofar = n;
					this.ownTransaction.executeWithoutResult((s) -> this.store.progress(importId, sofar));
				}
				this.store.finish(importId, "DONE", n, this.clock.instant());
				return n;
			});
			log.info("Imported {} recorded contributions (import {})", done, importId);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed: {}", importId, ex.toString());
			this.ownTransaction
				.executeWithoutResult((s) -> this.store.finish(importId, "FAILED", 0, this.clock.instant()));
			if (ex instanceof MeetingRuleException) {
				throw ex;
			}
		}
	}

	/**
	 * The challenge a comment row is on: one of the dialogue, or the one an earlier row
	 * of the sheet raised in this import.
	 */
	private static Long challengeOf(CardSheets.Row row, Map<Integer, Long> raisedByLine) {
		if (row.challengeId() != null) {
			return row.challengeId();
		}
		Long raised = (row.challengeLine() != null) ? raisedByLine.get(row.challengeLine()) : null;
		if (raised == null) {
			throw new MeetingRuleException("recorded.import.error.changed", "file");
		}
		return raised;
	}

	private CardSheets.Sheet read(String text, Context context, List<ParagraphRef> paragraphs, Locale locale) {
		return this.sheets.read(text, activeGroups(), this.challenges.linkable(context.view()), paragraphs, locale);
	}

	/**
	 * The provenance record of a row whose contribution the batch stored; null for a row
	 * stored before (the same row never records twice).
	 */
	private static RecordedContributionStore.BatchRecord present(Long id,
			java.util.function.LongFunction<RecordedContributionStore.BatchRecord> record) {
		return (id != null) ? record.apply(id) : null;
	}

	private static String token(long importId, int line) {
		return "i" + importId + "r" + line;
	}

	private List<StakeholderGroup> activeGroups() {
		return this.groups.byId()
			.values()
			.stream()
			.filter(StakeholderGroup::isActive)
			.sorted(java.util.Comparator.comparingInt(StakeholderGroup::getSortOrder))
			.toList();
	}

	private Context meeting(String slug, long meetingId, AccountPrincipal facilitator) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		this.meetings.findInDialogue(meetingId, view.dialogue().getId()).orElseThrow(NotFoundException::new);
		return new Context(view, meetingId);
	}

	private static Instant finishedAt(Map<String, Object> row) {
		Object at = row.get("finished_at");
		return (at instanceof java.sql.Timestamp t) ? t.toInstant() : (at instanceof Instant i) ? i : null;
	}

	private static String trim(String fileName) {
		if (fileName == null) {
			return null;
		}
		return (fileName.length() > 200) ? fileName.substring(0, 200) : fileName;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Context(DialogueView view, long meetingId) {
	}

}
