package org.commonground.comment;

import java.util.List;
import java.util.Map;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's comments and replies and the translations of comments they made, for their
 * data archive: of comments still shown (a hidden or deleted comment is not its
 * translator's to keep).
 */
@Component
class CommentPersonalData implements PersonalDataSource {

	private final CommentRepository comments;

	private final JdbcClient jdbc;

	CommentPersonalData(CommentRepository comments, JdbcClient jdbc) {
		this.comments = comments;
		this.jdbc = jdbc;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table(
				"comments", List.of("id", "dialogue_id", "target_type", "target_id", "anchor", "version", "parent_id",
						"text", "status", "created_at", "edited_at", "deleted_at"),
				this.comments.findPersonalData(accountId));
		archive.table(this.jdbc, "comment_translations",
				List.of("comment_id", "language", "body_source", "translated_at"),
				"FROM comment_translation t WHERE t.translated_by = :id AND EXISTS (SELECT 1 FROM comment c"
						+ " WHERE c.id = t.comment_id AND c.status = 'VISIBLE') ORDER BY comment_id, language",
				Map.of("id", accountId));
	}

}
