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

	/**
	 * Country calling codes of the countries dialogues are likely to be in, by ISO code
	 * (a country without one here needs the number with its country code).
	 */
	private static final Map<String, String> CALLING_CODES = Map.ofEntries(Map.entry("TZ", "255"),
			Map.entry("KE", "254"), Map.entry("UG", "256"), Map.entry("RW", "250"), Map.entry("BI", "257"),
			Map.entry("CD", "243"), Map.entry("CG", "242"), Map.entry("ZM", "260"), Map.entry("MW", "265"),
			Map.entry("MZ", "258"), Map.entry("ZW", "263"), Map.entry("ZA", "27"), Map.entry("AO", "244"),
			Map.entry("ET", "251"), Map.entry("MG", "261"), Map.entry("GH", "233"), Map.entry("NG", "234"),
			Map.entry("SN", "221"), Map.entry("CI", "225"), Map.entry("ML", "223"), Map.entry("BF", "226"),
			Map.entry("NE", "227"), Map.entry("GN", "224"), Map.entry("SL", "232"), Map.entry("LR", "231"),
			Map.entry("CM", "237"), Map.entry("TD", "235"), Map.entry("SD", "249"), Map.entry("SS", "211"),
			Map.entry("PE", "51"), Map.entry("CO", "57"), Map.entry("BO", "591"), Map.entry("EC", "593"),
			Map.entry("BR", "55"), Map.entry("GY", "592"), Map.entry("SR", "597"), Map.entry("VE", "58"),
			Map.entry("MX", "52"), Map.entry("GT", "502"), Map.entry("HN", "504"), Map.entry("NI", "505"),
			Map.entry("CL", "56"), Map.entry("AR", "54"), Map.entry("PH", "63"), Map.entry("ID", "62"),
			Map.entry("PG", "675"), Map.entry("MN", "976"), Map.entry("GB", "44"), Map.entry("FR", "33"),
			Map.entry("PT", "351"), Map.entry("ES", "34"));

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
	public List<SmsPerson> people(String phone, String language) {
		List<SmsPersonRow> rows = new ArrayList<>();
		Set<String> spellings = spellings(phone);
		if (!phone.strip().startsWith("+")) {
			// As dialled inside a country (0754 ...): as dialled from abroad, in each
			// country a dialogue with an SMS code is in.
			spellings = new LinkedHashSet<>(spellings);
			spellings.addAll(national(spellings.iterator().next(),
					this.dialogues.byIds(this.store.smsDialogueIds())
						.values()
						.stream()
						.map(Dialogue::getCountry)
						.filter(Objects::nonNull)
						.collect(Collectors.toSet())));
		}
		for (String spelling : spellings) {
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
			people
				.add(new SmsPerson(row.participantId(), (dialogue != null) ? dialogue.text(language).getTitle() : null,
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
	 * A number as dialled inside a country ({@code 0754123456}) as gateways deliver it
	 * from each of the countries ({@code +255754123456} for TZ).
	 */
	static Set<String> national(String typed, Set<String> countries) {
		Set<String> spellings = new LinkedHashSet<>();
		if (typed.startsWith("0") && !typed.startsWith("00")) {
			for (String country : countries) {
				String code = CALLING_CODES.get(country.toUpperCase(java.util.Locale.ROOT));
				if (code != null) {
					spellings.add("+" + code + typed.substring(1));
				}
			}
		}
		return spellings;
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

	/**
	 * Queues a failed message again (not if its number has opted out since); the audit
	 * log records which admin did.
	 */
	public void retry(long outboundId, long adminId) {
		if (!this.store.retry(outboundId)) {
			throw new NotFoundException();
		}
		this.events.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.SMS_RETRIED, "#" + outboundId));
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
