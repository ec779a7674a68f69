package org.commonground.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.TranslationWork;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Published minutes without a full language version in each language: at least one of
 * their items has no text in it.
 */
@Component
@Order(3)
class MinutesTranslationWork implements TranslationWork {

	private final JdbcClient jdbc;

	MinutesTranslationWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "minutes";
	}

	@Override
	public String path() {
		return "/meetings";
	}

	@Override
	public Map<String, Left> left(DialogueView view, List<String> languages) {
		Map<String, Left> left = new LinkedHashMap<>();
		if (languages.isEmpty()) {
			return left;
		}
		this.jdbc.sql("""
				select l.language,
				       count(m.id) filter (where exists (select 1 from minute_item i where i.minutes_id = m.id
				           and not exists (select 1 from minute_item_text t
				                           where t.item_id = i.id and t.language = l.language))) as missing,
				       count(m.id) filter (where exists (select 1 from minute_item i join minute_item_text t
				           on t.item_id = i.id where i.minutes_id = m.id and t.language = l.language
				           and t.out_of_date)) as out_of_date,
				       count(m.id) as total
				from unnest(cast(:languages as varchar[])) with ordinality as l(language, position)
				join meeting_minutes m on m.status = 'PUBLISHED' and m.original_language <> l.language
				join meeting g on g.id = m.meeting_id and g.dialogue_id = :dialogueId
				group by l.language, l.position order by l.position""")
			.param("languages", languages.toArray(String[]::new))
			.param("dialogueId", view.dialogue().getId())
			.query((rs, n) -> left.put(rs.getString(1), new Left(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
			.list();
		return left;
	}

}
