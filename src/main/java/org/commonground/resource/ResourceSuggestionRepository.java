package org.commonground.resource;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceSuggestionRepository extends JpaRepository<ResourceSuggestion, Long> {

	@Query("select s from ResourceSuggestion s where s.id = :id and s.dialogueId = :dialogueId")
	Optional<ResourceSuggestion> findInDialogue(long id, long dialogueId);

	/** A member's suggestions to the dialogue, newest first. */
	@Query("""
			select s from ResourceSuggestion s where s.dialogueId = :dialogueId and s.suggestedBy = :accountId
			order by s.id desc""")
	List<ResourceSuggestion> findOfMember(long dialogueId, long accountId);

	/**
	 * The dialogue's suggestions still to decide, oldest first, each with the name of who
	 * suggested it (from the account directory), for its facilitators.
	 */
	@Query(nativeQuery = true, value = """
			select s.id, d.display_name from resource_suggestion s join account_directory d on d.id = s.suggested_by
			where s.dialogue_id = :dialogueId and s.status = 'PENDING' order by s.id
			""")
	List<Object[]> findPendingNames(long dialogueId);

	@Query("""
			select s from ResourceSuggestion s where s.dialogueId = :dialogueId
			and s.status = org.commonground.resource.ResourceSuggestion.Status.PENDING order by s.id""")
	List<ResourceSuggestion> findPending(long dialogueId);

}
