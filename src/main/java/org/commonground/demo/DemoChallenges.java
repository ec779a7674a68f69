package org.commonground.demo;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeContributions;
import org.commonground.challenge.ChallengeFacilitation;
import org.commonground.challenge.ChallengeFilter;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeStatus;
import org.commonground.challenge.ChallengeTranslations;
import org.commonground.challenge.ChallengeText;
import org.commonground.comment.CommentPosting;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.NewComment;
import org.commonground.moderation.ModerationDecisions;
import org.commonground.moderation.ModerationReason;
import org.commonground.moderation.ReportService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The challenges of the Geita dialogue, raised, endorsed and discussed by its members of
 * different stakeholder groups, in Swahili, English and French, with the facilitator's
 * statuses and responses (two challenges written in English translated, with their
 * responses, into Swahili). Each step runs as the demo person who would do it, through
 * the public services. Neema Shija and Mama Rehema Kulwa take part under a pseudonym, so
 * nothing they or others write names them.
 */
@Component
class DemoChallenges {

	private static final String GEITA = DemoDialogues.GEITA;

	private static final String FACILITATOR = "amina.kombo";

	private final ChallengeService challenges;

	private final ChallengeContributions contributions;

	private final ChallengeFacilitation facilitation;

	private final ModerationDecisions moderation;

	private final ReportService reports;

	private final CommentPosting comments;

	private final UserDetailsService users;

	private final ChallengeTranslations translations;

	DemoChallenges(ChallengeService challenges, ChallengeContributions contributions,
			ChallengeFacilitation facilitation, ModerationDecisions moderation, ReportService reports,
			CommentPosting comments, UserDetailsService users, ChallengeTranslations translations) {
		this.translations = translations;
		this.challenges = challenges;
		this.contributions = contributions;
		this.facilitation = facilitation;
		this.moderation = moderation;
		this.comments = comments;
		this.reports = reports;
		this.users = users;
	}

