package org.commonground.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonground.account.AccountDeletion;
import org.commonground.dialogue.Dialogue;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.dialogue.DialogueService;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin console's SMS section: which gateway runs and whether it is configured,
 * messages and segments by status, and failed messages, with the number they were for
 * (admins are the only people who see a phone number), to queue again; and the dialogues
 * a number takes part in, for answering the person's request for their data or its
 * deletion (they cannot log in to do it themselves).
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

	private final AccountDeletion deletion;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SmsAdministration(SmsStore store, SmsGateway gateway, PhoneNumbers phones, DialogueService dialogues,
			AccountDeletion deletion, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.gateway = gateway;
		this.phones = phones;
		this.dialogues = dialogues;
		this.deletion = deletion;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The dialogues a number takes or took part in, oldest first, with the offline
	 * account each one's texts are kept under and whether its deletion was asked for.
	 * @throws SmsRuleException if it is not a phone number
	 */
	@Transactional(readOnly = true)
	public List<SmsPerson> people(String phone) {
		List<SmsPersonRow> rows = new ArrayList<>();
		for (String spelling : spellings(phone)) {
			rows.addAll(this.store.byPhone(this.phones.hash(spelling)));
		}
		Map<Long, Dialogue> titles = this.dialogues
			.byIds(rows.stream().map(SmsPersonRow::dialogueId).collect(Collectors.toSet()));
		Set<Long> accounts = rows.stream()
			.map(SmsPersonRow::accountId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Instant> due = this.deletion.offlineDeletionsDue(accounts);
		List<SmsPerson> people = new ArrayList<>();
		for (SmsPersonRow row : rows) {
			Dialogue dialogue = titles.get(row.dialogueId());
			people.add(new SmsPerson(row.participantId(), (dialogue != null) ? dialogue.getTitle() : null,
					row.language(), row.step().name(), row.optedOut(), row.since(), row.accountId(),
					(row.accountId() != null) ? due.get(row.accountId()) : null));
		}
		return people;
	}

	/** The section's content. */
	@Transactional(readOnly = true)
	public SmsConsole console() {
		List<SmsConsole.StatusCount> counts = new ArrayList<>();
		for (Object[] row : this.store.countsByStatus()) {
			counts.add(new SmsConsole.StatusCount((String) row[0], (Long) row[1], (Long) row[2]));
		}
		List<SmsOutbound> failed = this.store.failed(FAILED_SHOWN);
		Map<Long, Dialogue> dialogues = this.dialogues
			.byIds(failed.stream().map(SmsOutbound::dialogueId).filter(Objects::nonNull).collect(Collectors.toSet()));
		List<SmsConsole.Failed> rows = new ArrayList<>();
		for (SmsOutbound message : failed) {
			Dialogue dialogue = (message.dialogueId() != null) ? dialogues.get(message.dialogueId()) : null;
			rows.add(new SmsConsole.Failed(message.id(), (dialogue != null) ? dialogue.getTitle() : null,
					phone(message.phoneCipher()), message.body(), message.segments(), message.attempts(),
					message.lastError(), message.createdAt()));
		}
		return new SmsConsole(this.gateway.name(), this.gateway.configured(), counts, rows);
	}

	/**
	 * Forgets the number of a participation that never consented (no account keeps its
	 * texts), at the person's request: its encrypted number, hash and district, the
	 * number on messages sent to it, and the hash on messages received when no other
	 * participation holds the number.
	 */
	public void forgetUnconsented(long adminId, long participantId) {
		Instant now = this.clock.instant();
		String hash = this.store.forgetNumber(participantId, true, now).orElseThrow(NotFoundException::new);
		this.store.forgetOutboundNumberOf(participantId);
		this.store.forgetInboundOf(hash);
		this.events.publishEvent(
				new AuditEvent(adminId, AuditAction.SMS_NUMBER_FORGOTTEN, null, null, null, null, null, null));
	}

	/**
	 * The spellings a number may be stored under: as typed (digits, with its {@code +}),
	 * and in international form when it was typed with {@code 00} or without {@code +}
	 * (gateways deliver numbers as {@code +<country><number>}).
	 * @throws SmsRuleException if it is not a phone number
	 */
	static Set<String> spellings(String phone) {
		String typed;
		try {
			typed = PhoneNumbers.normalise(phone);
		}
		catch (IllegalArgumentException ex) {
			throw new SmsRuleException("sms.admin.people.phone-invalid");
		}
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add(typed);
		if (!typed.startsWith("+")) {
			String international = typed.startsWith("00") ? typed.substring(2) : typed;
			if (international.length() >= 6) {
				spellings.add("+" + international);
			}
		}
		return spellings;
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
