package org.commonground.vision;

import java.util.List;
import java.util.Map;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's stances on vision paragraphs and the translations of paragraphs and answers
 * they made, for their data archive.
 */
@Component
class VisionPersonalData implements PersonalDataSource {

	private final VisionRepository visions;

	private final JdbcClient jdbc;

	VisionPersonalData(VisionRepository visions, JdbcClient jdbc) {
		this.visions = visions;
		this.jdbc = jdbc;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("stances", List.of("dialogue_id", "version", "paragraph_key", "stance", "updated_at"),
				this.visions.findStancesOf(accountId));
		Map<String, Long> params = Map.of("id", accountId);
		archive.table(this.jdbc, "vision_translations",
				List.of("dialogue_id", "version", "paragraph_key", "language", "source", "translated_at"),
				"FROM (SELECT v.dialogue_id, v.number AS version, t.paragraph_key, t.language, t.source,"
						+ " t.translated_at FROM vision_paragraph_translation t"
						+ " JOIN vision_version v ON v.id = t.version_id WHERE t.translated_by = :id) made"
						+ " ORDER BY dialogue_id, version, paragraph_key, language",
				params);
		archive.table(this.jdbc, "vision_answer_translations",
				List.of("comment_id", "language", "reason", "translated_at"),
				"FROM vision_disposition_translation WHERE translated_by = :id ORDER BY comment_id, language", params);
	}

}
