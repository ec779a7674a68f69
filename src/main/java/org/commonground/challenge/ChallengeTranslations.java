package org.commonground.challenge;

import java.time.Clock;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators' translations of a challenge's title and text and of their public response
 * to it (issue 15): shown below the originals, marked with who made them, never replacing
 * them. The dialogue's facilitators (and admins) and members they marked as translators
 * translate title and text, only facilitators the response; only challenges everyone can
 * see.
 */
@Service
@Transactional
public class ChallengeTranslations {

	private final DialogueAccess access;

	private final ChallengeRepository challenges;

	private final MarkdownRenderer markdown;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChallengeTranslations(DialogueAccess access, ChallengeRepository challenges, MarkdownRenderer markdown,
			JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.challenges = challenges;
		this.markdown = markdown;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Those of the challenges that exist in the dialogue and everyone may see, by id, as
	 * {@link ChallengeService#refs(DialogueView, java.util.Collection)}, but titled in
	 * {@code language} where a facilitator translated the title into it (the original
	 * elsewhere), with the title's language. One statement (none for no ids).
	 */
	@Transactional(readOnly = true)
	public Map<Long, ChallengeRef> refs(DialogueView view, java.util.Collection<Long> ids, String language) {
		return refsIn(view.dialogue().getId(), ids, language);
	}

	/**
	 * Those of the challenges everyone may see, whichever their dialogues, by id, as
	 * {@link #refs(DialogueView, java.util.Collection, String)} in any dialogue, and
	 * those the reader wrote whatever their moderation (held or hidden, an author still
	 * sees their own): for a list of a person's own choices (what they follow). One
	 * statement (none for no ids).
	 */
	@Transactional(readOnly = true)
	public Map<Long, ChallengeRef> refs(java.util.Collection<Long> ids, String language, long readerId) {
		return refsIn(null, ids, language, readerId);
	}

	private Map<Long, ChallengeRef> refsIn(Long dialogueId, java.util.Collection<Long> ids, String language) {
		return refsIn(dialogueId, ids, language, null);
	}

	/**
	 * The two above: in one dialogue, or in any when {@code dialogueId} is null; the
	 * reader's own too when {@code authorId} is given.
	 */
	private Map<Long, ChallengeRef> refsIn(Long dialogueId, java.util.Collection<Long> ids, String language,
			Long authorId) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, ChallengeRef> found = new java.util.HashMap<>();
		this.jdbc.sql("""
				select c.id, c.title, c.language, t.title as translated
				from challenge c
				left join challenge_translation t on t.challenge_id = c.id and t.language = :language
				  and t.language <> c.language and t.title <> ''
				where (cast(:dialogueId as bigint) is null or c.dialogue_id = :dialogueId)
				  and c.id in (:ids)
				  and (c.moderation = 'VISIBLE' or c.author_id = cast(:authorId as bigint))""")
			.param("language", (language != null) ? language : "")
			.param("dialogueId", dialogueId, java.sql.Types.BIGINT)
			.param("authorId", authorId, java.sql.Types.BIGINT)
			.param("ids", java.util.List.copyOf(ids))
			.query((rs, row) -> {
				String translated = rs.getString("translated");
				return (translated != null) ? new ChallengeRef(rs.getLong("id"), translated, language, true)
						: new ChallengeRef(rs.getLong("id"), rs.getString("title"), rs.getString("language"), false);
			})
			.list()
			.forEach((ref) -> found.put(ref.id(), ref));
		return found;
	}

	/**
	 * The titles facilitators translated into {@code language} of those of the challenges
	 * everyone may see, whichever their dialogues, by id (none for a challenge without
	 * one): for lists that name challenges by the title they had when listed (the
	 * notifications inbox). One statement (none for no ids).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> translatedTitles(java.util.Collection<Long> ids, String language) {
		if (ids.isEmpty() || language == null) {
			return Map.of();
		}
		Map<Long, String> found = new java.util.HashMap<>();
		this.jdbc.sql("""
				select c.id, t.title from challenge c
				join challenge_translation t on t.challenge_id = c.id and t.language = :language
				where c.id in (:ids) and c.moderation = 'VISIBLE' and t.language <> c.language and t.title <> ''""")
			.param("language", language)
			.param("ids", java.util.List.copyOf(ids))
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach((e) -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	/**
	 * The facilitators' translation of a challenge's public response into the language,
	 * as written (Markdown), unless the response was rewritten since (then it is marked
	 * out of date); empty when there is none or it is out of date. For messages that
	 * carry the response (SMS).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> currentResponseTranslation(long challengeId, String language) {
		return this.jdbc.sql("""
				select t.response_source from challenge_translation t join challenge c on c.id = t.challenge_id
				where t.challenge_id = :id and t.language = :language and t.response_source <> ''
				  and c.response_source is not null and not t.response_out_of_date""")
			.param("id", challengeId)
			.param("language", (language != null) ? language : "")
			.query(String.class)
			.optional();
	}

	/**
	 * A challenge to translate, with its translation so far into a language other than
	 * its own ({@code language} {@code null} before one is chosen).
	 */
	@Transactional(readOnly = true)
	public Translatable translatable(String slug, AccountPrincipal viewer, long id, String language) {
		DialogueView view = this.access.translatable(slug, viewer);
		Challenge challenge = challenge(view, id);
		String into = translatableInto(challenge, language, view.context().facilitates()) ? language : null;
		Map<String, Object> row = (into != null) ? this.jdbc.sql("""
				select title, body_source, response_source, response_out_of_date from challenge_translation
				where challenge_id = :id and language = :language""")
			.param("id", id)
			.param("language", into)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of()) : Map.of();
		return new Translatable(view, challenge, into, (String) row.getOrDefault("title", ""),
				(String) row.getOrDefault("body_source", ""), (String) row.getOrDefault("response_source", ""),
				Boolean.TRUE.equals(row.get("response_out_of_date")));
	}

