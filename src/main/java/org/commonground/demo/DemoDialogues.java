package org.commonground.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueDetails;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DialogueTranslations;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.Invitation;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.MembershipService;
import org.commonground.dialogue.Visibility;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo dialogues: the public Geita District dialogue with members of every group, a
 * members-only working group of buyers joined by invitation, and a closed dialogue from
 * 2024. Each step runs as the demo person who would do it, through the public services,
 * so the same access rules apply as on the site.
 */
@Component
class DemoDialogues {

	static final String GEITA = "geita-district-gold-mining-dialogue";

	static final String BUYERS = "buyers-and-refiners-working-group";

	static final String MERCURY_2024 = "mercury-reduction-dialogue-geita-2024";

	private static final String FACILITATOR = "amina.kombo";

	private final DialogueService dialogues;

	private final MembershipService memberships;

	private final UserDetailsService users;

	private final DialogueTranslations translations;

	DemoDialogues(DialogueService dialogues, MembershipService memberships, UserDetailsService users,
			DialogueTranslations translations) {
		this.translations = translations;
		this.dialogues = dialogues;
		this.memberships = memberships;
		this.users = users;
	}

	/**
	 * Creates the demo dialogues that do not exist yet; returns how many were created.
	 */
	int load() {
		int created = 0;
		if (!this.dialogues.exists(GEITA)) {
			loadGeita();
			created++;
		}
		if (!this.dialogues.exists(BUYERS)) {
			loadBuyers();
			created++;
		}
		if (!this.dialogues.exists(MERCURY_2024)) {
			loadMercury2024();
			created++;
		}
		return created;
	}