	/**
	 * Gives the Geita dialogue its challenges unless it already has some.
	 * @return how many challenges were created
	 */
	int load() {
		boolean loaded = !as(FACILITATOR, () -> this.challenges
			.list(GEITA, principal(FACILITATOR), new ChallengeFilter(null, null, null, null, null), Locale.ENGLISH)
			.challenges()
			.isEmpty());
		if (loaded) {
			return 0;
		}
		long mercury = mercury();
		long licences = licences();
		long finance = finance();
		long prices = prices();
		long land = land();
		List<Long> raised = List.of(mercury, licences, finance, prices, land, childLabour(), safety());
		respond(mercury, ChallengeStatus.UNDER_DISCUSSION, """
				On the agenda of the next session: the Resident Mining Office will bring its demonstration retort and \
				gravity table to Rwamagasa for a practical day with the processing site owners, and the development \
				partners' offer to co-finance shared, lockable burning sheds will be discussed with the miners' \
				association. The District Medical Officer has been asked about health screening on the same day.""");
		respond(finance, ChallengeStatus.UNDER_DISCUSSION, """
				Taken up by the finance working group: the development partners' fund is preparing a hire-purchase \
				scheme for small equipment with a local SACCO, the miners' association will help register groups and \
				keep records of their gold sales, and the licensed buyers will put in writing the terms of the \
				advances they give, including the price used when a loan is repaid in gold.""");
		// Both written in English; the facilitator translates them, with their responses,
		// into Swahili for the miners.
		translateIntoSwahili(mercury, "Mvuke wa zebaki kutokana na kuchoma amalgamu karibu na nyumba", """
				Katika ziara zetu kwenye maeneo ya uchenjuaji Rwamagasa na Nyarugusu mwaka huu, tuliona mara kwa mara \
				amalgamu ikichomwa kwenye vyombo vilivyo wazi, mara nyingi ndani ya nyua zile zile ambamo familia \
				hupika na watoto hucheza. Wengi wa wanaofanya kazi hii walituambia kwamba hakuna aliyewahi \
				kuwaonyesha jinsi mvuke wa zebaki unavyoingia mwilini, na retoti chache zilizoachwa na miradi ya awali \
				zilihifadhiwa badala ya kutumika. Wafanyakazi kadhaa walieleza kutetemeka, maumivu ya kichwa na \
				kukosa usingizi, mambo wanayohusisha na kazi yao.

				Tungependa mazungumzo haya yakubaliane **hatua za vitendo**: retoti kwenye kila eneo la uchenjuaji, \
				kuchoma mbali na nyumba, na uchunguzi wa afya kupitia hospitali ya wilaya.""", """
				Kwenye ajenda ya kikao kijacho: Ofisi ya Madini ya Mkoa italeta retoti yake ya maonyesho na meza ya \
				mtetemo Rwamagasa kwa siku ya mafunzo ya vitendo na wamiliki wa maeneo ya uchenjuaji, na ofa ya \
				washirika wa maendeleo ya kuchangia gharama za mabanda ya pamoja ya kuchomea yenye kufuli itajadiliwa \
				na chama cha wachimbaji. Mganga Mkuu wa Wilaya ameombwa kuhusu uchunguzi wa afya siku hiyo hiyo.""");
		translateIntoSwahili(finance, "Wachimbaji wanawake hawapati mikopo ya vifaa", """
				Wanawake katika mtandao wetu wanaoendesha vikundi vidogo vya kuponda na kuosha dhahabu karibu na \
				Lwamgasa hawawezi kukopa benki: hawana leseni, hati ya ardhi wala kumbukumbu ambazo afisa mikopo \
				anazikubali. Wanatuambia kwamba mashine ya kusaga (ball mill) iliyotumika inagharimu karibu TZS \
				milioni 6, kwa hiyo wengi hukodisha vifaa kutoka kwa mmiliki wa shimo anayechukua sehemu kubwa ya \
				mawe kama malipo, au hukopa kwa wakopeshaji wasio rasmi ambao riba yao "inakula faida yote", kama \
				mmoja wao alivyosema.

				Tungependa benki, SACCOs na washirika wa maendeleo waandae huduma inayokubali dhamana ya kikundi na \
				kumbukumbu za mauzo ya dhahabu badala ya hati ya ardhi.""", """
				Limechukuliwa na kikundi kazi cha fedha: mfuko wa washirika wa maendeleo unaandaa mpango wa \
				kukodisha-kununua vifaa vidogo pamoja na SACCO ya hapa, chama cha wachimbaji kitasaidia kusajili \
				vikundi na kutunza kumbukumbu za mauzo yao ya dhahabu, na wanunuzi wenye leseni wataandika masharti \
				ya mikopo wanayotoa, ikiwemo bei inayotumika mkopo unaporudishwa kwa dhahabu.""");
		respond(licences, ChallengeStatus.UNDER_DISCUSSION, """
				On the agenda of the next session: the Resident Mining Office will walk through the steps of a PML \
				application and the most common reasons files are sent back, and the miners' association will bring \
				a list of applications still waiting.""");
		respond(prices, ChallengeStatus.ADDRESSED, """
				At the second session the licensed dealers of the Geita gold market agreed to put up a board at each \
				of their buying points with the day's price per gram and the deductions they make, and to give every \
				seller a receipt showing the purity test. The Resident Mining Office will check this on its visits. \
				Buyers who travel to the villages are being taken up in the buyers and refiners working group.

				*Kwa Kiswahili:* wanunuzi wa soko la dhahabu la Geita wamekubali kubandika bei ya kila siku na makato \
				yao kwenye kila kituo cha kununulia, na kumpa kila muuzaji risiti yenye kipimo cha usafi.""");
		moderate(prices, land);
		return raised.size();
	}