	/**
	 * Saves the translation of a challenge into a language other than its own; all parts
	 * blank removes it. A response translation that was out of date (the response was
	 * rewritten since) is up to date once changed; an unchanged one stays out of date.
	 * @throws ChallengeRuleException where the language is its own or not one of the
	 * five, or a part is too long (the field is named in the exception)
	 */
	public void translate(String slug, AccountPrincipal viewer, long id, String language, String title, String body,
			String response) {
		translate(slug, viewer, id, language, title, body, response, false);
	}

	/**
	 * Saves the translation as
	 * {@link #translate(String, AccountPrincipal, long, String, String, String, String)}
	 * does; {@code responseStillFits}: a facilitator checked that the unchanged
	 * translation of a rewritten response still fits it, and it is up to date again.
	 */
	public void translate(String slug, AccountPrincipal viewer, long id, String language, String title, String body,
			String response, boolean responseStillFits) {
		DialogueView view = this.access.translatable(slug, viewer);
		Challenge challenge = challenge(view, id);
		if (!translatableInto(challenge, language, view.context().facilitates())) {
			throw new ChallengeRuleException("challenge.translation.error.language");
		}
		String t = strip(title);
		String b = strip(body);
		// Into the challenge's own language only its response is translated, and a
		// response is not translated into the language it is written in.
		if (language.equals(challenge.getLanguage()) && (!t.isEmpty() || !b.isEmpty())) {
			throw new ChallengeRuleException("challenge.translation.error.language");
		}
		if (view.context().facilitates() && language.equals(challenge.getResponseLanguage())
				&& !strip(response).isEmpty()) {
			throw new ChallengeRuleException("challenge.translation.error.response-language");
		}
		// The facilitators' response is theirs to translate; a translator keeps its
		// translation as it was.
		Map<String, Object> existing = this.jdbc.sql("""
				select response_source, response_out_of_date from challenge_translation
				where challenge_id = :id and language = :language""")
			.param("id", id)
			.param("language", language)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
		String before = (String) existing.getOrDefault("response_source", "");
		String r = view.context().facilitates() ? strip(response) : before;
		// Out of date while it is the translation of an earlier wording of the response:
		// until a facilitator changes it or checks that it still fits.
		boolean outOfDate = Boolean.TRUE.equals(existing.get("response_out_of_date")) && r.equals(before)
				&& !(responseStillFits && view.context().facilitates());
		if (t.isEmpty() && b.isEmpty() && r.isEmpty()) {
			this.jdbc.sql("delete from challenge_translation where challenge_id = :id and language = :language")
				.param("id", id)
				.param("language", language)
				.update();
			return;
		}
		// A text without its title would leave the list in one language and the page in
		// another, and emptying the title box must not quietly remove a saved title.
		if (t.isEmpty() && !b.isEmpty()) {
			throw new ChallengeRuleException("challenge.translation.error.title-missing");
		}
		if (t.length() > 150) {
			throw new ChallengeRuleException("challenge.error.title.size");
		}
		if (b.length() > 10_000 || r.length() > 10_000) {
			throw new ChallengeRuleException("challenge.error.body.long");
		}
		this.jdbc.sql("""
				insert into challenge_translation (challenge_id, language, title, body_source, body_html,
				    response_source, response_html, response_out_of_date, translated_by, translated_at)
				values (:id, :language, :title, :body, :bodyHtml, :response, :responseHtml, :outOfDate, :by, :now)
				on conflict (challenge_id, language) do update set title = excluded.title,
				    body_source = excluded.body_source, body_html = excluded.body_html,
				    response_source = excluded.response_source, response_html = excluded.response_html,
				    response_out_of_date = excluded.response_out_of_date,
				    translated_by = excluded.translated_by, translated_at = excluded.translated_at""")
			.param("id", id)
			.param("language", language)
			.param("title", t)
			.param("body", b)
			.param("bodyHtml", b.isEmpty() ? "" : this.markdown.toHtml(b))
			.param("response", r)
			.param("responseHtml", r.isEmpty() ? "" : this.markdown.toHtml(r))
			.param("outOfDate", outOfDate && !r.isEmpty())
			.param("by", viewer.getId())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * The challenge's response was rewritten (or removed): its translations are of an
	 * earlier wording and out of date until a facilitator updates them. One statement.
	 */
	void responseChanged(long challengeId) {
		this.jdbc.sql("""
				update challenge_translation set response_out_of_date = true
				where challenge_id = :id and response_source <> '' and not response_out_of_date""")
			.param("id", challengeId)
			.update();
	}

	/**
	 * Whether a translation into the language may be written: one of the five, and either
	 * not the challenge's language or (for facilitators, who translate the response) not
	 * the response's.
	 */
	private static boolean translatableInto(Challenge challenge, String language, boolean facilitates) {
		if (!SupportedLanguages.isSupported(language)) {
			return false;
		}
		return !language.equals(challenge.getLanguage()) || (facilitates && challenge.getResponseSource() != null
				&& !language.equals(challenge.getResponseLanguage()));
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private Challenge challenge(DialogueView view, long id) {
		return this.challenges.findInDialogue(id, view.dialogue().getId())
			.filter(Challenge::isShown)
			.orElseThrow(NotFoundException::new);
	}

	/** A challenge being translated and its translation so far. */
	public record Translatable(DialogueView view, Challenge challenge, String language, String title, String body,
			String response, boolean responseOutOfDate) {
	}

}
