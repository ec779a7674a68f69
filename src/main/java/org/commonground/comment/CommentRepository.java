package org.commonground.comment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

	/**
	 * The comments with these ids. The ids are an array ({@code id = any(?)} in SQL), not
	 * an {@code in} list, which Hibernate would translate anew on every call (see
	 * {@code DialogueRepository.findReadableIds}).
	 */
	@Query("select c from Comment c where any_of(c.id, :ids)")
	List<Comment> findByIds(Long[] ids);

	/**
	 * Ids of one page of a target's top-level comments, newest first, below the keyset
	 * {@code before}, followed by the first replies of each and the first replies of
	 * those. One statement that walks three indexes, whatever the size of the thread.
	 */
	@Query(value = """
			with top as (
			  select id from comment
			  where target_type = :type and target_id = :targetId and target_anchor = :anchor
			    and (:version < 0 or (target_anchor = '' and target_version = :version)
			         or (target_anchor <> '' and target_version <= :version))
			    and parent_id is null and id < :before
			  order by id desc limit :limit
			), first_replies as (
			  select r.id from top cross join lateral (
			    select c.id from comment c where c.parent_id = top.id order by c.id limit :replies) r
			), second_replies as (
			  select r.id from first_replies f cross join lateral (
			    select c.id from comment c where c.parent_id = f.id order by c.id limit :replies) r
			)
			select id from top union all select id from first_replies union all select id from second_replies""",
			nativeQuery = true)
	List<Long> findThreadIds(String type, long targetId, String anchor, int version, long before, int limit,
			int replies);

	/**
	 * For several anchors of one target at once (the paragraphs of a version): rows
	 * {@code (id, null, null)} for the newest top-level comments of each anchor with
	 * their first replies and the first replies of those, and rows
	 * {@code (null, anchor, count)} with each anchor's number of visible comments.
	 * Comments on the whole target (anchor '') count only for the given version; comments
	 * on a part count for every version. One statement.
	 * @param anchors a PostgreSQL array literal of the anchors, such as
	 * {@code {p1,p2,""}}
	 */
	@Query(value = """
			with anchors as (select unnest(cast(:anchors as text[])) as anchor),
			top as (
			  select r.id from anchors a cross join lateral (
			    select c.id from comment c
			    where c.target_type = :type and c.target_id = :targetId and c.target_anchor = a.anchor
			      and (case when a.anchor = '' then c.target_version = :version else c.target_version <= :version end)
			      and c.parent_id is null
			    order by c.id desc limit :perAnchor) r
			), first_replies as (
			  select r.id from top cross join lateral (
			    select c.id from comment c where c.parent_id = top.id order by c.id limit :replies) r
			), second_replies as (
			  select r.id from first_replies f cross join lateral (
			    select c.id from comment c where c.parent_id = f.id order by c.id limit :replies) r
			)
			select id, cast(null as text), cast(null as bigint) from top
			union all select id, null, null from first_replies
			union all select id, null, null from second_replies
			union all
			select null, c.target_anchor, count(*) from comment c
			where c.target_type = :type and c.target_id = :targetId and c.status = 'VISIBLE'
			  and c.target_anchor in (select anchor from anchors)
			  and (case when c.target_anchor = '' then c.target_version = :version else c.target_version <= :version end)
			group by c.target_anchor""",
			nativeQuery = true)
	List<Object[]> findAnchoredThreads(String type, long targetId, String anchors, int version, int perAnchor,
			int replies);

	/**
	 * {@code (targetId, count)} of the visible comments (replies included) on each of
	 * several targets of one type; targets without any are left out. One statement that
	 * walks the thread and reply indexes (replies are not indexed by target).
	 */
	@Query(value = """
			with top as (
			  select id, target_id, status from comment
			  where target_type = :type and target_id in (:targetIds) and parent_id is null
			), first_replies as (
			  select c.id, top.target_id, c.status from top join comment c on c.parent_id = top.id
			), second_replies as (
			  select c.id, f.target_id, c.status from first_replies f join comment c on c.parent_id = f.id
			)
			select target_id, count(*) from (
			  select target_id, status from top union all select target_id, status from first_replies
			  union all select target_id, status from second_replies) t
			where status = 'VISIBLE' group by target_id""", nativeQuery = true)
	List<Object[]> countVisibleOnTargets(String type, java.util.Collection<Long> targetIds);

	/** Every visible comment on a target, by anchor and age, with its author. */
	@Query("""
			select c from Comment c
			where c.targetType = :type and c.targetId = :targetId
			  and c.status = org.commonground.comment.CommentStatus.VISIBLE
			order by c.targetAnchor, c.id""")
	List<Comment> findVisibleOnTarget(String type, long targetId);

	/**
	 * Ids of one page of a comment's replies, oldest first, after the keyset
	 * {@code after}, followed by the first replies of each.
	 */
	@Query(value = """
			with page as (
			  select id from comment where parent_id = :parentId and id > :after order by id limit :limit
			), nested as (
			  select r.id from page cross join lateral (
			    select c.id from comment c where c.parent_id = page.id order by c.id limit :replies) r
			)
			select id from page union all select id from nested""", nativeQuery = true)
	List<Long> findReplyIds(long parentId, long after, int limit, int replies);

	@Query("""
			select c from Comment c
			where c.id = :id and c.dialogueId = :dialogueId""")
	Optional<Comment> findInDialogue(long id, long dialogueId);

	/** Hides a visible or held comment; its row and replies stay. */
	/** Forgets the translations of a comment its author deleted. */
	@Modifying
	@Query(value = "delete from comment_translation where comment_id = :commentId", nativeQuery = true)
	int deleteTranslations(long commentId);

	@Modifying
	@Query(value = """
			update comment set status = 'HIDDEN', hidden_at = :at, hidden_reason = :reason
			where id = :id and status in ('VISIBLE', 'PENDING', 'HIDDEN')""", nativeQuery = true)
	int hide(long id, String reason, java.time.Instant at);

	/** Shows a hidden or held comment to everyone. */
	@Modifying
	@Query(value = """
			update comment set status = 'VISIBLE', hidden_at = null, hidden_reason = null
			where id = :id and status in ('HIDDEN', 'PENDING')""", nativeQuery = true)
	int show(long id);

	@Query(value = """
			select count(*) from comment where dialogue_id = :dialogueId and author_id = :authorId and status = 'VISIBLE'""",
			nativeQuery = true)
	long countVisibleBy(long dialogueId, long authorId);

	@Modifying
	@Query("update Comment c set c.replyCount = c.replyCount + 1 where c.id = :id")
	void countReply(long id);

	/**
	 * Moves a target's comments, with their replies, to another target of the same type.
	 */
	@Modifying
	@Query("update Comment c set c.targetId = :to where c.targetType = :type and c.targetId = :from")
	int moveTarget(String type, long from, long to);

	/**
	 * Inserts a comment unless its author already posted from this form.
	 * @return the new id, or nothing when the form had been posted before
	 */
	@Query(value = """
			insert into comment (dialogue_id, target_type, target_id, target_anchor, target_version, parent_id, depth,
			                     author_id, author_group_id, body_source, body_html, form_token, created_at, status,
			                     language)
			values (:dialogueId, :type, :targetId, :anchor, cast(:version as integer), cast(:parentId as bigint), :depth,
			        :authorId, :authorGroupId, :source, :html, cast(:token as varchar), :now, :status, :language)
			on conflict (author_id, form_token) do nothing
			returning id""",
			nativeQuery = true)
	List<Long> insertOnce(long dialogueId, String type, long targetId, String anchor, Integer version, Long parentId,
			int depth, long authorId, long authorGroupId, String source, String html, String token,
			java.time.Instant now, String status, String language);

	@Query(value = "select id from comment where author_id = :authorId and form_token = :token", nativeQuery = true)
	long findIdByForm(long authorId, String token);

	/**
	 * Marks a comment as recorded on behalf of others (issue 16), or its record as
	 * checked.
	 */
	@org.springframework.data.jpa.repository.Modifying
	@Query(value = """
			update comment set recorded_for = :people, recorded_on = :on, recorded_checked = :checked
			where id = :id and dialogue_id = :dialogueId""", nativeQuery = true)
	int markRecorded(long id, long dialogueId, int people, java.time.LocalDate on, boolean checked);

	/** The account's comments and replies, for its own data archive. */
	@Query(value = """
			select c.id, c.dialogue_id, c.target_type, c.target_id, c.target_anchor, c.target_version, c.parent_id,
			       c.body_source, c.status, c.created_at, c.edited_at, c.deleted_at
			from comment c where c.author_id = :accountId order by c.id""", nativeQuery = true)
	List<Object[]> findPersonalData(long accountId);

}
