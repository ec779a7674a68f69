package org.commonground.demo;

import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.account.AccountService;
import org.commonground.account.ProvisionedAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo accounts when {@code app.demo=true}: one per stakeholder group, plus a
 * facilitator and an admin, all with the password {@value #PASSWORD} (documented in the
 * README); then the demo dialogues, the Geita dialogue's challenges, its shared vision,
 * library, meetings and stakeholder map. Existing accounts, dialogues, challenges and
 * visions are left alone, so loading twice changes nothing.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("app.demo")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final String PASSWORD = "Geita-Dialogue-2026";

	static final String DOMAIN = "@demo.commonground.example";

	static final List<ProvisionedAccount> ACCOUNTS = List.of(
			account("neema.shija", "Neema Shija", "ARTISANAL_MINER", "Nyarugusu small-scale gold miners", "sw",
					AccountRole.PARTICIPANT),
			account("joseph.masanja", "Joseph Masanja", "MINER_ASSOCIATION", "Geita Regional Miners' Association", "sw",
					AccountRole.PARTICIPANT),
			account("agnes.mollel", "Agnes Mollel", "CIVIL_SOCIETY", "Lake Zone Women in Mining Network", "en",
					AccountRole.PARTICIPANT),
			account("emmanuel.kalinga", "Emmanuel Kalinga", "GOVERNMENT", "Geita Resident Mining Office", "en",
					AccountRole.PARTICIPANT),
			account("salim.abdallah", "Salim Abdallah", "BUYER", "Geita gold market licensed dealer", "sw",
					AccountRole.PARTICIPANT),
			account("grace.lyimo", "Grace Lyimo", "LARGE_SCALE_MINING", "Community relations, Nyankanga gold mine",
					"en", AccountRole.PARTICIPANT),
			account("halima.said", "Dr Halima Said", "RESEARCH", "University of Dar es Salaam, Mining Institute", "en",
					AccountRole.PARTICIPANT),
			account("claire.dubois", "Claire Dubois", "DEVELOPMENT_PARTNER", "Fonds pour l'orpaillage responsable",
					"fr", AccountRole.PARTICIPANT),
			account("rehema.kulwa", "Mama Rehema Kulwa", "COMMUNITY", "Nyakabale village council", "sw",
					AccountRole.PARTICIPANT),
			account("baraka.mushi", "Baraka Mushi", "OTHER", "Freelance journalist, Mwanza", "sw",
					AccountRole.PARTICIPANT),
			account("amina.kombo", "Amina Kombo", "CIVIL_SOCIETY", "Dialogue facilitator", "en",
					AccountRole.FACILITATOR),
			account("admin", "Demo Administrator", "OTHER", "Common Ground", "en", AccountRole.ADMIN));

	private final AccountService accounts;

	private final DemoDialogues dialogues;

	private final DemoChallenges challenges;

	private final DemoVision vision;

	private final DemoResources resources;

	private final DemoMeetings meetings;

	private final DemoMap map;

	DemoDataLoader(AccountService accounts, DemoDialogues dialogues, DemoChallenges challenges, DemoVision vision,
			DemoResources resources, DemoMeetings meetings, DemoMap map) {
		this.meetings = meetings;
		this.map = map;
		this.accounts = accounts;
		this.dialogues = dialogues;
		this.challenges = challenges;
		this.vision = vision;
		this.resources = resources;
	}

	@Override
	public void run(ApplicationArguments args) {
		long created = ACCOUNTS.stream().filter(this.accounts::provision).count();
		int dialoguesCreated = this.dialogues.load();
		int challengesCreated = this.challenges.load();
		int versionsPublished = this.vision.load();
		int resourcesAdded = this.resources.load();
		int meetingsPlanned = this.meetings.load();
		int evidenceLinks = this.resources.linkEvidence();
		int relationsDrawn = this.map.load();
		log.info("Demo data: {} account(s), {} dialogue(s), {} challenge(s), {} vision version(s), {} resource(s), "
				+ "{} meeting(s) and {} map relation(s) created, {} evidence link(s) in place; password for all "
				+ "accounts: {}", created, dialoguesCreated, challengesCreated, versionsPublished, resourcesAdded,
				meetingsPlanned, relationsDrawn, evidenceLinks, PASSWORD);
	}

	private static ProvisionedAccount account(String name, String displayName, String group, String organisation,
			String locale, AccountRole role) {
		return new ProvisionedAccount(name + DOMAIN, displayName, PASSWORD, group, organisation, "TZ", "Geita", locale,
				role);
	}

}
