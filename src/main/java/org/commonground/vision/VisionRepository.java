package org.commonground.vision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VisionRepository extends JpaRepository<VisionDraft, Long> {

	@Query("select d from VisionDraft d where d.dialogueId = :dialogueId")
	Optional<VisionDraft> findByDialogue(long dialogueId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from VisionDraft d where d.dialogueId = :dialogueId")
	Optional<VisionDraft> findByDialogueForUpdate(long dialogueId);

	/** Creates the dialogue's draft if it has none; parallel calls make one. */
	@Modifying
	@Query(value = "insert into vision_draft (dialogue_id) values (:dialogueId) on conflict (dialogue_id) do nothing",
			nativeQuery = true)
	void insertIfAbsent(long dialogueId);

	/**
	 * A version with its paragraphs; the latest when {@code number} is 0. One statement.
	 */
	@Query("""
			select distinct v from DraftVersion v left join fetch v.paragraphs
			where v.dialogueId = :dialogueId and v.number = case when :number > 0 then :number
			  else (select max(w.number) from DraftVersion w where w.dialogueId = :dialogueId) end""")
	Optional<DraftVersion> findVersion(long dialogueId, int number);

	/**
	 * As {@link #findVersion}, with the number of the draft's newest version: one
	 * statement, one row per paragraph (the same version in each), none when the version
	 * is not there.
	 */
	@Query("""
			select v, (select max(w.number) from DraftVersion w where w.draftId = v.draftId)
			from DraftVersion v left join fetch v.paragraphs
			where v.dialogueId = :dialogueId and v.number = case when :number > 0 then :number
			  else (select max(w.number) from DraftVersion w where w.dialogueId = :dialogueId) end""")
	List<Object[]> findVersionAndLatest(long dialogueId, int number);

	@Query("select v from DraftVersion v left join fetch v.paragraphs where v.draftId = :draftId and v.number = :number")
	Optional<DraftVersion> findByDraftAndNumber(long draftId, int number);

	@Query("select max(v.number) from DraftVersion v where v.draftId = :draftId")
	Integer findLatestNumber(long draftId);

	/**
	 * Whether version {@code number} of the draft exists in the dialogue, whether it is
	 * the newest, and whether it has a paragraph (not a heading) with key {@code anchor}
	 * ('': the version as a whole). One statement; no row when the version is not there.
	 */
	@Query("""
			select (v.number = (select max(w.number) from DraftVersion w where w.draftId = v.draftId)),
			       (:anchor = '' or exists (select 1 from Paragraph p
			                                where p.version = v and p.key = :anchor and p.heading = false))
			from DraftVersion v
			where v.draftId = :draftId and v.dialogueId = :dialogueId and v.number = :number""")
	List<Object[]> findCommentable(long dialogueId, long draftId, int number, String anchor);

	/**
	 * Everything around a version's text, in one statement: every version of the dialogue
	 * ({@code version}, number, summary, published epoch ms), the stances on this version
	 * per paragraph ({@code stance}, key, stance, count), the shows of hands recorded in
	 * a room on it ({@code room}, key, weighted, "agree,can live with,disagree"), the
	 * viewer's own stances ({@code mine}, key, stance) and the facilitators' answers to
	 * comments on the vision ({@code answer}, comment id, disposition, reason, landed
	 * version) with their reasons' translations into one language ({@code reason},
	 * comment id, reason, language). The paragraphs' translations come with the
	 * paragraphs ({@link Paragraph#getTranslations()}).
	 */
	@Query(value = """
			select 'version', cast(v.number as text), v.change_summary, cast(null as text),
			       cast(extract(epoch from v.published_at) * 1000 as bigint)
			from vision_version v where v.dialogue_id = :dialogueId
			union all
			select 'stance', s.paragraph_key, s.stance, null, count(*)
			from vision_stance s where s.version_id = :versionId group by s.paragraph_key, s.stance
			union all
			select 'room', r.paragraph_key, cast(r.weighted as text),
			       concat_ws(',', r.agree, r.can_live_with, r.disagree), null
			from vision_recorded_stance r where r.version_id = :versionId
			union all
			select 'mine', s.paragraph_key, s.stance, null, null
			from vision_stance s where s.version_id = :versionId and s.account_id = :viewerId
			union all
			select 'answer', cast(d.comment_id as text), d.disposition, d.reason, cast(d.landed_version as bigint)
			from vision_disposition d where d.draft_id = :draftId
			union all
			select 'reason', cast(t.comment_id as text), t.reason, t.language, null
			from vision_disposition_translation t join vision_disposition d on d.comment_id = t.comment_id
			where d.draft_id = :draftId and t.language = :language""", nativeQuery = true)
	List<Object[]> findAnnotations(long dialogueId, long versionId, long draftId, long viewerId, String language);

	/**
	 * Stances recorded from shows of hands on a version: paragraph, group id, agree, can
	 * live with it, disagree, weighted.
	 */
	@Query(value = """
			select r.paragraph_key, r.stakeholder_group_id, r.agree, r.can_live_with, r.disagree, r.weighted
			from vision_recorded_stance r where r.version_id = :versionId order by r.id""", nativeQuery = true)
	List<Object[]> findRecordedStances(long versionId);

	/** Stances on a version by paragraph, stakeholder group id and stance. */
	@Query(value = """
			select s.paragraph_key, s.group_id, s.stance, count(*) from vision_stance s
			where s.version_id = :versionId group by s.paragraph_key, s.group_id, s.stance""", nativeQuery = true)
	List<Object[]> countStancesByGroup(long versionId);

	/**
	 * Sets the member's stance, replacing an earlier one; parallel requests leave one
	 * row.
	 */
	@Modifying
	@Query(value = """
			insert into vision_stance (version_id, paragraph_key, account_id, group_id, stance, updated_at)
			values (:versionId, :key, :accountId, :groupId, :stance, :now)
			on conflict (version_id, paragraph_key, account_id)
			do update set stance = excluded.stance, group_id = excluded.group_id, updated_at = excluded.updated_at""",
			nativeQuery = true)
	void upsertStance(long versionId, String key, long accountId, long groupId, String stance, Instant now);

	@Modifying
	@Query(value = """
			insert into vision_disposition (comment_id, draft_id, disposition, reason, landed_version, decided_by, decided_at)
			values (:commentId, :draftId, :disposition, :reason, cast(:landed as integer), :facilitatorId, :now)
			on conflict (comment_id) do update set disposition = excluded.disposition, reason = excluded.reason,
			  landed_version = excluded.landed_version, decided_by = excluded.decided_by,
			  decided_at = excluded.decided_at""",
			nativeQuery = true)
	void upsertAnswer(long commentId, long draftId, String disposition, String reason, Integer landed,
			long facilitatorId, Instant now);

	/**
	 * The answers to comments on a draft: comment id, disposition, reason, landed
	 * version, and the reason's translation into a language and that language (both
	 * {@code null} where there is none), in one statement.
	 */
	@Query(value = """
			select d.comment_id, d.disposition, d.reason, d.landed_version, t.reason, t.language
			from vision_disposition d
			left join vision_disposition_translation t on t.comment_id = d.comment_id and t.language = :language
			where d.draft_id = :draftId""", nativeQuery = true)
	List<Object[]> findAnswers(long draftId, String language);

	/**
	 * Drops the translations of an answer's reason when the reason is about to change.
	 */
	@Modifying
	@Query(value = """
			delete from vision_disposition_translation t where t.comment_id = :commentId
			and exists (select 1 from vision_disposition d where d.comment_id = :commentId and d.reason <> :reason)""",
			nativeQuery = true)
	void deleteReasonTranslationsIfChanged(long commentId, String reason);

	/** The latest version's number and paragraph count, for the dialogue page. */
	@Query(value = """
			select v.number, v.change_summary, cast(extract(epoch from v.published_at) * 1000 as bigint),
			       (select count(*) from vision_paragraph p where p.version_id = v.id and not p.heading)
			from vision_version v where v.dialogue_id = :dialogueId order by v.number desc limit 1""",
			nativeQuery = true)
	List<Object[]> findLatestSummary(long dialogueId);

	/** The account's stances, for its own data archive. */
	@Query(value = """
			select v.dialogue_id, v.number, s.paragraph_key, s.stance, s.updated_at
			from vision_stance s join vision_version v on v.id = s.version_id
			where s.account_id = :accountId order by v.dialogue_id, v.number, s.paragraph_key""", nativeQuery = true)
	List<Object[]> findStancesOf(long accountId);

}
