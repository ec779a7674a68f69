package org.commonground.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.challenge.Challenge;
import org.commonground.sms.FakeSmsGateway;
import org.commonground.sms.SmsContribution;
import org.commonground.sms.SmsGateway;
import org.commonground.sms.SmsInbox;
import org.commonground.sms.SmsInboxPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * SMS contributions from Geita miners who have no smartphone, sent through the fake
 * gateway's inbound path (the same conversation the webhook feeds): three miners join the
 * Geita dialogue (code GEITA) in Swahili, one text becomes a challenge, one is merged
 * into the mercury challenge, one waits in the SMS inbox. Runs once the demo data is
 * loaded (after the application runners); only with the fake gateway; loading twice
 * changes nothing (the dialogue already has its SMS code).
 */
@Component
class DemoSms {

	private static final Logger log = LoggerFactory.getLogger(DemoSms.class);

	static final String CODE = "GEITA";

	private static final String FACILITATOR = "amina.kombo";

	private final SmsGateway gateway;

	private final SmsInbox inbox;

	private final StakeholderGroupService groups;

	private final UserDetailsService users;

	private final boolean demo;

	DemoSms(SmsGateway gateway, SmsInbox inbox, StakeholderGroupService groups, UserDetailsService users,
			@Value("${app.demo:false}") boolean demo) {
		this.demo = demo;
		this.gateway = gateway;
		this.inbox = inbox;
		this.groups = groups;
		this.users = users;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadAfterTheDemoData() {
		if (!this.demo) {
			return;
		}
		int texts = load();
		log.info("Demo data: {} SMS text(s) received", texts);
	}

	/**
	 * @return how many texts arrived
	 */
	int load() {
		if (!(this.gateway instanceof FakeSmsGateway fake)) {
			return 0;
		}
		return as(FACILITATOR, (me) -> {
			if (this.inbox.inbox(DemoDialogues.GEITA, me, Locale.ENGLISH).settings() != null) {
				return 0;
			}
			this.inbox.updateSettings(DemoDialogues.GEITA, me, CODE, 500);
			String miner = String.valueOf(minerChoice());
			join(fake, "+255754100201", miner, "Nyarugusu");
			join(fake, "+255754100202", miner, "Rwamgasa");
			join(fake, "+255754100203", miner, "Nyakabale");
			fake.deliver("demo-sms-201-1", "+255754100201",
					"Hatuna maji safi kwenye machimbo ya Nyarugusu. Tunakunywa maji ya shimo na watoto wanaugua.");
			fake.deliver("demo-sms-202-1", "+255754100202",
					"Moshi wa zebaki unaingia nyumbani Rwamgasa wanapochoma dhahabu usiku.");
			fake.deliver("demo-sms-203-1", "+255754100203",
					"Wanunuzi wanapima dhahabu kwa mizani yao wenyewe, hatujui bei ya kweli.");
			List<SmsContribution> waiting = this.inbox.inbox(DemoDialogues.GEITA, me, Locale.ENGLISH)
				.contributions()
				.stream()
				.filter(SmsContribution::isNew)
				.toList();
			this.inbox.acceptAsChallenge(DemoDialogues.GEITA, me, waiting.get(0).id(),
					"Hakuna maji safi kwenye machimbo ya Nyarugusu");
			SmsInboxPage page = this.inbox.inbox(DemoDialogues.GEITA, me, Locale.ENGLISH);
			page.challenges()
				.stream()
				.filter((c) -> c.getTitle().startsWith("Mercury vapour"))
				.map(Challenge::getId)
				.findFirst()
				.ifPresent((mercury) -> this.inbox.merge(DemoDialogues.GEITA, me, waiting.get(1).id(), mercury));
			return 3;
		});
	}

	private void join(FakeSmsGateway fake, String phone, String group, String district) {
		String id = "demo-sms-" + phone.substring(phone.length() - 3);
		fake.deliver(id + "-join", phone, "JIUNGE " + CODE);
		fake.deliver(id + "-group", phone, group);
		fake.deliver(id + "-district", phone, district);
		fake.deliver(id + "-consent", phone, "NDIYO");
	}

	/** The number of "Artisanal miner" in the list the joining exchange sends. */
	private int minerChoice() {
		List<StakeholderGroup> active = this.groups.activeGroups()
			.stream()
			.sorted(Comparator.comparingInt(StakeholderGroup::getSortOrder))
			.toList();
		for (int i = 0; i < active.size(); i++) {
			if (active.get(i).getCode().equals("ARTISANAL_MINER")) {
				return i + 1;
			}
		}
		throw new IllegalStateException("No artisanal miner group");
	}

	private <T> T as(String person, java.util.function.Function<AccountPrincipal, T> step) {
		AccountPrincipal user = (AccountPrincipal) this.users.loadUserByUsername(person + DemoDataLoader.DOMAIN);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return step.apply(user);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
