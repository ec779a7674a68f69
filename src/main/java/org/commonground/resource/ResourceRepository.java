package org.commonground.resource;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResourceRepository extends JpaRepository<Resource, Long> {

	@Query("select r from Resource r where r.id = :id and r.dialogueId = :dialogueId")
	Optional<Resource> findInDialogue(long id, long dialogueId);

	/**
	 * One page of the library, newest first, with optional filters (null for any);
	 * {@code language}: entries written in it or whose languages include it;
	 * {@code untranslated}: only entries neither written in nor translated into it;
	 * {@code withEmptyStories}: also photo stories without a frame yet (for
	 * facilitators).
	 */
	@Query(nativeQuery = true, value = """
			select * from resource r
			where r.dialogue_id = :dialogueId
			  and (cast(:kind as varchar) is null or r.kind = cast(:kind as varchar))
			  and (cast(:themeId as bigint) is null or cast(:themeId as bigint) = any (r.theme_ids))
			  and (cast(:language as varchar) is null or r.language = cast(:language as varchar)
			       or cast(:language as varchar) = any (r.languages))
			  and (cast(:untranslated as varchar) is null or (r.language <> cast(:untranslated as varchar)
			       and not exists (select 1 from resource_translation t
			                       where t.resource_id = r.id and t.language = cast(:untranslated as varchar))))
			  and (:withEmptyStories or r.kind <> 'PHOTO_STORY'
			       or exists (select 1 from photo_frame f where f.resource_id = r.id))
			  and r.id < :before
			order by r.id desc
			limit :limit
			""")
	List<Resource> findPage(long dialogueId, String kind, Long themeId, String language, String untranslated,
			boolean withEmptyStories, long before, int limit);

	@Query("select count(r) from Resource r where r.dialogueId = :dialogueId")
	long countInDialogue(long dialogueId);

	@Query(nativeQuery = true, value = """
			select exists (select 1 from blog_author where dialogue_id = :dialogueId and account_id = :accountId)
			""")
	boolean isBlogAuthor(long dialogueId, long accountId);

	@Modifying
	@Query(nativeQuery = true, value = """
			insert into blog_author (dialogue_id, account_id, allowed_by) values (:dialogueId, :accountId, :allowedBy)
			on conflict do nothing
			""")
	int allowBlogAuthor(long dialogueId, long accountId, long allowedBy);

	@Modifying
	@Query(nativeQuery = true,
			value = "delete from blog_author where dialogue_id = :dialogueId and account_id = :accountId")
	int removeBlogAuthor(long dialogueId, long accountId);

	/** The allowed blog authors: account id and name from the account directory. */
	@Query(nativeQuery = true, value = """
			select b.account_id, d.display_name from blog_author b join account_directory d on d.id = b.account_id
			where b.dialogue_id = :dialogueId order by d.display_name
			""")
	List<Object[]> findBlogAuthors(long dialogueId);

	@Query("select r from Resource r where r.dialogueId = :dialogueId and r.title = :title")
	List<Resource> findByTitle(long dialogueId, String title);

	/** Ids and titles of the dialogue's resources, by title. */
	@Query("""
			select new org.commonground.resource.ResourceRef(r.id, r.title) from Resource r
			where r.dialogueId = :dialogueId order by lower(r.title), r.id""")
	List<ResourceRef> findRefs(long dialogueId);

	/** Ids and titles of those of the resources that are in the dialogue. */
	@Query("""
			select new org.commonground.resource.ResourceRef(r.id, r.title) from Resource r
			where r.dialogueId = :dialogueId and any_of(r.id, :ids)""")
	List<ResourceRef> findRefs(long dialogueId, Long[] ids);

}
