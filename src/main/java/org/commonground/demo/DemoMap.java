package org.commonground.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeRef;
import org.commonground.map.ActorDetails;
import org.commonground.map.ActorKind;
import org.commonground.map.Evidence;
import org.commonground.map.EvidenceChoices;
import org.commonground.map.EvidenceKind;
import org.commonground.meeting.MeetingRef;
import org.commonground.resource.ResourceRef;
import org.commonground.map.MapService;
import org.commonground.map.RelationDetails;
import org.commonground.map.RelationType;
import org.commonground.map.RelationView;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The Geita dialogue's stakeholder map: the gold chain from the pits to the Bank of
 * Tanzania, with the offices that license, regulate and tax it, the mercury trade, a
 * women miners' network, the large-scale mine and the mining villages. The facilitator
 * draws the actors (pinning a few so that the chain reads from the pits on the left to
 * the bank on the right) and the agreed relations, citing the demo challenges as
 * evidence; the miners' association proposes one relation, which she accepts; a buyer and
 * the large-scale mine each dispute one relation with a reason, and she accepts both
 * disputes. All through the map module's public service. Loaded once: a dialogue whose
 * map has actors is left alone.
 */
@Component
class DemoMap {

	private static final String GEITA = DemoDialogues.GEITA;

	private static final String FACILITATOR = "amina.kombo";

	static final String PRE_FINANCE_DISPUTE = "Licensed dealers at the Geita market do not lend to pits: the money "
			+ "comes from unlicensed financiers in the villages, who are not at this table.";

	static final String CONFLICT_DISPUTE = "Two blocks of our licence were released to licensed small-scale miners "
			+ "in 2024. The conflict is with people who enter the pits of our licence area, not with miners as a group.";

	private final MapService maps;

	private final UserDetailsService users;

	DemoMap(MapService maps, UserDetailsService users) {
		this.maps = maps;
		this.users = users;
	}

