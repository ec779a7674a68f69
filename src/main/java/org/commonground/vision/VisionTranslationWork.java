package org.commonground.vision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.TranslationWork;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The paragraphs of the newest vision version left to translate into each language:
 * without a translation, or translated from an earlier wording.
 */
@Component
@Order(1)
class VisionTranslationWork implements TranslationWork {

	private final JdbcClient jdbc;

	VisionTranslationWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "vision";
	}

	@Override
	public String path() {
		return "/vision";
	}

	@Override
	public Map<String, Left> left(DialogueView view, List<String> languages) {
		Map<String, Left> left = new LinkedHashMap<>();
		if (languages.isEmpty()) {
			return left;
		}
		this.jdbc.sql("""
				with p as (
				  select id from vision_paragraph where version_id = (
				    select id from vision_version where dialogue_id = :dialogueId order by number desc limit 1))
				select l.language, (select count(*) from p) as total,
				       (select count(*) from p where not exists (select 1 from vision_paragraph_translation t
				                where t.paragraph_id = p.id and t.language = l.language)) as missing,
				       (select count(*) from vision_translation_out_of_date o join p on p.id = o.paragraph_id
				         where o.language = l.language) as out_of_date
				from unnest(cast(:languages as varchar[])) as l(language)""")
			.param("dialogueId", view.dialogue().getId())
			.param("languages", languages.toArray(String[]::new))
			.query((rs, n) -> {
				long total = rs.getLong("total");
				if (total > 0) {
					left.put(rs.getString("language"),
							new Left(rs.getLong("missing"), rs.getLong("out_of_date"), total));
				}
				return null;
			})
			.list();
		return left;
	}

}
