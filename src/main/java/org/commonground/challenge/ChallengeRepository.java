package org.commonground.challenge;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

	/** A challenge with everything its page shows, in one statement. */
	@Query("""
			select distinct c from Challenge c left join fetch c.themeIds
			where c.id = :id and c.dialogueId = :dialogueId""")
	Optional<Challenge> findForPage(long id, long dialogueId);

	@Query("select c from Challenge c where c.id = :id and c.dialogueId = :dialogueId")
	Optional<Challenge> findInDialogue(long id, long dialogueId);

	@Modifying
	@Query(value = """
			update challenge set moderation = 'HIDDEN', hidden_at = :at, hidden_reason = :reason
			where id = :id and moderation in ('VISIBLE', 'PENDING', 'HIDDEN')""", nativeQuery = true)
	int hide(long id, String reason, java.time.Instant at);

	@Modifying
	@Query(value = """
			update challenge set moderation = 'VISIBLE', hidden_at = null, hidden_reason = null
			where id = :id and moderation in ('HIDDEN', 'PENDING')""", nativeQuery = true)
	int show(long id);

	@Query(value = """
			select count(*) from challenge
			where dialogue_id = :dialogueId and author_id = :authorId and moderation = 'VISIBLE'""", nativeQuery = true)
	long countVisibleBy(long dialogueId, long authorId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Challenge c where c.id in :ids and c.dialogueId = :dialogueId order by c.id")
	List<Challenge> findForUpdate(List<Long> ids, long dialogueId);

	/** Records an endorsement unless the account already endorsed; 1 if recorded. */
	@Modifying
	@Query(value = """
			insert into challenge_endorsement (challenge_id, account_id, group_id, created_at)
			values (:challengeId, :accountId, :groupId, :now)
			on conflict (challenge_id, account_id) do nothing""", nativeQuery = true)
	int insertEndorsement(long challengeId, long accountId, long groupId, java.time.Instant now);

	@Modifying
	@Query(value = "delete from challenge_endorsement where challenge_id = :challengeId and account_id = :accountId",
			nativeQuery = true)
	int deleteEndorsement(long challengeId, long accountId);

	@Query(value = """
			select exists (select 1 from challenge_endorsement where challenge_id = :challengeId and account_id = :accountId)""",
			nativeQuery = true)
	boolean isEndorsedBy(long challengeId, long accountId);

	@Modifying
	@Query("update Challenge c set c.endorsementCount = c.endorsementCount + :delta where c.id = :id")
	void addEndorsements(long id, int delta);

	@Modifying
	@Query("update Challenge c set c.commentCount = c.commentCount + :delta where c.id = :id")
	void addComments(long id, int delta);

	/**
	 * Counts a new comment unless the challenge has been merged (waiting for a merge in
	 * progress); 0 if merged.
	 */
	@Modifying
	@Query("""
			update Challenge c set c.commentCount = c.commentCount + :delta
			where c.id = :id and c.status <> org.commonground.challenge.ChallengeStatus.MERGED""")
	int addCommentsUnlessMerged(long id, int delta);

	/**
	 * Gives the target the source's endorsements and the source's author as an endorser,
	 * skipping the target's author and anyone who already endorsed the target.
	 */
	@Modifying
	@Query(value = """
			insert into challenge_endorsement (challenge_id, account_id, group_id, created_at)
			select :targetId, e.account_id, e.group_id, e.created_at from challenge_endorsement e
			where e.challenge_id = :sourceId and e.account_id <> :targetAuthorId
			union all
			select :targetId, s.author_id, s.author_group_id, s.created_at from challenge s
			where s.id = :sourceId and s.author_id <> :targetAuthorId
			on conflict (challenge_id, account_id) do nothing""", nativeQuery = true)
	void copyEndorsements(long sourceId, long targetId, long targetAuthorId);

	@Modifying
	@Query(value = "delete from challenge_endorsement where challenge_id = :challengeId", nativeQuery = true)
	void deleteEndorsements(long challengeId);

	/**
	 * After a merge: the target counts its endorsements afresh and takes the source's
	 * comments; the source keeps none.
	 */
	@Modifying
	@Query(value = """
			update challenge c set
			  endorsement_count = case when c.id = :targetId
			    then (select count(*) from challenge_endorsement e where e.challenge_id = :targetId) else 0 end,
			  comment_count = case when c.id = :targetId
			    then c.comment_count + (select s.comment_count from challenge s where s.id = :sourceId) else 0 end
			where c.id in (:sourceId, :targetId)""", nativeQuery = true)
	void recountAfterMerge(long sourceId, long targetId);

	/** Challenges merged earlier into the source now lead straight to the new target. */
	@Modifying
	@Query("update Challenge c set c.mergedIntoId = :targetId where c.mergedIntoId = :sourceId")
	void repointMerged(long sourceId, long targetId);

	/**
	 * The most endorsed challenges of a dialogue with the number of all, for its page,
	 * each with its visible comments (replies included; hidden and held ones not counted)
	 * from the comment module's published {@code comment_directory} (ADR 0016), and its
	 * title translated into {@code language} (null where it is not), in the same
	 * statement.
	 */
	@Query(value = """
			select c.id, c.title, c.status, c.endorsement_count,
			       (select count(*) from comment_directory d
			        where d.target_type = 'CHALLENGE' and d.target_id = c.id and d.status = 'VISIBLE'),
			       count(*) over (), c.language,
			       t.title as translated
			from challenge c
			left join challenge_translation t on t.challenge_id = c.id and t.language = :language
			  and t.language <> c.language and t.title <> ''
			where c.dialogue_id = :dialogueId and c.status <> 'MERGED' and c.moderation = 'VISIBLE'
			order by c.endorsement_count desc, c.id desc limit :limit""", nativeQuery = true)
	List<Object[]> findTop(long dialogueId, String language, int limit);

	/**
	 * Visible challenges of a dialogue among {@code ids} or whose title or text contains
	 * {@code phrase} (ignoring case; none when it is blank), newest first.
	 */
	@Query(value = """
			select c.id, c.title, c.language from challenge c
			where c.dialogue_id = :dialogueId and c.moderation = 'VISIBLE'
			  and (c.id in (:ids) or (:phrase <> '' and (strpos(lower(c.title), lower(:phrase)) > 0
			       or strpos(lower(c.body_source), lower(:phrase)) > 0)))
			order by c.id desc limit :limit""", nativeQuery = true)
	List<Object[]> findMentions(long dialogueId, java.util.Collection<Long> ids, String phrase, int limit);

	/**
	 * The challenges everyone can see, most endorsed first, with their responders, for a
	 * printed summary.
	 */
	@Query("""
			select c from Challenge c
			where c.dialogueId = :dialogueId and c.status <> org.commonground.challenge.ChallengeStatus.MERGED
			  and c.moderation = 'VISIBLE'
			order by c.endorsementCount desc, c.id""")
	List<Challenge> findForSummary(long dialogueId);

	/** Challenges another one may be merged into. */
	@Query("""
			select c from Challenge c where c.dialogueId = :dialogueId and c.id <> :excludeId
			  and c.status <> org.commonground.challenge.ChallengeStatus.MERGED and c.moderation = 'VISIBLE'
			order by lower(c.title), c.id""")
	List<Challenge> findMergeTargets(long dialogueId, long excludeId);

	/** Ids and titles of the dialogue's challenges everyone can see, by title. */
	@Query("""
			select new org.commonground.challenge.ChallengeRef(c.id, c.title) from Challenge c
			where c.dialogueId = :dialogueId and c.status <> org.commonground.challenge.ChallengeStatus.MERGED
			  and c.moderation = 'VISIBLE'
			order by lower(c.title), c.id""")
	List<ChallengeRef> findLinkable(long dialogueId);

	/** Ids and titles of those of the challenges everyone can see. */
	@Query("""
			select new org.commonground.challenge.ChallengeRef(c.id, c.title, c.language, false) from Challenge c
			where c.dialogueId = :dialogueId and any_of(c.id, :ids) and c.moderation = 'VISIBLE'""")
	List<ChallengeRef> findRefs(long dialogueId, Long[] ids);

	@Query(value = "select id from challenge where author_id = :authorId and form_token = :token", nativeQuery = true)
	Long findIdByFormToken(long authorId, String token);

	/**
	 * Inserts a challenge unless its author already posted from this form.
	 * @return the new id, or nothing when the form had been posted before
	 */
	@Query(value = """
			insert into challenge (dialogue_id, author_id, author_group_id, title, body_source, body_html, form_token,
			                       created_at, moderation, language)
			values (:dialogueId, :authorId, :authorGroupId, :title, :source, :html, cast(:token as varchar), :now,
			        :moderation, :language)
			on conflict (author_id, form_token) do nothing
			returning id""", nativeQuery = true)
	List<Long> insertOnce(long dialogueId, long authorId, long authorGroupId, String title, String source, String html,
			String token, java.time.Instant now, String moderation, String language);

	/**
	 * Marks a challenge as recorded on behalf of others (issue 16), or its record as
	 * checked.
	 */
	@org.springframework.data.jpa.repository.Modifying
	@Query(value = """
			update challenge set recorded_for = :people, recorded_on = :on, recorded_checked = :checked
			where id = :id and dialogue_id = :dialogueId""", nativeQuery = true)
	int markRecorded(long id, long dialogueId, int people, java.time.LocalDate on, boolean checked);

	/** The account's challenges, for its own data archive. */
	@Query(value = """
			select c.id, c.dialogue_id, c.title, c.body_source, c.status, c.moderation, c.created_at, c.edited_at
			from challenge c where c.author_id = :accountId order by c.id""", nativeQuery = true)
	List<Object[]> findPersonalData(long accountId);

	/** The challenges the account endorsed, for its own data archive. */
	@Query(value = """
			select e.challenge_id, e.created_at from challenge_endorsement e
			where e.account_id = :accountId order by e.created_at""", nativeQuery = true)
	List<Object[]> findEndorsementsOf(long accountId);

}
