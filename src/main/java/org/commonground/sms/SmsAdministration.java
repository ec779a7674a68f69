package org.commonground.sms;

import java.util.ArrayList;
import java.util.List;

import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueService;
import org.commonground.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin console's SMS section: which gateway runs and whether it is configured,
 * messages and segments by status, and failed messages, with the number they were for
 * (admins are the only people who see a phone number), to queue again.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class SmsAdministration {

	private static final int FAILED_SHOWN = 50;

	private final SmsStore store;

	private final SmsGateway gateway;

	private final PhoneNumbers phones;

	private final DialogueService dialogues;

	SmsAdministration(SmsStore store, SmsGateway gateway, PhoneNumbers phones, DialogueService dialogues) {
		this.store = store;
		this.gateway = gateway;
		this.phones = phones;
		this.dialogues = dialogues;
	}

	/** The section's content. */
	@Transactional(readOnly = true)
	public SmsConsole console() {
		List<SmsConsole.StatusCount> counts = new ArrayList<>();
		for (Object[] row : this.store.countsByStatus()) {
			counts.add(new SmsConsole.StatusCount((String) row[0], (Long) row[1], (Long) row[2]));
		}
		List<SmsOutbound> failed = this.store.failed(FAILED_SHOWN);
		java.util.Map<Long, Dialogue> dialogues = this.dialogues.byIds(failed.stream()
			.map(SmsOutbound::dialogueId)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		List<SmsConsole.Failed> rows = new ArrayList<>();
		for (SmsOutbound message : failed) {
			Dialogue dialogue = (message.dialogueId() != null) ? dialogues.get(message.dialogueId()) : null;
			rows.add(new SmsConsole.Failed(message.id(), (dialogue != null) ? dialogue.getTitle() : null,
					phone(message.phoneCipher()), message.body(), message.segments(), message.attempts(),
					message.lastError(), message.createdAt()));
		}
		return new SmsConsole(this.gateway.name(), this.gateway.configured(), counts, rows);
	}

	/** Queues a failed message again (not if its number has opted out since). */
	public void retry(long outboundId) {
		if (!this.store.retry(outboundId)) {
			throw new NotFoundException();
		}
	}

	private String phone(String cipher) {
		try {
			return this.phones.decrypt(cipher);
		}
		catch (IllegalStateException ex) {
			return "?";
		}
	}

}
