package org.commonground.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DialogueRepository extends JpaRepository<Dialogue, Long> {

	@Query("select d.status, count(d) from Dialogue d group by d.status")
	List<Object[]> countByStatus();

	@Query("select d from Dialogue d left join fetch d.themes left join fetch d.translations where d.slug = :slug")
	Optional<Dialogue> findBySlug(String slug);

	/**
	 * The dialogue with its themes, translations and this account's membership of it (a
	 * row per theme and translation, the membership {@code null} where there is none), in
	 * one statement.
	 */
	@Query("""
			select d, m from Dialogue d left join fetch d.themes left join fetch d.translations
			left join Membership m on m.dialogue = d and m.accountId = :accountId
			where d.slug = :slug""")
	List<Object[]> findBySlugWithMembership(String slug, long accountId);

	boolean existsBySlug(String slug);

	Optional<Dialogue> findByCreatedByAndFormToken(Long createdBy, String formToken);

	/**
	 * Dialogues a viewer may see in lists: public ones, members-only ones the viewer
	 * belongs to, and for facilitators their drafts; admins ({@code allAccess}) see all.
	 */
	@Query(value = """
			select d from Dialogue d
			where d.status in :statuses
			  and (:country is null or d.country = :country)
			  and (:themeId is null or exists (select 1 from d.themes t where t.id = :themeId))
			  and (:mine = false or d.id in :memberOf)
			  and (:allAccess = true
			       or (d.status <> org.commonground.dialogue.DialogueStatus.DRAFT
			           and (d.visibility = org.commonground.dialogue.Visibility.PUBLIC or d.id in :memberOf))
			       or d.id in :facilitatorOf)
			""")
	Page<Dialogue> findVisible(Collection<DialogueStatus> statuses, String country, Long themeId, boolean mine,
			Collection<Long> memberOf, Collection<Long> facilitatorOf, boolean allAccess, Pageable pageable);

	/**
	 * The ids of the dialogues a viewer may read: the rule of {@link #findVisible}. The
	 * id lists are arrays ({@code d.id = any(?)} in SQL): Hibernate translates a query
	 * with an {@code in} list anew on every call, as each list's length changes the SQL,
	 * and a search page profile showed that translation as 4 % of its CPU.
	 */
	@Query(value = """
			select d.id from Dialogue d
			where :allAccess = true
			   or (d.status <> org.commonground.dialogue.DialogueStatus.DRAFT
			       and (d.visibility = org.commonground.dialogue.Visibility.PUBLIC or any_of(d.id, :memberOf)))
			   or any_of(d.id, :facilitatorOf)
			""")
	List<Long> findReadableIds(Long[] memberOf, Long[] facilitatorOf, boolean allAccess);

	/**
	 * Loads the dialogues' themes and translations (their titles and summaries in the
	 * readers' languages) into the persistence context, in one statement.
	 */
	@Query("""
			select distinct d from Dialogue d left join fetch d.themes left join fetch d.translations
			where any_of(d.id, :ids)""")
	List<Dialogue> findWithThemesAndTranslations(Long[] ids);

	@Query("select distinct d from Dialogue d left join fetch d.translations where d.slug in :slugs")
	List<Dialogue> findWithTranslationsBySlugIn(Collection<String> slugs);

	/**
	 * Dialogues with their translations; the ids an array, as in
	 * {@link #findReadableIds}.
	 */
	@Query("select distinct d from Dialogue d left join fetch d.translations where any_of(d.id, :ids)")
	List<Dialogue> findWithTranslations(Long[] ids);

	@Query("select d from Dialogue d left join fetch d.expectedGroupIds where d.id = :id")
	Optional<Dialogue> findWithExpectedGroups(long id);

}