	/**
	 * Moderation as it should look: a comment that names a buyer with his phone number is
	 * hidden and its author asks for a review (left for an admin to decide); a company's
	 * report of a village's complaint is dismissed, because criticism is on topic.
	 */
	private void moderate(long prices, long land) {
		long named = comment(prices, "baraka.mushi", null,
				"The buyer who cheated my cousin at the Nyarugusu junction is Mr. J. M., phone 0754 000 111. "
						+ "Everyone should refuse to sell to him.",
				"en");
		as(FACILITATOR, () -> {
			this.moderation.hide(GEITA, principal(FACILITATOR), "comments", named,
					ModerationReason.PERSONAL_INFORMATION,
					"Please tell what happened without his name and phone number, and report him to the "
							+ "Resident Mining Office, which follows up complaints against licensed dealers.");
			return null;
		});
		as("baraka.mushi", () -> {
			this.reports.requestReview(GEITA, principal("baraka.mushi"), "comments", named,
					"Other miners need to know whom to avoid; the number is the one he gives to everyone.");
			return null;
		});
		long road = comment(land, "rehema.kulwa", null,
				"Malori ya mgodi bado yanapita barabara ya kijiji usiku, na barua zetu hazijibiwi.");
		as("grace.lyimo", () -> this.reports.report(GEITA, principal("grace.lyimo"), "comments", road,
				ModerationReason.OFF_TOPIC, "This is about trucks on the road, not the licence boundaries."));
		as(FACILITATOR, () -> {
			this.moderation.dismiss(GEITA, principal(FACILITATOR), "comments", road,
					"How the mine's trucks use the village road is part of how the licence affects Nyakabale; it stays.");
			return null;
		});
	}

	private long mercury() {
		long id = raise("halima.said", "Mercury vapour from amalgam burning near homes", """
				During our field visits to processing sites in Rwamagasa and Nyarugusu this year, we repeatedly saw \
				amalgam being burned in open pans, often inside the same compounds where families cook and children \
				play. Most of the people doing this work told us nobody had ever shown them how mercury vapour enters \
				the body, and the few retorts left by earlier projects were stored rather than used. Several workers \
				described tremors, headaches and poor sleep that they link to their work.

				We would like the dialogue to agree on **practical steps**: retorts at every processing site, burning \
				away from homes, and health checks through the district hospital.""", "MERCURY_HEALTH", "ENVIRONMENT");
		endorse(id, "neema.shija", "rehema.kulwa", "agnes.mollel", "claire.dubois", "joseph.masanja",
				"emmanuel.kalinga");
		long miner = comment(id, "neema.shija", null, """
				Ni kweli kabisa. Kwetu tunachoma amalgam jioni ndani ya kibanda kwa sababu tunaogopa wezi wakiona \
				dhahabu. Retort tuliyopewa na mradi iko kwa mwenyekiti wa kikundi, lakini inachukua muda mrefu na \
				mnunuzi hasubiri.""");
		long researcher = comment(id, "halima.said", miner, """
				Thank you, this matches what we heard. How long does one batch take in the retort at your site? If the \
				problem is time and theft, a shared, lockable burning shed with two or three retorts might work better \
				than one retort kept at someone's house.""");
		comment(id, "neema.shija", researcher, """
				Kama dakika arobaini kwa kila mzigo, na tunapanga foleni. Kibanda cha pamoja chenye kufuli \
				kingesaidia, ila kiwe mbali na nyumba na kiwe na mlinzi.""");
		comment(id, "emmanuel.kalinga", null, """
				The Resident Mining Office supports this. We can bring our demonstration retort and a gravity \
				concentration table to Rwamagasa for a practical day with the processing site owners, and we will ask \
				the District Medical Officer whether health screening can be offered on the same day.""");
		comment(id, "claire.dubois", null, """
				Le fonds peut cofinancer des abris de brûlage collectifs équipés de cornues, à condition que les \
				associations de mineurs en assurent la gestion et l'entretien.""");
		return id;
	}

	private long licences() {
		long id = raise("joseph.masanja", "Leseni za uchimbaji mdogo zinachelewa", """
				Wanachama wetu wengi waliomba leseni za uchimbaji mdogo (PML) katika ofisi ya madini Geita zaidi ya \
				mwaka mmoja uliopita na bado wanasubiri. Kila tukifuatilia tunaambiwa faili liko mkoani au mfumo wa \
				mtandaoni haufanyi kazi. Wakati huo huo tunaendelea kuchimba bila leseni, kwa hiyo hatuwezi kukopa \
				benki wala kuuza dhahabu kwa jina letu.

				Tunaomba **orodha ya wazi** ya maombi yaliyopokelewa na muda unaotarajiwa kuyashughulikia.""",
				"FORMALISATION", "LAND_LICENSING");
		endorse(id, "neema.shija", "agnes.mollel", "halima.said", "baraka.mushi", "rehema.kulwa");
		long miner = comment(id, "neema.shija", null, """
				Hata mimi nilituma maombi mwaka jana. Nililipa ada ya maombi na kumlipa mpima TZS 150,000 kuchora \
				ramani ya eneo, lakini hadi leo sijapata jibu lolote.""");
		long officer = comment(id, "emmanuel.kalinga", miner, """
				I understand the frustration. Many applications come back to us because the coordinates overlap \
				another licence or the letter from the village council is missing, and each return adds weeks. From \
				next month our office will hold a licensing desk every Thursday where applicants can check the status \
				of their file and correct it on the spot; please bring your application number.""");
		comment(id, "joseph.masanja", officer, """
				Asante Bw. Kalinga, dawati la Alhamisi litasaidia. Lakini wachimbaji wengi wa Nyarugusu na Lwamgasa \
				hawawezi kusafiri hadi Geita mjini kila wiki. Je, ofisi inaweza kuja kwenye maeneo yetu angalau mara \
				moja kwa mwezi?""");
		comment(id, "grace.lyimo", null, """
				Overlaps with our licence are one reason files come back. We are willing to share the boundary \
				coordinates of our licence with the miners' association, so that applicants can check them before \
				they pay for a survey.""");
		return id;
	}

