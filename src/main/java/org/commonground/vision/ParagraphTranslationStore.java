package org.commonground.vision;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The translations of a version's paragraphs, by paragraph key. */
@Component
class ParagraphTranslationStore {

	private final JdbcClient jdbc;

	ParagraphTranslationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(Paragraph paragraph, long versionId, String language, String source, String html, long by, Instant now) {
		this.jdbc.sql("""
				insert into vision_paragraph_translation
				    (paragraph_id, version_id, paragraph_key, language, source, html, translated_by, translated_at)
				values (:paragraphId, :versionId, :key, :language, :source, :html, :by, :now)
				on conflict (paragraph_id, language) do update set source = excluded.source, html = excluded.html,
				    translated_by = excluded.translated_by, translated_at = excluded.translated_at""")
			.param("paragraphId", paragraph.getId())
			.param("versionId", versionId)
			.param("key", paragraph.getKey())
			.param("language", language)
			.param("source", source)
			.param("html", html)
			.param("by", by)
			.param("now", java.sql.Timestamp.from(now))
			.update();
		upToDate(paragraph, language);
	}

	/** Marks the paragraph's translation into a language as fitting its wording. */
	void upToDate(Paragraph paragraph, String language) {
		this.jdbc.sql("delete from vision_translation_out_of_date where paragraph_id = :id and language = :language")
			.param("id", paragraph.getId())
			.param("language", language)
			.update();
	}

	void remove(Paragraph paragraph, String language) {
		upToDate(paragraph, language);
		this.jdbc.sql("delete from vision_paragraph_translation where paragraph_id = :id and language = :language")
			.param("id", paragraph.getId())
			.param("language", language)
			.update();
	}

	/**
	 * Gives the paragraphs of a new version the previous version's translations: those of
	 * an unchanged paragraph as they were (out of date if they were), those of a changed
	 * one marked out of date until a facilitator updates them.
	 */
	void carryForward(long previousVersionId, long newVersionId) {
		this.jdbc.sql("""
				insert into vision_paragraph_translation
				    (paragraph_id, version_id, paragraph_key, language, source, html, translated_by, translated_at)
				select p.id, p.version_id, p.paragraph_key, t.language, t.source, t.html, t.translated_by,
				       t.translated_at
				from vision_paragraph p
				join vision_paragraph_translation t
				  on t.version_id = :previousVersionId and t.paragraph_key = p.paragraph_key
				where p.version_id = :newVersionId and p.change in ('UNCHANGED', 'MODIFIED')""")
			.param("previousVersionId", previousVersionId)
			.param("newVersionId", newVersionId)
			.update();
		this.jdbc.sql("""
				insert into vision_translation_out_of_date (paragraph_id, language)
				select p.id, t.language
				from vision_paragraph p
				join vision_paragraph_translation t
				  on t.version_id = :previousVersionId and t.paragraph_key = p.paragraph_key
				where p.version_id = :newVersionId
				  and (p.change = 'MODIFIED' or exists (select 1 from vision_translation_out_of_date o
				                                        where o.paragraph_id = t.paragraph_id
				                                          and o.language = t.language))""")
			.param("previousVersionId", previousVersionId)
			.param("newVersionId", newVersionId)
			.update();
	}

}
