package org.commonground.sms;

import java.util.List;
import java.util.Map;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the sms module keeps about someone who takes part by SMS, for their data archive
 * (which an admin hands over, since they cannot log in): the participation with their
 * phone number, the texts they sent, their stances replied to questions, and the messages
 * sent to them.
 */
@Component
class SmsPersonalData implements PersonalDataSource {

	private static final List<String> PARTICIPATION = List.of("dialogue_id", "phone_number", "language", "step",
			"district", "consented_at", "opted_out_at", "created_at");

	private final JdbcClient jdbc;

	private final PhoneNumbers phones;

	SmsPersonalData(JdbcClient jdbc, PhoneNumbers phones) {
		this.jdbc = jdbc;
		this.phones = phones;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		Map<String, Long> params = Map.of("id", accountId);
		archive.table(this.jdbc, "sms_participation", PARTICIPATION,
				"FROM (SELECT dialogue_id, phone_cipher AS phone_number, language, step, district, consented_at,"
						+ " opted_out_at, created_at, id FROM sms_participant WHERE account_id = :id) participation"
						+ " ORDER BY id",
				params, (row) -> {
					row[1] = number((String) row[1]);
					return row;
				});
		archive.table(this.jdbc, "sms_texts",
				List.of("dialogue_id", "text", "status", "challenge_id", "comment_id", "created_at", "decided_at"),
				"FROM (SELECT c.dialogue_id, c.body AS text, c.status, c.challenge_id, c.comment_id, c.created_at,"
						+ " c.decided_at, c.id FROM sms_contribution c"
						+ " JOIN sms_participant p ON p.id = c.participant_id WHERE p.account_id = :id) texts ORDER BY id",
				params);
		archive.table(this.jdbc, "sms_stances",
				List.of("dialogue_id", "version", "paragraph_key", "question", "stance", "replied_at"),
				"FROM (SELECT q.dialogue_id, q.version_number AS version, q.paragraph_key, q.text AS question,"
						+ " s.stance, s.replied_at FROM sms_stance s JOIN sms_question q ON q.id = s.question_id"
						+ " JOIN sms_participant p ON p.id = s.participant_id WHERE p.account_id = :id) stances"
						+ " ORDER BY replied_at",
				params);
		archive.table(this.jdbc, "sms_messages", List.of("text", "segments", "status", "created_at", "sent_at"),
				"FROM (SELECT o.body AS text, o.segments, o.status, o.created_at, o.sent_at, o.id FROM sms_outbound o"
						+ " JOIN sms_participant p ON p.id = o.participant_id WHERE p.account_id = :id) sent ORDER BY id",
				params);
	}

	/** The number as the person gave it, or nothing once it is forgotten. */
	private String number(String cipher) {
		if (cipher == null || cipher.isEmpty()) {
			return null;
		}
		try {
			return this.phones.decrypt(cipher);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

}
