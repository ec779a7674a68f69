package org.commonground.vision;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The translations of a version's paragraphs, by paragraph key. */
@Component
class ParagraphTranslationStore {

	private final JdbcClient jdbc;

	ParagraphTranslationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The Markdown sources of a version's translations into one language, by key. */
	Map<String, String> sources(long versionId, String language) {
		Map<String, String> sources = new HashMap<>();
		this.jdbc.sql("""
				select paragraph_key, source from vision_paragraph_translation
				where version_id = :versionId and language = :language""")
			.param("versionId", versionId)
			.param("language", language)
			.query((rs, n) -> sources.put(rs.getString(1), rs.getString(2)))
			.list();
		return sources;
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
	}

	void remove(Paragraph paragraph, String language) {
		this.jdbc.sql("delete from vision_paragraph_translation where paragraph_id = :id and language = :language")
			.param("id", paragraph.getId())
			.param("language", language)
			.update();
	}

	/**
	 * Gives the paragraphs of a new version that are unchanged from the previous one the
	 * previous one's translations.
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
				where p.version_id = :newVersionId and p.change = 'UNCHANGED'""")
			.param("previousVersionId", previousVersionId)
			.param("newVersionId", newVersionId)
			.update();
	}

}