	private long finance() {
		long id = raise("agnes.mollel", "Women miners cannot get credit for equipment", """
				Women in our network who run small crushing and panning groups around Lwamgasa cannot borrow from \
				banks: they have no licence, no land title and no records that a loan officer accepts. They tell us a \
				second-hand ball mill costs them around TZS 6 million, so most rent equipment from a pit owner who \
				takes a large share of the ore in return, or borrow from informal lenders whose interest "eats the \
				whole profit", as one of them put it.

				We would like banks, SACCOs and development partners to work out a product that accepts group \
				guarantees and records of gold sales instead of a title deed.""", "FINANCE", "GENDER");
		endorse(id, "neema.shija", "joseph.masanja", "claire.dubois", "rehema.kulwa");
		long partner = comment(id, "claire.dubois", null, """
				Notre fonds étudie une formule de location-vente de petits équipements (concasseurs, tables à \
				secousses) pour des groupes de mineurs enregistrés, remboursable sur les ventes d'or. Pour que cela \
				fonctionne, il nous faudrait un partenaire local qui connaisse les groupes, par exemple une SACCO.""");
		comment(id, "joseph.masanja", partner, """
				Hili ni wazo zuri. Chama chetu kinaweza kusaidia kusajili vikundi na kutunza kumbukumbu za mauzo, \
				lakini vikundi vingi bado havina leseni, kwa hiyo sharti la usajili lisiwe kikwazo.""");
		long buyer = comment(id, "salim.abdallah", null, """
				Sisi wanunuzi baadhi yetu tunawakopesha wachimbaji fedha za mafuta na chakula kabla ya kuuza, nao \
				wanarudisha kwa dhahabu. Tuko tayari kuzungumza jinsi ya kufanya mikopo hii iwe wazi zaidi, ili \
				isionekane kama mtego.""");
		comment(id, "agnes.mollel", buyer, """
				Thank you for saying this openly. Written terms, including the price used when a loan is repaid in \
				gold, would already make a big difference for the women we work with.""");
		return id;
	}

	private long prices() {
		long id = raise("neema.shija", "Bei ya dhahabu kwa wachimbaji wadogo haieleweki", """
				Tunauza dhahabu kwa wanunuzi wanaokuja hadi Nyarugusu, na kila mmoja ana bei yake. Siku moja mwezi \
				uliopita mnunuzi mmoja alinipa TZS 215,000 kwa gramu na mwingine TZS 198,000 kwa dhahabu ileile. \
				Hatuonyeshwi kipimo cha usafi wala bei ya soko la Geita ya siku hiyo, kwa hiyo hatujui kama \
				tumepunjwa.

				Tungependa bei ya kila siku ibandikwe kwenye kila kituo cha kununulia dhahabu.""",
				"MARKETS_TRACEABILITY", "FINANCE");
		endorse(id, "joseph.masanja", "agnes.mollel", "baraka.mushi", "halima.said", "rehema.kulwa");
		long buyer = comment(id, "salim.abdallah", null, """
				Sisi wanunuzi tunafuata bei ya soko la dunia ya siku hiyo, kisha tunakata mrabaha na ada za serikali, \
				na kiasi kinategemea usafi wa dhahabu. Dhahabu ya Nyarugusu inatofautiana sana kwa usafi, ndiyo maana \
				bei hutofautiana. Lakini nakubali: tunapaswa kumwonyesha muuzaji kipimo cha usafi na hesabu yote.""");
		long miner = comment(id, "neema.shija", buyer, """
				Asante kwa maelezo. Tatizo ni kwamba wanunuzi wanaokuja vijijini hawana kipimo chochote, wanakadiria \
				kwa macho tu. Tungependa kila mnunuzi awe na mashine ya kupima na atupe risiti.""");
		comment(id, "emmanuel.kalinga", miner, """
				Inside the Geita gold market the purity test is done in front of the seller and a receipt is issued. \
				If a buyer in the villages refuses to test the gold or to give a receipt, please tell our office \
				where and when it happened; we follow this up with the licensed dealers.""");
		comment(id, "baraka.mushi", null, """
				When I visited buying points around Nyarugusu in August, I was quoted prices that differed by more \
				than TZS 10,000 per gram on the same morning. A daily price board at each buying point, like the one \
				at the Geita gold market, would let miners compare.""", "en");
		return id;
	}

