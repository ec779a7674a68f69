package org.commonground.sms;

import java.time.Clock;
import java.time.Instant;

import org.commonground.account.AccountErased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an account that took part by SMS is erased, this module forgets its phone number,
 * in the purge's transaction: the participation's encrypted number, lookup hash and
 * district (it counts as opted out, so no question goes to it), the number and the
 * gateway's answers on every message sent to it (unsent ones are cancelled), and the
 * lookup hash on the messages received from it when no other participation holds that
 * number. Its accepted texts count as answered (nothing more can be sent) and texts still
 * waiting in the inbox are declined. The texts and stances accepted stay, as
 * contributions do. Texting the dialogue again starts a new participation.
 */
@Component
class SmsErasure {

	private final SmsStore store;

	private final Clock clock;

	SmsErasure(SmsStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void accountErased(AccountErased event) {
		this.store.participantOf(event.accountId()).ifPresent((participant) -> {
			Instant now = this.clock.instant();
			this.store.forgetOutboundNumberOf(participant);
			this.store.settleTextsOf(participant, now);
			this.store.forgetNumber(participant, false, now).ifPresent(this.store::forgetInboundOf);
		});
	}

}
