package org.commonground.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.RecordedText;
import org.commonground.dialogue.RecordedVoice;
import org.commonground.dialogue.ViewerContext;
import org.commonground.moderation.PreModeration;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.persistence.SqlArrays;
import org.commonground.shared.security.PostingLimit;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a comment or reply is posted, on anything that can be discussed. The
 * target's owning module says, through its {@link CommentTargets}, whether the target
 * exists for this viewer and takes comments; everything else (membership, the dialogue
 * being open, depth, the posting limit, pre-moderation, the form token) is checked here.
 */
@Service
public class CommentPosting {

	private final CommentRepository comments;

	private final CommentViews views;

	private final DialogueAccess access;

	private final AccountService accounts;

	private final PostingLimit postingLimit;

	private final MarkdownRenderer markdown;

	private final PreModeration moderation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	CommentPosting(CommentRepository comments, CommentViews views, DialogueAccess access, AccountService accounts,
			PostingLimit postingLimit, MarkdownRenderer markdown, PreModeration moderation,
			ApplicationEventPublisher events, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.comments = comments;
		this.views = views;
		this.access = access;
		this.accounts = accounts;
		this.postingLimit = postingLimit;
		this.markdown = markdown;
		this.moderation = moderation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Posts a comment on {@code target}, or a reply to {@code comment.parentId()} (which
	 * goes where its parent is; {@code target} may then be {@code null}). A second post
	 * from the same form (same token, same author) stores nothing and answers with the
	 * first one.
	 * @throws NotFoundException if the dialogue, the target or the parent is not there
	 * for this viewer, or the viewer is not signed in
	 * @throws CommentRuleException if the viewer may not post there, with the reason
	 * @throws org.commonground.shared.web.RateLimitExceededException past the posting
	 * limit
	 */
	@Transactional
	public PostedComment post(String slug, AccountPrincipal viewer, CommentTarget target, NewComment comment) {
		DialogueView view = this.access.readable(slug, viewer);
		ViewerContext context = view.context();
		if (!context.signedIn()) {
			throw new NotFoundException();
		}
		CommentTarget placed = target;
		Comment parent = null;
		if (comment.parentId() != null) {
			parent = this.comments.findInDialogue(comment.parentId(), view.dialogue().getId())
				.filter((p) -> target == null
						|| (p.getTargetType().equals(target.type()) && p.getTargetId() == target.id()))
				.orElseThrow(NotFoundException::new);
			// A reply belongs where its parent does (same paragraph, same version).
			placed = parent.target();
		}
		if (placed == null) {
			throw new NotFoundException();
		}
		CommentTargetInfo info = this.views.describe(placed, view);
		if (!context.canContribute(view.dialogue())) {
			throw new CommentRuleException(
					view.dialogue().isOpen() ? "comment.error.not-member" : "comment.error.dialogue-closed");
		}
		if (!info.open()) {
			throw new CommentRuleException("comment.error.target-closed");
		}
		if (parent == null && info.refusal() != null) {
			throw new CommentRuleException(info.refusal());
		}
		CommentViews.requireBody(comment.body());
		if (comment.formToken() != null && !comment.formToken().matches("[A-Za-z0-9]{1,40}")) {
			throw new CommentRuleException("form.error.token");
		}
		int depth = 0;
		if (parent != null) {
			if (!parent.isVisible()) {
				throw new CommentRuleException("comment.error.parent-gone");
			}
			if (parent.getDepth() >= Comment.MAX_DEPTH) {
				throw new CommentRuleException("comment.error.too-deep");
			}
			depth = parent.getDepth() + 1;
		}
		this.postingLimit.take(viewer.getId());
		String source = comment.body().strip();
		boolean held = this.moderation.holds(view);
		long groupId = this.accounts.get(viewer.getId()).getStakeholderGroup().getId();
		List<Long> inserted = this.comments.insertOnce(view.dialogue().getId(), placed.type(), placed.id(),
				placed.anchor(), placed.version(), comment.parentId(), depth, viewer.getId(), groupId, source,
				this.markdown.toHtml(source), comment.formToken(), this.clock.instant(),
				(held ? CommentStatus.PENDING : CommentStatus.VISIBLE).name(),
				SupportedLanguages.choose(comment.language(), viewer.preferredLanguage()));
		if (inserted.isEmpty()) {
			long existing = this.comments.findIdByForm(viewer.getId(), comment.formToken());
			boolean existingHeld = this.comments.findById(existing)
				.map((c) -> c.getStatus() == CommentStatus.PENDING)
				.orElse(false);
			return new PostedComment(existing, comment.parentId(), true, existingHeld, placed, info.path(),
					view.zone());
		}
		long id = inserted.get(0);
		if (held) {
			this.moderation.held(view, CommentModeration.TYPE, id);
		}
		// Held comments count too: others see a placeholder in their place.
		if (comment.parentId() != null) {
			this.comments.countReply(comment.parentId());
		}
		this.events.publishEvent(new CommentPosted(view.dialogue().getId(), placed.type(), placed.id(), id,
				comment.parentId(), viewer.getId(), (parent != null) ? parent.getAuthorId() : null, held));
		return new PostedComment(id, comment.parentId(), false, held, placed, info.path(), view.zone());
	}

	/**
	 * A facilitator posts a comment on behalf of people in a room or on the phone (issue
	 * 16), authored by the meeting's account for their group (ADR 0015): on an open
	 * target, shown at once, marked as recorded and awaiting a second facilitator's
	 * check; no posting limit applies. The same form token gives the same comment.
	 * @throws NotFoundException unless the viewer facilitates the dialogue and the target
	 * is in it
	 * @throws CommentRuleException if the target is closed or the text empty
	 */
	@Transactional
	public long record(String slug, AccountPrincipal facilitator, long voiceId, long voiceGroupId, CommentTarget target,
			NewComment comment, RecordedVoice voice) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		requireOpen(view);
		CommentTargetInfo info = this.views.describe(target, view);
		if (!info.open()) {
			throw new CommentRuleException("comment.error.target-closed");
		}
		CommentViews.requireBody(comment.body());
		String source = comment.body().strip();
		List<Long> inserted = this.comments.insertOnce(view.dialogue().getId(), target.type(), target.id(),
				target.anchor(), target.version(), null, 0, voiceId, voiceGroupId, source, this.markdown.toHtml(source),
				comment.formToken(), this.clock.instant(), CommentStatus.VISIBLE.name(),
				SupportedLanguages.choose(comment.language(), facilitator.preferredLanguage()));
		if (inserted.isEmpty()) {
			return this.comments.findIdByForm(voiceId, comment.formToken());
		}
		long id = inserted.get(0);
		this.comments.markRecorded(id, view.dialogue().getId(), voice.people(), voice.on(), voice.checked());
		this.events.publishEvent(
				new CommentPosted(view.dialogue().getId(), target.type(), target.id(), id, null, voiceId, null, false));
		return id;
	}

