package org.commonground.vision;

import java.time.Clock;
import java.util.List;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators' translations of the reasons they give with their dispositions of comments
 * on the vision (issue 15), into the dialogue's languages other than the original (the
 * language the reasons are written in). Readers see the translation into their language
 * where there is one, marked as a translation; it never replaces the original. Only the
 * dialogue's facilitators (and admins) translate.
 */
@Service
@Transactional
public class ReasonTranslations {

	/** Longest reason, and so longest translation of one. */
	public static final int MAX_LENGTH = 1000;

	private final DialogueAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReasonTranslations(DialogueAccess access, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An answered comment on the vision of a dialogue the viewer facilitates, with its
	 * reason's translation into a language ({@code ""} where there is none yet).
	 * @param language a language of the dialogue other than the original; anything else
	 * means none chosen yet
	 * @throws NotFoundException where the viewer does not facilitate the dialogue or the
	 * comment has no answer on its vision
	 */
	@Transactional(readOnly = true)
	public Translatable translatable(String slug, AccountPrincipal viewer, long commentId, String language) {
		DialogueView view = this.access.facilitated(slug, viewer);
		String reason = reason(view, commentId);
		List<String> languages = view.dialogue().translationLanguages();
		String into = languages.contains(language) ? language : null;
		String source = (into != null) ? this.jdbc
			.sql("select reason from vision_disposition_translation where comment_id = :id and language = :language")
			.param("id", commentId)
			.param("language", into)
			.query(String.class)
			.optional()
			.orElse("") : "";
		return new Translatable(view, commentId, reason, view.dialogue().getOriginalLanguage(), languages, into,
				source);
	}

	/**
	 * Saves the translation of an answer's reason into a language of the dialogue; a
	 * blank text removes it.
	 * @throws VisionRuleException where the language is not one of the dialogue's others
	 * ({@code vision.answer.translation.error.language}) or the text is too long
	 * ({@code vision.error.reason})
	 */
	public void translate(String slug, AccountPrincipal viewer, long commentId, String language, String text) {
		DialogueView view = this.access.facilitated(slug, viewer);
		reason(view, commentId);
		if (!view.dialogue().translationLanguages().contains(language)) {
			throw new VisionRuleException("vision.answer.translation.error.language");
		}
		if (text == null || text.isBlank()) {
			this.jdbc.sql("delete from vision_disposition_translation where comment_id = :id and language = :language")
				.param("id", commentId)
				.param("language", language)
				.update();
			return;
		}
		String reason = text.strip();
		if (reason.length() > MAX_LENGTH) {
			throw new VisionRuleException("vision.error.reason");
		}
		this.jdbc.sql("""
				insert into vision_disposition_translation (comment_id, language, reason, translated_by, translated_at)
				values (:id, :language, :reason, :by, :now)
				on conflict (comment_id, language) do update set reason = excluded.reason,
				    translated_by = excluded.translated_by, translated_at = excluded.translated_at""")
			.param("id", commentId)
			.param("language", language)
			.param("reason", reason)
			.param("by", viewer.getId())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	/** The reason of the answer to a comment on this dialogue's vision. */
	private String reason(DialogueView view, long commentId) {
		return this.jdbc.sql("""
				select d.reason from vision_disposition d join vision_draft v on v.id = d.draft_id
				where d.comment_id = :id and v.dialogue_id = :dialogueId""")
			.param("id", commentId)
			.param("dialogueId", view.dialogue().getId())
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * An answer's reason to translate.
	 *
	 * @param originalLanguage the language the reason is written in
	 * @param languages the languages it can be translated into
	 * @param language the language chosen, or {@code null} before one is
	 * @param source the translation so far, or {@code ""}
	 */
	public record Translatable(DialogueView view, long commentId, String reason, String originalLanguage,
			List<String> languages, String language, String source) {
	}

}