	private long land() {
		long id = raise("rehema.kulwa", "Mipaka ya leseni ya mgodi mkubwa haijulikani kijijini", """
				Vijiji vyetu vinapakana na leseni ya mgodi mkubwa, lakini wananchi hawajui mipaka yake iko wapi. \
				Vijana wanaochimba kwenye maeneo wanayodhani ni ya kijiji hufukuzwa na walinzi, na mara nyingine \
				kumetokea mapigano. Mashamba ya baadhi ya familia yamo ndani ya leseni, lakini hawajaambiwa kama \
				watalipwa fidia.

				Tunaomba mipaka ionyeshwe kwa alama ardhini na ielezwe kwenye mkutano wa kijiji.""", "LAND_LICENSING",
				"COMMUNITY_RELATIONS");
		endorse(id, "joseph.masanja", "neema.shija", "agnes.mollel", "baraka.mushi");
		long company = comment(id, "grace.lyimo", null, """
				Thank you for raising this. Our licence boundaries are registered with the Mining Commission, but we \
				agree that this does not help if nobody in the villages can see them. We propose a boundary walk with \
				the village councils, marker posts where the licence meets farms and footpaths, and a village \
				assembly where we explain how compensation is assessed.""");
		comment(id, "rehema.kulwa", company, """
				Tunashukuru. Mkutano ufanyike kwa Kiswahili na wanawake waalikwe, kwa sababu wao ndio hulima \
				mashamba hayo. Pia tungependa kujua tumwone nani kama kuna tatizo baada ya mkutano.""");
		long association = comment(id, "joseph.masanja", null, """
				Tatizo lingine ni leseni za utafutaji madini zinazoshikilia maeneo makubwa kwa miaka bila kazi \
				yoyote kufanyika. Wachimbaji wadogo wanaambiwa hawawezi kuomba PML hapo, hivyo wanachimba \
				kinyemela.""");
		comment(id, "emmanuel.kalinga", association, """
				If you send us the locations you mean, we will check in the mining cadastre whether those \
				prospecting licences are still valid and whether their holders are meeting their obligations. Areas \
				where licences have lapsed can then be considered for small-scale miners.""");
		return id;
	}

	private long childLabour() {
		long id = raise("claire.dubois", "Des enfants travaillent encore sur les sites de traitement", """
				Lors de notre mission à Rwamagasa en juillet, nous avons vu des enfants d'une dizaine d'années \
				porter du minerai et laver des sables au mercure sur plusieurs sites de traitement. Les propriétaires \
				nous ont expliqué que les enfants viennent avec leurs mères, faute de garde, et qu'ils aident pendant \
				les vacances scolaires. Notre fonds ne peut pas financer des sites où travaillent des enfants, mais \
				nous ne voulons pas pénaliser les familles.

				Nous proposons d'en discuter avec les associations de mineurs : garderies près des sites, règles \
				claires et accompagnement plutôt que sanctions.""", "CHILD_LABOUR", "GENDER");
		endorse(id, "agnes.mollel", "halima.said", "rehema.kulwa", "emmanuel.kalinga");
		comment(id, "agnes.mollel", null, """
				We see the same around Lwamgasa, especially girls who carry water and sacks of ore at the processing \
				sites after school. Many mothers bring their children because there is nowhere safe to leave them.""");
		long community = comment(id, "rehema.kulwa", null, """
				Watoto wengi huenda machimboni wakati wa likizo kwa sababu familia zinahitaji pesa za ada na sare za \
				shule. Kamati ya kijiji inaweza kusaidia kuwatambua, lakini adhabu peke yake haitasaidia.""");
		comment(id, "claire.dubois", community, """
				Merci, c'est exactement notre crainte. Une piste serait de financer des repas scolaires et une \
				garderie pendant les vacances près des sites, avec le comité du village pour suivre les enfants \
				concernés.""");
		return id;
	}

