package org.commonground.comment;

import java.util.List;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/** A person's comments and replies, for their data archive. */
@Component
class CommentPersonalData implements PersonalDataSource {

	private final CommentRepository comments;

	CommentPersonalData(CommentRepository comments) {
		this.comments = comments;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table(
				"comments", List.of("id", "dialogue_id", "target_type", "target_id", "anchor", "version", "parent_id",
						"text", "status", "created_at", "edited_at", "deleted_at"),
				this.comments.findPersonalData(accountId));
	}

}
