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
	 * resource's id, title (translated into {@code language} where it is) and kind; one
	 * statement whatever the number of keys.
	 */
	@Query(nativeQuery = true, value = """
			select l.target_key, l.resource_id, coalesce(t.title, r.title), r.kind, l.locator
			from resource_link l join resource r on r.id = l.resource_id
			left join resource_translation t on t.resource_id = r.id and t.language = :language
			where r.dialogue_id = :dialogueId and l.dialogue_id = :dialogueId
			and l.target_type = :type and l.target_key in (:keys)
			order by r.id, l.id
			""")
	List<Object[]> findEvidence(long dialogueId, String type, Collection<String> keys, String language);

	@Query("""
			select count(l) > 0 from ResourceLink l
			where l.resourceId = :resourceId and l.targetType = :type and l.targetKey = :key
			""")
	boolean exists(long resourceId, LinkTarget type, String key);

}
