package org.commonground.challenge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.TranslationWork;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facilitators' responses to the dialogue's challenges (those everyone may see) left
 * to translate into each language: not translated into it, or translated before the
 * response was rewritten (out of date). A response is not translated into the language it
 * is written in.
 */
@Component
@Order(4)
class ChallengeResponseTranslationWork implements TranslationWork {

	private final JdbcClient jdbc;

	ChallengeResponseTranslationWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "responses";
	}

	@Override
	public String path() {
		return "/challenges";
	}

	@Override
	public Map<String, Left> left(DialogueView view, List<String> languages) {
		Map<String, Left> left = new LinkedHashMap<>();
		if (languages.isEmpty()) {
			return left;
		}
		this.jdbc.sql("""
				with r as (
				  select id, coalesce(response_language, language) as language from challenge
				  where dialogue_id = :dialogueId and response_source is not null and moderation = 'VISIBLE'
				    and status <> 'MERGED')
				select l.language,
				       (select count(*) from r where r.language <> l.language) as total,
				       (select count(*) from r where r.language <> l.language
				          and not exists (select 1 from challenge_translation t where t.challenge_id = r.id
				                            and t.language = l.language and t.response_source <> '')) as missing,
				       (select count(*) from r join challenge_translation t on t.challenge_id = r.id
				         where r.language <> l.language and t.language = l.language and t.response_out_of_date)
				         as out_of_date
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
