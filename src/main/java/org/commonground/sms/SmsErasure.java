package org.commonground.sms;

import java.time.Clock;

import org.commonground.account.AccountErased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an account that took part by SMS is erased, this module forgets its phone number,
 * in the purge's transaction: the participation's encrypted number, lookup hash and
 * district, the number on every message sent to it (unsent ones are cancelled), and the
 * lookup hash on the messages received from it when no other participation holds that
 * number. The texts and stances stay, as contributions do. Texting the dialogue again
 * starts a new participation.
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
		this.store.forgetOutboundNumberOf(event.accountId());
		this.store.forgetNumberOf(event.accountId(), this.clock.instant()).ifPresent(this.store::forgetInboundOf);
	}

}
