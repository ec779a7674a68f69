package org.commonground.challenge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.RecordedText;
import org.commonground.dialogue.RecordedVoice;
import org.commonground.dialogue.Theme;
import org.commonground.dialogue.ThemeService;
import org.commonground.moderation.PreModeration;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.persistence.SqlArrays;
import org.commonground.shared.security.PostingLimit;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members do with challenges while the dialogue is open: raise one (within the
 * posting limit, once per form), edit their own with its history kept, and say "this
 * affects me too" once, or withdraw it.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeContributions {

	private final ChallengeRepository challenges;

	private final ChallengeRevisionRepository revisions;

	private final DialogueAccess access;

	private final DialogueService dialogues;

	private final AccountService accounts;

	private final PostingLimit postingLimit;

	private final MarkdownRenderer markdown;

	private final PreModeration moderation;

	private final ThemeService themes;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	ChallengeContributions(ChallengeRepository challenges, ChallengeRevisionRepository revisions, DialogueAccess access,
			DialogueService dialogues, AccountService accounts, PostingLimit postingLimit, MarkdownRenderer markdown,
			PreModeration moderation, ThemeService themes, Clock clock, ApplicationEventPublisher events,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.events = events;
		this.challenges = challenges;
		this.revisions = revisions;
		this.access = access;
		this.dialogues = dialogues;
		this.accounts = accounts;
		this.postingLimit = postingLimit;
		this.markdown = markdown;
		this.moderation = moderation;
		this.themes = themes;
		this.clock = clock;
	}

	/**
	 * Raises a challenge. A second post from the same form (same token, same author)
	 * stores nothing and answers with the first one.
	 * @return the challenge's id
	 */
	@Transactional
	public long create(String slug, AccountPrincipal viewer, ChallengeText text) {
		DialogueView view = this.access.readable(slug, viewer);
		requireContributor(view);
		requireText(text);
		Set<Long> themes = themes(text.themes(), Set.of());
		String source = text.body().strip();
		boolean held = this.moderation.holds(view);
		this.postingLimit.take(viewer.getId());
		long groupId = this.accounts.get(viewer.getId()).getStakeholderGroup().getId();
		List<Long> ids = this.challenges.insertOnce(view.dialogue().getId(), viewer.getId(), groupId,
				text.title().strip(), source, this.markdown.toHtml(source), text.formToken(), this.clock.instant(),
				held ? "PENDING" : "VISIBLE", SupportedLanguages.choose(text.language(), viewer.preferredLanguage()));
		if (ids.isEmpty()) {
			return this.challenges.findIdByFormToken(viewer.getId(), text.formToken());
		}
		long id = ids.get(0);
		if (!themes.isEmpty()) {
			this.challenges.findById(id).orElseThrow().retheme(themes);
		}
		if (held) {
			this.moderation.held(view, ChallengeService.TARGET_TYPE, id);
		}
		this.events.publishEvent(new ChallengeRaised(view.dialogue().getId(), id, viewer.getId(), viewer.getId(),
				text.title().strip(), held));
		return id;
	}

	/**
	 * Whether the challenge waits for a moderator's approval (pre-moderation held it).
	 */
	public boolean awaitsApproval(long id) {
		return this.challenges.findById(id).map(Challenge::isPending).orElse(false);
	}

	/**
	 * A facilitator raises a challenge on behalf of people in a room or on the phone
	 * (issue 16), authored by the meeting's account for their group (ADR 0015). It is
	 * shown at once (a facilitator wrote it down) and marked as recorded, awaiting a
	 * second facilitator's check; no posting limit applies. The same form token gives the
	 * same challenge, so a re-uploaded file adds nothing.
	 * @return the challenge's id
	 * @throws NotFoundException unless the viewer facilitates the dialogue
	 */
	@Transactional
	public long record(String slug, AccountPrincipal facilitator, long voiceId, long voiceGroupId, ChallengeText text,
			RecordedVoice voice) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		requireOpen(view);
		requireText(text);
		String source = text.body().strip();
		String language = SupportedLanguages.choose(text.language(), facilitator.preferredLanguage());
		List<Long> ids = this.challenges.insertOnce(view.dialogue().getId(), voiceId, voiceGroupId,
				text.title().strip(), source, this.markdown.toHtml(source), text.formToken(), this.clock.instant(),
				"VISIBLE", language);
		if (ids.isEmpty()) {
			return this.challenges.findIdByFormToken(voiceId, text.formToken());
		}
		long id = ids.get(0);
		this.challenges.markRecorded(id, view.dialogue().getId(), voice.people(), voice.on(), voice.checked());
		this.events.publishEvent(new ChallengeRaised(view.dialogue().getId(), id, voiceId, facilitator.getId(),
				text.title().strip(), false));
		return id;
	}

	/**
	 * Raises a batch of recorded challenges (a sheet of workshop cards) in one statement,
	 * each as {@link #record} would, without announcing each one (the meeting's accounts
	 * follow nothing). Rows posted before (same author and form token) are left as they
	 * are.
	 * @return the ids of the new challenges, by form token
	 * @throws NotFoundException unless the viewer facilitates the dialogue
	 * @throws ChallengeRuleException for a bad title or text
	 */
	@Transactional
	public Map<String, Long> recordAll(String slug, AccountPrincipal facilitator, List<RecordedText> texts) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		requireOpen(view);
		List<String> titles = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		List<String> html = new ArrayList<>();
		for (RecordedText text : texts) {
			requireText(new ChallengeText(text.title(), text.body(), List.of(), text.formToken(), text.language()));
			titles.add(text.title().strip());
			sources.add(text.body().strip());
			html.add(this.markdown.toHtml(text.body().strip()));
		}
		Map<String, Long> byToken = new HashMap<>();
		if (texts.isEmpty()) {
			return byToken;
		}
		SqlArrays.query(this.jdbc, (rs, n) -> byToken.put(rs.getString(2), rs.getLong(1)),
				"""
						insert into challenge (dialogue_id, author_id, author_group_id, title, body_source, body_html, form_token,
						                       created_at, moderation, language, recorded_for, recorded_on, recorded_checked)
						select ?, u.author, u.grp, u.title, u.source, u.html, u.token, ?, 'VISIBLE', u.lang, u.people, u.day,
						       false
						from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?) as u(author, grp, title, source, html, token, lang, people, day)
						order by u.token
						on conflict (author_id, form_token) do nothing
						returning id, form_token""",
				view.dialogue().getId(), java.sql.Timestamp.from(this.clock.instant()),
				SqlArrays.of("bigint", texts.stream().map(RecordedText::voiceId).toList()),
				SqlArrays.of("bigint", texts.stream().map(RecordedText::voiceGroupId).toList()),
				SqlArrays.of("text", titles), SqlArrays.of("text", sources), SqlArrays.of("text", html),
				SqlArrays.of("text", texts.stream().map(RecordedText::formToken).toList()),
				SqlArrays.of("text",
						texts.stream()
							.map((t) -> SupportedLanguages.choose(t.language(), facilitator.preferredLanguage()))
							.toList()),
				SqlArrays.of("int", texts.stream().map((t) -> t.voice().people()).toList()),
				SqlArrays.of("date", texts.stream().map((t) -> java.sql.Date.valueOf(t.voice().on())).toList()));
		return byToken;
	}

	/** A second facilitator marks a recorded challenge as checked. */
	@Transactional
	public void checkRecord(String slug, AccountPrincipal facilitator, long id, RecordedVoice voice) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		if (this.challenges.markRecorded(id, view.dialogue().getId(), voice.people(), voice.on(), true) == 0) {
			throw new NotFoundException();
		}
	}

	/** The viewer's own challenge, to edit. */
	public EditableChallenge forEditing(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.readable(slug, viewer);
		Challenge challenge = own(view, id);
		return new EditableChallenge(view, challenge, this.themes.ofIds(challenge.getThemeIds()));
	}

	/**
	 * Replaces the title, text and themes of the viewer's own challenge, keeping the old
	 * title and text in its history.
	 * @throws OptimisticLockingFailureException if it changed since
	 * {@code expectedVersion}
	 */
	@Transactional
	public void update(String slug, AccountPrincipal viewer, long id, ChallengeText text, long expectedVersion) {
		DialogueView view = this.access.readable(slug, viewer);
		Challenge challenge = own(view, id);
		requireContributor(view);
		if (challenge.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Challenge " + id + " changed");
		}
		requireText(text);
		// A theme retired since it was chosen stays: the edit form shows it checked.
		Set<Long> themes = themes(text.themes(), challenge.getThemeIds());
		String title = text.title().strip();
		String source = text.body().strip();
		if (title.equals(challenge.getTitle()) && source.equals(challenge.getBodySource())) {
			challenge.retheme(themes);
			return;
		}
		this.revisions.save(challenge.edit(title, source, this.markdown.toHtml(source), themes, this.clock.instant()));
	}

	/** "This affects me too": once per member, whatever the number of requests. */
	@Transactional
	public void endorse(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.readable(slug, viewer);
		lockForEndorsement(view, id);
		long groupId = this.accounts.get(viewer.getId()).getStakeholderGroup().getId();
		if (this.challenges.insertEndorsement(id, viewer.getId(), groupId, this.clock.instant()) == 1) {
			this.challenges.addEndorsements(id, 1);
			this.events.publishEvent(new ChallengeEndorsed(view.dialogue().getId(), id, viewer.getId()));
		}
	}

	/** Withdraws the viewer's endorsement, if any. */
	@Transactional
	public void withdrawEndorsement(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.readable(slug, viewer);
		lockForEndorsement(view, id);
		if (this.challenges.deleteEndorsement(id, viewer.getId()) == 1) {
			this.challenges.addEndorsements(id, -1);
		}
	}

	private void lockForEndorsement(DialogueView view, long id) {
		// The row lock orders endorsements with a merge of the same challenge.
		Challenge challenge = this.challenges.findForUpdate(List.of(id), view.dialogue().getId())
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
		requireContributor(view);
		if (!challenge.isShown()) {
			throw new NotFoundException();
		}
		if (challenge.isMerged()) {
			throw new ChallengeRuleException("challenge.error.merged");
		}
		if (ChallengeService.isAuthor(challenge, view.context())) {
			throw new ChallengeRuleException("challenge.error.own");
		}
	}

	private Challenge own(DialogueView view, long id) {
		return this.challenges.findForPage(id, view.dialogue().getId())
			.filter((c) -> !c.isMerged() && !c.isHidden() && ChallengeService.isAuthor(c, view.context()))
			.orElseThrow(NotFoundException::new);
	}

	private static void requireContributor(DialogueView view) {
		if (!view.context().canContribute(view.dialogue())) {
			throw new ChallengeRuleException(
					view.dialogue().isOpen() ? "challenge.error.not-member" : "challenge.error.dialogue-closed");
		}
	}

	/** Nothing is recorded in a dialogue that is not open, as nothing is posted. */
	private static void requireOpen(DialogueView view) {
		if (!view.dialogue().isOpen()) {
			throw new ChallengeRuleException("challenge.error.dialogue-closed");
		}
	}

	private static void requireText(ChallengeText text) {
		if (text.title() == null || text.title().isBlank() || text.title().strip().length() < 5
				|| text.title().strip().length() > 150) {
			throw new ChallengeRuleException("challenge.error.title.size");
		}
		if (text.body() == null || text.body().isBlank()) {
			throw new ChallengeRuleException("challenge.error.body");
		}
		if (text.body().length() > 10000) {
			throw new ChallengeRuleException("challenge.error.body.long");
		}
		if (text.formToken() != null && !text.formToken().matches("[A-Za-z0-9]{1,40}")) {
			throw new ChallengeRuleException("form.error.token");
		}
	}

	/**
	 * The ids of the themes with these codes: active ones, or retired ones the challenge
	 * already has.
	 */
	private Set<Long> themes(List<String> codes, java.util.Collection<Long> held) {
		Set<Long> chosen = new LinkedHashSet<>();
		List<Theme> known = new ArrayList<>(this.dialogues.themes());
		known.addAll(this.themes.ofIds(held));
		for (String code : codes) {
			Theme theme = known.stream()
				.filter((t) -> t.getCode().equals(code))
				.findFirst()
				.orElseThrow(() -> new ChallengeRuleException("challenge.error.theme"));
			chosen.add(theme.getId());
		}
		return chosen;
	}

}