	private long safety() {
		long id = raise("neema.shija", "Mashimo yanaporomoka na hatuna mbao za kutosha", """
				Wakati wa mvua mashimo mengi huko Nyarugusu hujaa maji na kuta zake huporomoka. Mwezi Machi shimo \
				moja karibu na kwetu liliporomoka na wenzetu wawili waliumia; tuliwatoa wenyewe kwa kamba kwa sababu \
				hakukuwa na vifaa vya uokoaji. Mbao za kushikilia kuta ni ghali na wamiliki wa mashimo hawataki \
				kuzinunua.

				Tunahitaji mafunzo ya usalama na utaratibu wa kukagua mashimo kabla ya kushuka.""", "SAFETY_SECURITY");
		endorse(id, "joseph.masanja", "rehema.kulwa", "grace.lyimo", "emmanuel.kalinga", "agnes.mollel");
		long company = comment(id, "grace.lyimo", null, """
				Our mine rescue team can run half-day sessions on shoring, ventilation and first aid for pit owners \
				and group leaders in Nyarugusu, at no cost. We would need the miners' association to help us choose \
				the dates and places.""");
		comment(id, "neema.shija", company, """
				Tunakaribisha mafunzo haya. Tafadhali yafanyike karibu na mashimo na siku ambazo hatuko kazini, na \
				wanawake wanaofanya kazi juu ya mashimo nao washirikishwe.""");
		comment(id, "emmanuel.kalinga", null, """
				Please report pit collapses to the Resident Mining Office so that we can inspect the neighbouring \
				pits. We know this rarely happens because people fear their site will be closed; our aim is to make \
				the pits safer, not to punish those who report.""");
		comment(id, "joseph.masanja", null, """
				Chama kinapendekeza kila kikundi kichangie mfuko mdogo wa dharura, kwa mfano TZS 2,000 kwa kila \
				mchimbaji kwa mwezi, ili kulipia matibabu na vifaa vya uokoaji.""");
		return id;
	}

	private long raise(String person, String title, String body, String... themes) {
		return as(person, () -> this.contributions.create(GEITA, principal(person),
				new ChallengeText(title, body, List.of(themes), null)));
	}

	private void endorse(long id, String... people) {
		for (String person : people) {
			as(person, () -> {
				this.contributions.endorse(GEITA, principal(person), id);
				return null;
			});
		}
	}

	/** Posts a comment, or a reply when {@code parentId} is set; returns its id. */
	private long comment(long id, String person, Long parentId, String body) {
		return comment(id, person, parentId, body, null);
	}

	/**
	 * A comment in the language given, for one written in another language than its
	 * author's interface (else in that language).
	 */
	private long comment(long id, String person, Long parentId, String body, String language) {
		return as(person,
				() -> this.comments
					.post(GEITA, principal(person), CommentTarget.of(ChallengeService.TARGET_TYPE, id),
							new NewComment(body, parentId, null, language))
					.id());
	}

	private void respond(long id, ChallengeStatus status, String response) {
		as(FACILITATOR, () -> {
			long version = this.facilitation.forFacilitating(GEITA, principal(FACILITATOR), id)
				.challenge()
				.getVersion();
			this.facilitation.respond(GEITA, principal(FACILITATOR), id, status, response, version);
			return null;
		});
	}

	private void translateIntoSwahili(long id, String title, String body, String response) {
		as(FACILITATOR, () -> {
			this.translations.translate(GEITA, principal(FACILITATOR), id, "sw", title, body, response);
			return null;
		});
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
