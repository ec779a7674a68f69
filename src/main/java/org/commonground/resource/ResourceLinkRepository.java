package org.commonground.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceLinkRepository extends JpaRepository<ResourceLink, Long> {

	@Query("select l from ResourceLink l where l.resourceId = :resourceId order by l.id")
	List<ResourceLink> findOfResource(long resourceId);

	/** The links to one thing, each with its resource's id, title and kind. */
	@Query("""
			select l.resourceId, r.title, r.kind, l.locator from ResourceLink l, Resource r
			where r.id = l.resourceId and l.dialogueId = :dialogueId and l.targetType = :type and l.targetKey = :key
			order by r.id
			""")
	List<Object[]> findEvidence(long dialogueId, LinkTarget type, String key);

	@Query("""
			select count(l) > 0 from ResourceLink l
			where l.resourceId = :resourceId and l.targetType = :type and l.targetKey = :key
			""")
	boolean exists(long resourceId, LinkTarget type, String key);

}
