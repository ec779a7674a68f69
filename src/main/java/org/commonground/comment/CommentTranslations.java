package org.commonground.comment;

import java.time.Clock;
import java.util.Optional;

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
 * Facilitators' translations of comments (issue 15): shown below the original, marked as
 * translations with who made them; they never replace the original. The dialogue's
 * facilitators (and admins) and members they marked as translators translate, and only
 * visible comments.
 */
@Service
@Transactional
public class CommentTranslations {

	private final DialogueAccess access;

	private final CommentRepository comments;

	private final CommentViews views;

	private final MarkdownRenderer markdown;

	private final JdbcClient jdbc;

	private final Clock clock;

	CommentTranslations(DialogueAccess access, CommentRepository comments, CommentViews views,
			MarkdownRenderer markdown, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.comments = comments;
		this.views = views;
		this.markdown = markdown;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A visible comment of a dialogue the viewer facilitates, with its translation into a
	 * language.
	 */
	@Transactional(readOnly = true)
	public Translatable translatable(String slug, AccountPrincipal viewer, long commentId, String language) {
		DialogueView view = this.access.translatable(slug, viewer);
		Comment comment = comment(view, commentId);
		String into = SupportedLanguages.isSupported(language) && !language.equals(comment.getLanguage()) ? language
				: null;
		Optional<String> source = (into != null) ? this.jdbc
			.sql("select body_source from comment_translation where comment_id = :id and language = :language")
			.param("id", commentId)
			.param("language", into)
			.query(String.class)
			.optional() : Optional.empty();
		return new Translatable(view, comment, this.views.describe(comment.target(), view), into, source.orElse(""));
	}

	/**
	 * Saves the translation of a comment into a language other than its own; a blank text
	 * removes it.
	 * @throws CommentRuleException where the language is its own or not one of the five,
	 * or the text is too long
	 */
	public void translate(String slug, AccountPrincipal viewer, long commentId, String language, String text) {
		DialogueView view = this.access.translatable(slug, viewer);
		Comment comment = comment(view, commentId);
		if (!SupportedLanguages.isSupported(language) || language.equals(comment.getLanguage())) {
			throw new CommentRuleException("comment.translation.error.language");
		}
		if (text == null || text.isBlank()) {
			this.jdbc.sql("delete from comment_translation where comment_id = :id and language = :language")
				.param("id", commentId)
				.param("language", language)
				.update();
			return;
		}
		if (text.length() > Comment.MAX_LENGTH) {
			throw new CommentRuleException("comment.error.long");
		}
		String source = text.strip();
		this.jdbc
			.sql("""
					insert into comment_translation (comment_id, language, body_source, body_html, translated_by, translated_at)
					values (:id, :language, :source, :html, :by, :now)
					on conflict (comment_id, language) do update set body_source = excluded.body_source,
					    body_html = excluded.body_html, translated_by = excluded.translated_by,
					    translated_at = excluded.translated_at""")
			.param("id", commentId)
			.param("language", language)
			.param("source", source)
			.param("html", this.markdown.toHtml(source))
			.param("by", viewer.getId())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	private Comment comment(DialogueView view, long commentId) {
		return this.comments.findInDialogue(commentId, view.dialogue().getId())
			.filter(Comment::isVisible)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * A comment to translate.
	 *
	 * @param language the language chosen, or {@code null} before one is
	 * @param source the translation so far, or {@code ""}
	 */
	public record Translatable(DialogueView view, Comment comment, CommentTargetInfo target, String language,
			String source) {
	}

}
