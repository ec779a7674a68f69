package org.commonground.resource;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The translations of resources' texts, by resource and language (V81). */
@Component
class ResourceTranslationStore {

	private static final String COLUMNS = """
			t.resource_id, t.language, t.title, t.summary, t.body_html, t.transcript, t.image_alt,
			coalesce(d.display_name, '') as translator""";

	private final JdbcClient jdbc;

	ResourceTranslationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every translation of a resource, by language (one statement). */
	Map<String, ResourceText> of(long resourceId) {
		Map<String, ResourceText> byLanguage = new LinkedHashMap<>();
		this.jdbc.sql("select " + COLUMNS + """
				 from resource_translation t left join account_directory d on d.id = t.translated_by
				where t.resource_id = :id order by t.language""")
			.param("id", resourceId)
			.query((rs, n) -> text(rs))
			.list()
			.forEach((text) -> byLanguage.put(text.language(), text));
		return byLanguage;
	}

	/**
	 * The translations of these resources into one language, by resource (one statement).
	 */
	Map<Long, ResourceText> in(Collection<Long> resourceIds, String language) {
		Map<Long, ResourceText> byResource = new HashMap<>();
		if (resourceIds.isEmpty()) {
			return byResource;
		}
		this.jdbc.sql("select " + COLUMNS + """
				 from resource_translation t left join account_directory d on d.id = t.translated_by
				where t.resource_id in (:ids) and t.language = :language""")
			.param("ids", resourceIds)
			.param("language", language)
			.query((rs, n) -> Map.entry(rs.getLong("resource_id"), text(rs)))
			.list()
			.forEach((e) -> byResource.put(e.getKey(), e.getValue()));
		return byResource;
	}

	/** The Markdown source of a translation's article, for its form. */
	Optional<String> bodySource(long resourceId, String language) {
		return this.jdbc
			.sql("select body_source from resource_translation where resource_id = :id and language = :language")
			.param("id", resourceId)
			.param("language", language)
			.query(String.class)
			.optional();
	}

	/**
	 * For each of these languages, how many of the dialogue's resources are neither
	 * written in nor translated into it ({@code [0]}) and how many are not written in it
	 * ({@code [1]}); absent where the second is 0 (one statement).
	 */
	Map<String, long[]> left(long dialogueId, List<String> languages) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		if (languages.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select l.language, count(r.id) filter (where not exists (select 1 from resource_translation t
				                   where t.resource_id = r.id and t.language = l.language)) as missing,
				       count(r.id) as total
				from unnest(cast(:languages as varchar[])) with ordinality as l(language, position)
				join resource r on r.dialogue_id = :dialogueId and r.language <> l.language
				group by l.language, l.position order by l.position""")
			.param("languages", languages.toArray(String[]::new))
			.param("dialogueId", dialogueId)
			.query((rs, n) -> counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		return counts;
	}

	void save(long resourceId, ResourceText text, String bodySource, long by, Instant now) {
		this.jdbc.sql("""
				insert into resource_translation (resource_id, language, title, summary, body_source, body_html,
				    transcript, image_alt, translated_by, translated_at)
				values (:id, :language, :title, :summary, :bodySource, :bodyHtml, :transcript, :imageAlt, :by, :now)
				on conflict (resource_id, language) do update set title = excluded.title, summary = excluded.summary,
				    body_source = excluded.body_source, body_html = excluded.body_html,
				    transcript = excluded.transcript, image_alt = excluded.image_alt,
				    translated_by = excluded.translated_by, translated_at = excluded.translated_at""")
			.param("id", resourceId)
			.param("language", text.language())
			.param("title", text.title())
			.param("summary", text.summary())
			.param("bodySource", bodySource)
			.param("bodyHtml", text.bodyHtml())
			.param("transcript", text.transcript())
			.param("imageAlt", text.imageAlt())
			.param("by", by)
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	void remove(long resourceId, String language) {
		this.jdbc.sql("delete from resource_translation where resource_id = :id and language = :language")
			.param("id", resourceId)
			.param("language", language)
			.update();
	}

	private static ResourceText text(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ResourceText(rs.getString("language"), rs.getString("title"), rs.getString("summary"),
				rs.getString("body_html"), rs.getString("transcript"), rs.getString("image_alt"),
				rs.getString("translator"));
	}

}