	/**
	 * Draws the map unless the dialogue has one.
	 * @return how many relations were added
	 */
	int load() {
		boolean drawn = as(FACILITATOR,
				() -> !this.maps.map(GEITA, principal(FACILITATOR), Locale.ENGLISH).actors().isEmpty());
		if (drawn) {
			return 0;
		}
		Map<String, Evidence> evidence = as(FACILITATOR, () -> {
			Map<String, Evidence> byTitle = new HashMap<>();
			EvidenceChoices choices = this.maps.evidenceChoices(this.maps.readable(GEITA, principal(FACILITATOR)));
			for (ChallengeRef ref : choices.challenges()) {
				byTitle.put(ref.title(), new Evidence(EvidenceKind.CHALLENGE, ref.id()));
			}
			for (MeetingRef ref : choices.meetings()) {
				byTitle.put(ref.title(), new Evidence(EvidenceKind.MEETING, ref.id()));
			}
			for (ResourceRef ref : choices.resources()) {
				byTitle.put(ref.title(), new Evidence(EvidenceKind.RESOURCE, ref.id()));
			}
			return byTitle;
		});
		Actors a = as(FACILITATOR, this::actors);
		Evidence study = evidence.get(DemoResources.STUDY_TITLE);
		Evidence siteVisits = evidence.get(DemoMeetings.SITE_VISITS_TITLE);
		Evidence mercury = evidence.get("Mercury vapour from amalgam burning near homes");
		Evidence licences = evidence.get("Leseni za uchimbaji mdogo zinachelewa");
		Evidence credit = evidence.get("Women miners cannot get credit for equipment");
		Evidence prices = evidence.get("Bei ya dhahabu kwa wachimbaji wadogo haieleweki");
		Evidence land = evidence.get("Mipaka ya leseni ya mgodi mkubwa haijulikani kijijini");
		Evidence children = evidence.get("Des enfants travaillent encore sur les sites de traitement");
		Evidence pits = evidence.get("Mashimo yanaporomoka na hatuna mbao za kutosha");
		long[] disputed = as(FACILITATOR, () -> {
			long preFinance = relation(a.dealers, a.pitOwners, RelationType.PRE_FINANCES, 3, credit);
			relation(a.pitOwners, a.dealers, RelationType.SELLS_GOLD_TO, 3, prices);
			relation(a.plants, a.pitOwners, RelationType.PROCESSES_FOR, 3, children);
			relation(a.dealers, a.plants, RelationType.PRE_FINANCES, 2, null);
			relation(a.pitOwners, a.miners, RelationType.EMPLOYS, 3, pits);
			relation(a.miners, a.buyers, RelationType.SELLS_GOLD_TO, 2, prices);
			relation(a.dealers, a.market, RelationType.SELLS_GOLD_TO, 2, null);
			relation(a.buyers, a.market, RelationType.SELLS_GOLD_TO, 3, prices);
			relation(a.buyers, a.refinery, RelationType.SELLS_GOLD_TO, 2, null);
			relation(a.refinery, a.bank, RelationType.SELLS_GOLD_TO, 3, null);
			relation(a.office, a.pitOwners, RelationType.LICENSES, 3, licences);
			relation(a.office, a.buyers, RelationType.LICENSES, 2, null);
			relation(a.office, a.market, RelationType.REGULATES, 3, null);
			relation(a.office, a.plants, RelationType.REGULATES, 2, mercury);
			relation(a.council, a.buyers, RelationType.TAXES, 2, null);
			relation(a.council, a.pitOwners, RelationType.TAXES, 1, null);
			relation(a.mercury, a.plants, RelationType.SUPPLIES_MERCURY_TO, 3, study);
			relation(a.mercury, a.miners, RelationType.SUPPLIES_MERCURY_TO, 2, mercury);
			relation(a.network, a.miners, RelationType.ADVISES, 2, credit);
			long conflict = relation(a.mine, a.miners, RelationType.IN_CONFLICT_WITH, 2, land);
			relation(a.villages, a.miners, RelationType.DEPENDS_ON, 3, siteVisits);
			relation(a.villages, a.mine, RelationType.DEPENDS_ON, 2, land);
			return new long[] { preFinance, conflict };
		});
		long proposal = as("joseph.masanja",
				() -> this.maps.propose(GEITA, principal("joseph.masanja"),
						new RelationDetails(a.association, a.pitOwners, RelationType.REPRESENTS, 2, licences),
						"GEREMA speaks for the licence holders at the Resident Mining Office and in this dialogue; "
								+ "most pit owners in Nyarugusu are members."));
		as(FACILITATOR, () -> {
			this.maps.decideRelation(GEITA, principal(FACILITATOR), proposal, true);
			return null;
		});
		as("salim.abdallah", () -> {
			this.maps.dispute(GEITA, principal("salim.abdallah"), disputed[0], PRE_FINANCE_DISPUTE);
			return null;
		});
		as("grace.lyimo", () -> {
			this.maps.dispute(GEITA, principal("grace.lyimo"), disputed[1], CONFLICT_DISPUTE);
			return null;
		});
		return as(FACILITATOR, () -> {
			for (RelationView relation : this.maps.map(GEITA, principal(FACILITATOR), Locale.ENGLISH).relations()) {
				for (RelationView.DisputeView dispute : relation.pending()) {
					this.maps.decideDispute(GEITA, principal(FACILITATOR), dispute.id(), true);
				}
			}
			return this.maps.map(GEITA, principal(FACILITATOR), Locale.ENGLISH).relations().size();
		});
	}

	/** The actors' ids. */
	private record Actors(long pitOwners, long miners, long association, long dealers, long plants, long buyers,
			long market, long refinery, long bank, long office, long council, long mercury, long network, long mine,
			long villages) {
	}

