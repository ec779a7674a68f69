package org.commonground.resource;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceLinkRepository extends JpaRepository<ResourceLink, Long> {

	@Query("select l from ResourceLink l where l.resourceId = :resourceId order by l.id")
	List<ResourceLink> findOfResource(long resourceId);

	/**
	 * The links of the dialogue's resources to these things, each with its key and its
	 * resource's id, title and kind; one statement whatever the number of keys.
	 */
	@Query("""
			select l.targetKey, l.resourceId, r.title, r.kind, l.locator from ResourceLink l, Resource r
			where r.id = l.resourceId and r.dialogueId = :dialogueId and l.dialogueId = :dialogueId
			and l.targetType = :type and l.targetKey in :keys
			order by r.id, l.id
			""")
	List<Object[]> findEvidence(long dialogueId, LinkTarget type, Collection<String> keys);

	@Query("""
			select count(l) > 0 from ResourceLink l
			where l.resourceId = :resourceId and l.targetType = :type and l.targetKey = :key
			""")
	boolean exists(long resourceId, LinkTarget type, String key);

}