	private void loadGeita() {
		Dialogue geita = as(FACILITATOR, () -> this.dialogues.create(new DialogueDetails(
				"Geita District gold-mining dialogue",
				"Miners, communities, buyers, companies and government in Geita work out the challenges of artisanal "
						+ "gold mining and a shared vision for 2030.",
				"""
						Geita District produces much of Tanzania's gold, and tens of thousands of people work in its \
						artisanal and small-scale mines around Nyarugusu, Rwamagasa and Lwamgasa.

						This dialogue brings together **everyone with a stake** in that work:

						- artisanal miners and their associations,
						- the communities living next to the pits,
						- gold buyers and the Geita gold market,
						- the large-scale mines that hold neighbouring licences,
						- the Resident Mining Office and district officials,
						- researchers, civil society and development partners.

						Sessions take place in Geita town and online. Miners can take part under their group and \
						region only. Contributions in Swahili are welcome.""", "Geita town", "TZ",
				LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31), Visibility.PUBLIC, JoinPolicy.OPEN, true,
				List.of("FORMALISATION", "MERCURY_HEALTH", "LAND_LICENSING", "FINANCE", "MARKETS_TRACEABILITY",
						"CHILD_LABOUR", "SAFETY_SECURITY")),
				principal(FACILITATOR)));
		as(FACILITATOR, () -> {
			this.dialogues.changeStatus(geita.getSlug(), DialogueStatus.OPEN, principal(FACILITATOR));
			// Held in English and Swahili (French for the development partners, not yet
			// translated: the facilitators' to-do list shows it).
			this.translations.holdIn(geita.getSlug(), "en", List.of("en", "sw", "fr"), principal(FACILITATOR));
			this.translations.translate(geita.getSlug(), "sw", "Mazungumzo ya uchimbaji dhahabu wilaya ya Geita",
					"Wachimbaji, jamii, wanunuzi, makampuni na serikali ya Geita wanajadili changamoto za uchimbaji "
							+ "mdogo wa dhahabu na dira ya pamoja ya 2030.",
					"""
							Wilaya ya Geita inazalisha sehemu kubwa ya dhahabu ya Tanzania, na makumi ya maelfu ya watu \
							wanafanya kazi katika migodi midogo karibu na Nyarugusu, Rwamagasa na Lwamgasa.

							Mazungumzo haya yanawaleta pamoja **wote wenye maslahi** katika kazi hiyo:

							- wachimbaji wadogo na vyama vyao,
							- jamii zinazoishi karibu na mashimo,
							- wanunuzi wa dhahabu na soko la dhahabu la Geita,
							- migodi mikubwa yenye leseni za jirani,
							- Ofisi ya Madini ya Mkoa na maafisa wa wilaya,
							- watafiti, asasi za kiraia na washirika wa maendeleo.

							Vikao vinafanyika mjini Geita na mtandaoni. Wachimbaji wanaweza kushiriki kwa kundi na \
							mkoa wao tu. Michango kwa Kiswahili inakaribishwa.""",
					principal(FACILITATOR));
			return null;
		});
		join(geita.getSlug(), "neema.shija", DisplayMode.PSEUDONYMOUS);
		join(geita.getSlug(), "joseph.masanja", DisplayMode.NAMED);
		join(geita.getSlug(), "agnes.mollel", DisplayMode.NAMED);
		join(geita.getSlug(), "emmanuel.kalinga", DisplayMode.NAMED);
		join(geita.getSlug(), "salim.abdallah", DisplayMode.NAMED);
		join(geita.getSlug(), "grace.lyimo", DisplayMode.NAMED);
		join(geita.getSlug(), "halima.said", DisplayMode.NAMED);
		join(geita.getSlug(), "claire.dubois", DisplayMode.NAMED);
		join(geita.getSlug(), "rehema.kulwa", DisplayMode.PSEUDONYMOUS);
		join(geita.getSlug(), "baraka.mushi", DisplayMode.NAMED);
	}

	private void loadBuyers() {
		Dialogue buyers = as(FACILITATOR, () -> this.dialogues
			.create(new DialogueDetails("Buyers and refiners working group",
					"Licensed dealers, refiners and miners' associations work on fair prices and traceable gold from "
							+ "Geita to the refinery.",
					"""
							A smaller, members-only group that prepares proposals on **prices, payment terms and \
							traceability** for the main Geita dialogue. What is said here stays with the members until \
							the group agrees to share it.""", "Mwanza", "TZ", LocalDate.of(2026, 10, 1), null,
					Visibility.MEMBERS_ONLY, JoinPolicy.INVITE, false, List.of("MARKETS_TRACEABILITY", "FINANCE")),
					principal(FACILITATOR)));
		Invitation invitation = as(FACILITATOR, () -> {
			this.dialogues.changeStatus(buyers.getSlug(), DialogueStatus.OPEN, principal(FACILITATOR));
			return this.memberships.createInvitation(buyers.getSlug(), 60, 10, "Working group members",
					principal(FACILITATOR));
		});
		for (String person : List.of("salim.abdallah", "joseph.masanja", "agnes.mollel", "claire.dubois")) {
			as(person, () -> this.memberships.acceptInvitation(invitation.getToken(), DisplayMode.NAMED,
					principal(person)));
		}
	}

	private void loadMercury2024() {
		Dialogue mercury = as(FACILITATOR, () -> this.dialogues.create(new DialogueDetails(
				"Mercury reduction dialogue, Geita 2024",
				"A 2024 dialogue on cutting mercury use in gold processing, with the results of the retort pilot.", """
						Held from March to June 2024 with miners from Rwamagasa and Nyarugusu, health workers and the \
						Resident Mining Office. It is closed and kept for the record.""", "Rwamagasa", "TZ",
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), Visibility.PUBLIC, JoinPolicy.OPEN, true,
				List.of("MERCURY_HEALTH", "ENVIRONMENT")), principal(FACILITATOR)));
		as(FACILITATOR, () -> {
			this.dialogues.changeStatus(mercury.getSlug(), DialogueStatus.OPEN, principal(FACILITATOR));
			return null;
		});
		join(mercury.getSlug(), "neema.shija", DisplayMode.PSEUDONYMOUS);
		join(mercury.getSlug(), "joseph.masanja", DisplayMode.NAMED);
		join(mercury.getSlug(), "emmanuel.kalinga", DisplayMode.NAMED);
		join(mercury.getSlug(), "halima.said", DisplayMode.NAMED);
		as(FACILITATOR, () -> {
			this.dialogues.changeStatus(mercury.getSlug(), DialogueStatus.CLOSED, principal(FACILITATOR));
			return null;
		});
	}

	private void join(String slug, String person, DisplayMode mode) {
		as(person, () -> this.memberships.join(slug, mode, principal(person)));
	}

	private org.commonground.account.AccountPrincipal principal(String person) {
		return (org.commonground.account.AccountPrincipal) this.users
			.loadUserByUsername(person + DemoDataLoader.DOMAIN);
	}

	/** Runs the step signed in as the demo person, as if they did it on the site. */
	private <T> T as(String person, Supplier<T> step) {
		UserDetails user = principal(person);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