	private Actors actors() {
		long pitOwners = actor("Pit owners", ActorKind.STAKEHOLDER_GROUP, "ARTISANAL_MINER", "Nyarugusu, Rwamagasa", 3,
				"Hold the primary mining licences and run the pits; want licences on time and a fair price.", 30.0,
				45.0);
		long miners = actor("Artisanal miners", ActorKind.STAKEHOLDER_GROUP, "ARTISANAL_MINER", "Geita District", 2,
				"Dig and carry ore for a share of the gold; want safe pits and to be paid for what they find.", 14.0,
				72.0);
		long association = actor("Miners' association", ActorKind.ASSOCIATION, null, "Geita Region", 3,
				"GEREMA: speaks for licensed small-scale miners to the Mining Commission and the district.", null,
				null);
		long dealers = actor("Dealers and financiers", ActorKind.STAKEHOLDER_GROUP, "BUYER", "Geita town", 4,
				"Lend money, fuel and equipment to pits and plants against the gold to come.", null, null);
		long plants = actor("Processing plant owners", ActorKind.STAKEHOLDER_GROUP, "BUYER", "Nyarugusu", 3,
				"Run the ball mills, sluices and leaching plants; process ore for a fee or a share of the tailings.",
				null, null);
		long buyers = actor("Licensed gold buyers", ActorKind.STAKEHOLDER_GROUP, "BUYER", "Geita town", 3,
				"Buy gold from miners under a broker's or dealer's licence and sell it at the gold market.", null,
				null);
		long market = actor("Geita gold market", ActorKind.GOVERNMENT, null, "Geita town", 4,
				"The state gold trading centre: gold is tested, weighed and sold in the open, and royalties collected.",
				64.0, 45.0);
		long refinery = actor("Geita Gold Refinery", ActorKind.COMPANY, null, "Geita town", 3,
				"Refines the gold bought in Tanzania to 999.9 for the Bank of Tanzania and for export.", null, null);
		long bank = actor("Bank of Tanzania", ActorKind.GOVERNMENT, null, "Dar es Salaam", 5,
				"Buys refined gold from domestic producers for the national reserves.", 88.0, 88.0);
		long office = actor("Resident Mining Office", ActorKind.GOVERNMENT, null, "Geita", 5,
				"The Mining Commission in Geita: licenses pits, dealers and plants, inspects and collects royalties.",
				48.0, 8.0);
		long council = actor("Geita District Council", ActorKind.GOVERNMENT, null, "Geita District", 3,
				"Collects the service levy on mineral sales and the market fees.", null, null);
		long mercury = actor("Informal mercury trade", ActorKind.OTHER, null, "Lake Zone", 2,
				"Brings mercury across borders and sells it in small bottles at the processing sites.", null, null);
		long network = actor("Women miners' network", ActorKind.CIVIL_SOCIETY, null, "Lake Zone", 2,
				"Trains women miners in safe processing, records and group savings; helps them get credit.", null,
				null);
		long mine = actor("Nyankanga gold mine", ActorKind.COMPANY, null, "Geita District", 5,
				"Large-scale open-pit and underground mine; holds the special mining licence around the town.", null,
				null);
		long villages = actor("Mining villages", ActorKind.COMMUNITY, null, "Nyakabale, Nyarugusu, Rwamagasa", 2,
				"Want water, land for farming and roads, and the jobs and trade that mining brings.", null, null);
		return new Actors(pitOwners, miners, association, dealers, plants, buyers, market, refinery, bank, office,
				council, mercury, network, mine, villages);
	}

	private long actor(String label, ActorKind kind, String groupCode, String region, int influence, String goal,
			Double pinX, Double pinY) {
		Long groupId = (groupCode != null) ? this.maps.groupId(groupCode) : null;
		return this.maps.saveActor(GEITA, principal(FACILITATOR), null,
				new ActorDetails(label, kind, groupId, region, influence, goal, ""), pinX, pinY);
	}

	private long relation(long from, long to, RelationType type, int strength, Evidence evidence) {
		return this.maps.saveRelation(GEITA, principal(FACILITATOR), null,
				new RelationDetails(from, to, type, strength, evidence), List.of());
	}

	private AccountPrincipal principal(String person) {
		return (AccountPrincipal) this.users.loadUserByUsername(person + DemoDataLoader.DOMAIN);
	}

	/** Runs the step signed in as the demo person, as if they did it on the site. */
	private <T> T as(String person, Supplier<T> step) {
		AccountPrincipal user = principal(person);
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
