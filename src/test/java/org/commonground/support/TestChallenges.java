package org.commonground.support;

import java.util.ArrayList;
import java.util.List;

import org.commonground.challenge.ChallengeContributions;
import org.commonground.challenge.ChallengeFacilitation;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeText;
import org.commonground.comment.CommentPosting;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.NewComment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds challenges and comments for tests through the real services, and large threads
 * straight in the database.
 */
@Component
public class TestChallenges {

	private final ChallengeService challenges;

	private final ChallengeContributions contributions;

	private final ChallengeFacilitation facilitation;

	private final CommentPosting comments;

	private final TestDialogues dialogues;

	private final JdbcTemplate jdbc;

	TestChallenges(ChallengeService challenges, ChallengeContributions contributions,
			ChallengeFacilitation facilitation, CommentPosting comments, TestDialogues dialogues, JdbcTemplate jdbc) {
		this.challenges = challenges;
		this.contributions = contributions;
		this.facilitation = facilitation;
		this.comments = comments;
		this.dialogues = dialogues;
		this.jdbc = jdbc;
	}

	/** A challenge raised by the member; returns its id. */
	public long raise(String slug, String authorEmail, String title, String... themes) {
		return this.dialogues.as(authorEmail, (me) -> this.contributions.create(slug, me,
				new ChallengeText(title, "Body of *" + title + "*", List.of(themes), null)));
	}

	/** A comment (or a reply when parentId is given); returns its id. */
	public long comment(String slug, String authorEmail, long challengeId, Long parentId, String body) {
		return this.dialogues
			.as(authorEmail, (me) -> this.comments.post(slug, me,
					CommentTarget.of(ChallengeService.TARGET_TYPE, challengeId), new NewComment(body, parentId, null)))
			.id();
	}

	public void endorse(String slug, String email, long challengeId) {
		this.dialogues.as(email, (me) -> {
			this.contributions.endorse(slug, me, challengeId);
			return null;
		});
	}

	/**
	 * Adds {@code count} top-level comments by the author straight in the database (as
	 * the service would store them), each of the newest {@code withReplies} with five
	 * replies; fast enough for 100,000.
	 */
	public void bulkComments(String slug, String authorEmail, long challengeId, int count, int withReplies) {
		Long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, slug);
		this.jdbc.update("""
				insert into comment (dialogue_id, target_type, target_id, parent_id, depth, author_id, author_group_id,
				                     body_source, body_html, created_at)
				select ?, 'CHALLENGE', ?, null, 0, a.id, a.stakeholder_group_id, 'Bulk comment ' || n,
				       '<p>Bulk comment ' || n || '</p>', now()
				from account a cross join generate_series(1, ?) n where a.email = ?""", dialogueId, challengeId, count,
				authorEmail);
		List<Long> newest = this.jdbc.queryForList("""
				select id from comment where target_type = 'CHALLENGE' and target_id = ? and parent_id is null
				order by id desc limit ?""", Long.class, challengeId, withReplies);
		List<Object[]> replies = new ArrayList<>();
		for (Long parent : newest) {
			for (int i = 0; i < 5; i++) {
				replies.add(new Object[] { parent });
			}
		}
		this.jdbc.batchUpdate("""
				insert into comment (dialogue_id, target_type, target_id, parent_id, depth, author_id, author_group_id,
				                     body_source, body_html, created_at)
				select p.dialogue_id, p.target_type, p.target_id, p.id, 1, p.author_id, p.author_group_id,
				       'Bulk reply', '<p>Bulk reply</p>', now()
				from comment p where p.id = ?""", replies);
		this.jdbc.update("""
				update comment p set reply_count = (select count(*) from comment r where r.parent_id = p.id)
				where p.target_type = 'CHALLENGE' and p.target_id = ? and p.parent_id is null""", challengeId);
		this.jdbc.update("""
				update challenge set comment_count = (select count(*) from comment where target_type = 'CHALLENGE'
				and target_id = ?) where id = ?""", challengeId, challengeId);
	}

}
