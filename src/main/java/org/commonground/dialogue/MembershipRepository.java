package org.commonground.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	@Query("select m from Membership m where m.dialogue.id = :dialogueId and m.accountId = :accountId")
	Optional<Membership> findOne(long dialogueId, long accountId);

	/**
	 * Creates the row if absent, so that parallel joins by one account make one
	 * membership.
	 */
	@Modifying
	@Query(value = """
			insert into membership (dialogue_id, account_id, status, display_mode, requested_at)
			values (:dialogueId, :accountId, 'REMOVED', 'NAMED', now())
			on conflict (dialogue_id, account_id) do nothing""", nativeQuery = true)
	void insertIfAbsent(long dialogueId, long accountId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Membership m where m.dialogue.id = :dialogueId and m.accountId = :accountId")
	Optional<Membership> findOneForUpdate(long dialogueId, long accountId);

	@Query("""
			select m from Membership m
			where m.dialogue.id = :dialogueId and m.status = org.commonground.dialogue.MembershipStatus.ACTIVE
			order by m.id""")
	List<Membership> findActive(long dialogueId);

	@Query("""
			select m from Membership m
			where m.dialogue.id = :dialogueId and m.status = org.commonground.dialogue.MembershipStatus.ACTIVE
			  and m.role = org.commonground.dialogue.MembershipRole.FACILITATOR
			order by lower(m.memberName), m.id""")
	List<Membership> findFacilitators(long dialogueId);

	@Query("""
			select m from Membership m
			where m.dialogue.id = :dialogueId and m.status = org.commonground.dialogue.MembershipStatus.PENDING
			order by m.requestedAt""")
	List<Membership> findPending(long dialogueId);

	/**
	 * Per account: id, display name, region, stakeholder group id, display mode in the
	 * dialogue ({@code null} without a membership), and for an erased account the number
	 * of the dialogue's active members in its group (else {@code null}), from the account
	 * module's published view.
	 */
	@Query(value = """
			select a.id, a.display_name, a.region, a.stakeholder_group_id, m.display_mode,
			       case when a.status = 'DELETED' then
			         (select count(*) from membership o join account_directory oa on oa.id = o.account_id
			          where o.dialogue_id = :dialogueId and o.status = 'ACTIVE'
			            and oa.stakeholder_group_id = a.stakeholder_group_id) end
			from account_directory a left join membership m on m.account_id = a.id and m.dialogue_id = :dialogueId
			where a.id in (:accountIds)""", nativeQuery = true)
	List<Object[]> findAuthors(long dialogueId, Collection<Long> accountIds);

	/**
	 * Which of these accounts may read the dialogue by its visibility and their
	 * membership (the rule of {@link ViewerContext#canRead} without the admins'), in one
	 * statement.
	 */
	@Query(value = """
			select a.id from unnest(cast(:accountIds as bigint[])) as a(id)
			join dialogue d on d.id = :dialogueId
			left join membership m on m.dialogue_id = d.id and m.account_id = a.id and m.status = 'ACTIVE'
			where m.role = 'FACILITATOR'
			   or (d.status <> 'DRAFT' and (d.visibility = 'PUBLIC' or m.id is not null))""", nativeQuery = true)
	List<Long> findReaders(long dialogueId, Long[] accountIds);

	/**
	 * Which of these dialogues the account may read by their visibility and its
	 * membership (the rule of {@link ViewerContext#canRead} without the admins'), in one
	 * statement.
	 */
	@Query(value = """
			select d.id from dialogue d
			left join membership m on m.dialogue_id = d.id and m.account_id = :accountId and m.status = 'ACTIVE'
			where d.id = any(cast(:dialogueIds as bigint[]))
			  and (m.role = 'FACILITATOR'
			   or (d.status <> 'DRAFT' and (d.visibility = 'PUBLIC' or m.id is not null)))""", nativeQuery = true)
	List<Long> findReadable(long accountId, Long[] dialogueIds);

	/** Ids of the dialogues the account is an active member of, with its role there. */
	@Query("""
			select m.dialogue.id, m.role from Membership m
			where m.accountId = :accountId and m.status = org.commonground.dialogue.MembershipStatus.ACTIVE""")
	List<Object[]> findActiveDialogueRoles(long accountId);

	/**
	 * By dialogue, its active members (everyone the member list, the representation panel
	 * and the summary count) and how many of them take part offline, by SMS or recorded
	 * at a meeting (the account directory's {@code offline}).
	 */
	@Query(value = """
			select m.dialogue_id, count(*), count(*) filter (where a.offline)
			from membership m join account_directory a on a.id = m.account_id
			where m.dialogue_id = any(cast(:dialogueIds as bigint[])) and m.status = 'ACTIVE'
			group by m.dialogue_id""", nativeQuery = true)
	List<Object[]> countActiveByDialogue(Long[] dialogueIds);

	/**
	 * The account's memberships, for its own data archive: the dialogue's title as
	 * written and in the archive's language (the original where it has no translation).
	 */
	@Query(value = """
			select d.slug, d.title, coalesce(nullif(t.title, ''), d.title), m.role, m.status, m.display_mode,
			       m.requested_at, m.joined_at, m.removed_at
			from membership m join dialogue d on d.id = m.dialogue_id
			left join dialogue_translation t on t.dialogue_id = d.id and t.language = :language
			where m.account_id = :accountId order by m.requested_at""", nativeQuery = true)
	List<Object[]> findPersonalData(long accountId, String language);

	/** An erased account leaves every dialogue it was in. */
	@Modifying
	@Query(value = """
			update membership set status = 'REMOVED', removed_at = :now, removed_by = account_id, removal_reason = null
			where account_id = :accountId and status <> 'REMOVED'""", nativeQuery = true)
	int leaveAll(long accountId, java.time.Instant now);

}