	/**
	 * Stores a batch of recorded comments on targets of one type (a sheet of workshop
	 * cards), each on the target its {@code targetId} names.
	 * @see #recordAll(String, AccountPrincipal, List)
	 */
	@Transactional
	public Map<String, Long> recordAll(String slug, AccountPrincipal facilitator, String targetType,
			List<RecordedText> texts) {
		return recordAll(slug, facilitator,
				texts.stream()
					.map((text) -> new RecordedComment(CommentTarget.of(targetType, text.targetId()), text))
					.toList());
	}

	/**
	 * Stores a batch of recorded comments (a sheet of workshop cards) in one statement,
	 * each as {@link #record} would, and publishes one {@link CommentsRecorded} per type
	 * of target. Rows stored before (same author and form token) are left as they are.
	 * @return the ids of the new comments, by form token
	 * @throws NotFoundException unless the viewer facilitates the dialogue and every
	 * target is in it
	 * @throws CommentRuleException if a target is closed or a text empty
	 */
	@Transactional
	public Map<String, Long> recordAll(String slug, AccountPrincipal facilitator, List<RecordedComment> comments) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		requireOpen(view);
		Map<String, Long> byToken = new HashMap<>();
		if (comments.isEmpty()) {
			return byToken;
		}
		Set<CommentTarget> open = new HashSet<>();
		List<String> html = new ArrayList<>();
		for (RecordedComment comment : comments) {
			if (open.add(comment.target()) && !this.views.describe(comment.target(), view).open()) {
				throw new CommentRuleException("comment.error.target-closed");
			}
			CommentViews.requireBody(comment.text().body());
			html.add(this.markdown.toHtml(comment.text().body().strip()));
		}
		List<RecordedText> texts = comments.stream().map(RecordedComment::text).toList();
		Map<String, Map<Long, Integer>> counts = new TreeMap<>();
		SqlArrays.query(this.jdbc, (rs, n) -> {
			byToken.put(rs.getString(2), rs.getLong(1));
			counts.computeIfAbsent(rs.getString(3), (type) -> new HashMap<>()).merge(rs.getLong(4), 1, Integer::sum);
			return null;
		}, """
				insert into comment (dialogue_id, target_type, target_id, target_anchor, target_version, depth,
				                     author_id, author_group_id, body_source, body_html, form_token, created_at, status,
				                     language, recorded_for, recorded_on, recorded_checked)
				select ?, u.type, u.target, u.anchor, u.version, 0, u.author, u.grp, u.source, u.html, u.token, ?,
				       'VISIBLE', u.lang, u.people, u.day, false
				from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				     as u(type, target, anchor, version, author, grp, source, html, token, lang, people, day)
				order by u.token
				on conflict (author_id, form_token) do nothing
				returning id, form_token, target_type, target_id""", view.dialogue().getId(),
				java.sql.Timestamp.from(this.clock.instant()),
				SqlArrays.of("text", comments.stream().map((c) -> c.target().type()).toList()),
				SqlArrays.of("bigint", comments.stream().map((c) -> c.target().id()).toList()),
				SqlArrays.of("text", comments.stream().map((c) -> c.target().anchor()).toList()),
				SqlArrays.of("int", comments.stream().map((c) -> c.target().version()).toList()),
				SqlArrays.of("bigint", texts.stream().map(RecordedText::voiceId).toList()),
				SqlArrays.of("bigint", texts.stream().map(RecordedText::voiceGroupId).toList()),
				SqlArrays.of("text", texts.stream().map((t) -> t.body().strip()).toList()), SqlArrays.of("text", html),
				SqlArrays.of("text", texts.stream().map(RecordedText::formToken).toList()),
				SqlArrays.of("text",
						texts.stream()
							.map((t) -> SupportedLanguages.choose(t.language(), facilitator.preferredLanguage()))
							.toList()),
				SqlArrays.of("int", texts.stream().map((t) -> t.voice().people()).toList()),
				SqlArrays.of("date", texts.stream().map((t) -> java.sql.Date.valueOf(t.voice().on())).toList()));
		counts.forEach((type, byTarget) -> this.events
			.publishEvent(new CommentsRecorded(view.dialogue().getId(), type, byTarget)));
		return byToken;
	}

	/** A second facilitator marks a recorded comment as checked. */
	@Transactional
	public void checkRecord(String slug, AccountPrincipal facilitator, long id, RecordedVoice voice) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		if (this.comments.markRecorded(id, view.dialogue().getId(), voice.people(), voice.on(), true) == 0) {
			throw new NotFoundException();
		}
	}

	/** Nothing is recorded in a dialogue that is not open, as nothing is posted. */
	private static void requireOpen(DialogueView view) {
		if (!view.dialogue().isOpen()) {
			throw new CommentRuleException("comment.error.dialogue-closed");
		}
	}

}
