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
	 * A challenge to translate, with its translation so far into a language other than
	 * its own ({@code language} {@code null} before one is chosen).
	 */
	@Transactional(readOnly = true)
	public Translatable translatable(String slug, AccountPrincipal viewer, long id, String language) {
		DialogueView view = this.access.translatable(slug, viewer);
		Challenge challenge = challenge(view, id);
		String into = translatableInto(challenge, language, view.context().facilitates()) ? language : null;
		Map<String, Object> row = (into != null) ? this.jdbc.sql("""
				select title, body_source, response_source from challenge_translation
				where challenge_id = :id and language = :language""")
			.param("id", id)
			.param("language", into)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of()) : Map.of();
		return new Translatable(view, challenge, into, (String) row.getOrDefault("title", ""),
				(String) row.getOrDefault("body_source", ""), (String) row.getOrDefault("response_source", ""));
	}

	/**
	 * Saves the translation of a challenge into a language other than its own; all parts
	 * blank removes it.
	 * @throws ChallengeRuleException where the language is its own or not one of the
	 * five, or a part is too long (the field is named in the exception)
	 */
	public void translate(String slug, AccountPrincipal viewer, long id, String language, String title, String body,
			String response) {
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
		String r = view.context().facilitates() ? strip(response) : this.jdbc.sql("""
				select response_source from challenge_translation where challenge_id = :id and language = :language""")
			.param("id", id)
			.param("language", language)
			.query(String.class)
			.optional()
			.orElse("");
		if (t.isEmpty() && b.isEmpty() && r.isEmpty()) {
			this.jdbc.sql("delete from challenge_translation where challenge_id = :id and language = :language")
				.param("id", id)
				.param("language", language)
				.update();
			return;
		}
		if (t.length() > 150) {
			throw new ChallengeRuleException("challenge.error.title.size");
		}
		if (b.length() > 10_000 || r.length() > 10_000) {
			throw new ChallengeRuleException("challenge.error.body.long");
		}
		this.jdbc.sql("""
				insert into challenge_translation (challenge_id, language, title, body_source, body_html,
				    response_source, response_html, translated_by, translated_at)
				values (:id, :language, :title, :body, :bodyHtml, :response, :responseHtml, :by, :now)
				on conflict (challenge_id, language) do update set title = excluded.title,
				    body_source = excluded.body_source, body_html = excluded.body_html,
				    response_source = excluded.response_source, response_html = excluded.response_html,
				    translated_by = excluded.translated_by, translated_at = excluded.translated_at""")
			.param("id", id)
			.param("language", language)
			.param("title", t)
			.param("body", b)
			.param("bodyHtml", b.isEmpty() ? "" : this.markdown.toHtml(b))
			.param("response", r)
			.param("responseHtml", r.isEmpty() ? "" : this.markdown.toHtml(r))
			.param("by", viewer.getId())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
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
			String response) {
	}

}
