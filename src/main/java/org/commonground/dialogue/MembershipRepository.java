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

	@Query("select m from Membership m where m.dialogue.id = :dialogueId and m.account.id = :accountId")
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
	@Query("select m from Membership m join fetch m.account where m.dialogue.id = :dialogueId and m.account.id = :accountId")
	Optional<Membership> findOneForUpdate(long dialogueId, long accountId);

	@Query("""
			select m from Membership m join fetch m.account a join fetch a.stakeholderGroup g
			where m.dialogue.id = :dialogueId and m.status = org.commonground.dialogue.MembershipStatus.ACTIVE
			order by g.sortOrder, lower(a.displayName), m.id""")
	List<Membership> findActive(long dialogueId);

	@Query("""
			select m from Membership m join fetch m.account a join fetch a.stakeholderGroup
			where m.dialogue.id = :dialogueId and m.status = org.commonground.dialogue.MembershipStatus.ACTIVE
			  and m.role = org.commonground.dialogue.MembershipRole.FACILITATOR
			order by lower(a.displayName)""")
	List<Membership> findFacilitators(long dialogueId);

	@Query("""
			select m from Membership m join fetch m.account a join fetch a.stakeholderGroup
			where m.dialogue.id = :dialogueId and m.status = org.commonground.dialogue.MembershipStatus.PENDING
			order by m.requestedAt""")
	List<Membership> findPending(long dialogueId);

	@Query("""
			select m from Membership m join fetch m.account a join fetch a.stakeholderGroup
			where m.dialogue.id = :dialogueId and a.id in :accountIds""")
	List<Membership> findByAccounts(long dialogueId, Collection<Long> accountIds);

	/** Ids of the dialogues the account is an active member of, with its role there. */
	@Query("""
			select m.dialogue.id, m.role from Membership m
			where m.account.id = :accountId and m.status = org.commonground.dialogue.MembershipStatus.ACTIVE""")
	List<Object[]> findActiveDialogueRoles(long accountId);

	@Query("""
			select m.dialogue.id, count(m) from Membership m
			where m.dialogue.id in :dialogueIds and m.status = org.commonground.dialogue.MembershipStatus.ACTIVE
			group by m.dialogue.id""")
	List<Object[]> countActiveByDialogue(Collection<Long> dialogueIds);

	/**
	 * Every stakeholder group (active or not, in display order) with the dialogue's
	 * active members in it and whether the dialogue expects it: one statement for the
	 * representation panel.
	 */
	@Query("""
			select g,
			       (select count(m) from Membership m where m.dialogue.id = :dialogueId
			          and m.status = org.commonground.dialogue.MembershipStatus.ACTIVE and m.account.stakeholderGroup = g),
			       (select count(e) from Dialogue d join d.expectedGroups e where d.id = :dialogueId and e = g)
			from StakeholderGroup g order by g.sortOrder""")
	List<Object[]> findGroupsWithMembers(long dialogueId);

}
