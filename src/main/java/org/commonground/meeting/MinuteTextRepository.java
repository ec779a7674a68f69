package org.commonground.meeting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MinuteTextRepository extends JpaRepository<MinuteText, Long> {

	Optional<MinuteText> findByItemIdAndLanguage(long itemId, String language);

	@Query(value = """
			select count(*) > 0 from minute_item_text t join minute_item i on i.id = t.item_id
			where i.minutes_id = :minutesId and t.language = :language""", nativeQuery = true)
	boolean anyIn(@Param("minutesId") long minutesId, @Param("language") String language);

	/**
	 * Files the minutes' texts written in one language under another (a corrected
	 * original language).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			update minute_item_text set language = :to
			where language = :from and item_id in (select i.id from minute_item i where i.minutes_id = :minutesId)""",
			nativeQuery = true)
	int relabel(@Param("minutesId") long minutesId, @Param("from") String from, @Param("to") String to);

	/**
	 * Marks the language versions of an item out of date (its original was corrected).
	 */
	@Modifying(flushAutomatically = true)
	@Query("update MinuteText t set t.outOfDate = true where t.itemId = :itemId and t.language <> :original")
	int markOutOfDate(@Param("itemId") long itemId, @Param("original") String original);

}
