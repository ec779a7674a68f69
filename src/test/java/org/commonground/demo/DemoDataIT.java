package org.commonground.demo;

import java.util.List;

import org.commonground.account.AccountService;
import org.commonground.support.IntegrationTest;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class DemoDataIT extends IntegrationTest {

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDialogues demoDialogues;

	@Autowired
	DemoChallenges demoChallenges;

	@Autowired
	DemoVision demoVision;

	@Autowired
	DemoResources demoResources;

	@Autowired
	DemoMeetings demoMeetings;

	@Autowired
	DemoMap demoMap;

	@Test
	void loadsOneAccountPerStakeholderGroupAndLoadingTwiceChangesNothing() throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges,
				this.demoVision, this.demoResources, this.demoMeetings, this.demoMap);
		loader.run(null);
		int afterFirst = this.jdbc.queryForObject("select count(*) from account", Integer.class);
		loader.run(null);
		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(afterFirst);

		assertThat(this.jdbc.queryForList("""
				select distinct g.code from account a join stakeholder_group g on g.id = a.stakeholder_group_id
				where a.email like '%' || ?""", String.class, DemoDataLoader.DOMAIN)).containsExactlyInAnyOrder(
				"ARTISANAL_MINER", "MINER_ASSOCIATION", "CIVIL_SOCIETY", "GOVERNMENT", "BUYER", "LARGE_SCALE_MINING",
				"RESEARCH", "DEVELOPMENT_PARTNER", "COMMUNITY", "OTHER");
		assertThat(new WebClient(this.mvc).logIn("neema.shija" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD)
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aSwahiliReaderReadsTheGeitaDialogueInSwahiliWithTheEnglishOriginalALinkAway() throws Exception {
		new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges, this.demoVision, this.demoResources,
				this.demoMeetings, this.demoMap)
			.run(null);
		WebClient reader = new WebClient(this.mvc);
		reader.perform(post("/language").param("lang", "sw"));
		Document page = Jsoup.parse(reader.perform(get("/dialogues/" + DemoDialogues.GEITA)).getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Mazungumzo ya uchimbaji dhahabu wilaya ya Geita");
		assertThat(page.select(".description").text()).contains("wote wenye maslahi");
		assertThat(page.select("p.text-languages a").attr("href"))
			.isEqualTo("/dialogues/" + DemoDialogues.GEITA + "?text=en");
		Document vision = Jsoup
			.parse(reader.perform(get("/dialogues/" + DemoDialogues.GEITA + "/vision")).getContentAsString());
		// The newest version wholly in Swahili, partly in French.
		assertThat(vision.select(".vision-paragraph > .prose").eachText()).hasSize(9)
			.anyMatch((t) -> t.startsWith("Kufikia 2030"))
			.anyMatch((t) -> t.startsWith("Watoto, wasichana na wavulana sawa"));
		assertThat(vision.select(".vision-paragraph > .prose[lang]")).isEmpty();
		assertThat(vision.select("p.text-languages a").eachAttr("hreflang")).containsExactly("en", "fr");
		Document french = Jsoup
			.parse(reader.perform(get("/dialogues/" + DemoDialogues.GEITA + "/vision?text=fr")).getContentAsString());
		assertThat(french.select(".vision-paragraph > .prose[lang=fr]").eachText()).hasSize(4)
			.anyMatch((t) -> t.startsWith("D'ici 2030, l'orpaillage"));
		// Two challenges written in English, with their responses, translated into
		// Swahili.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from challenge_translation t join challenge c on c.id = t.challenge_id
				join dialogue d on d.id = c.dialogue_id
				where d.slug = ? and t.language = 'sw' and t.response_html <> '' and c.response_html is not null""",
				Long.class, DemoDialogues.GEITA))
			.isEqualTo(2);
		long mercury = this.jdbc.queryForObject("""
				select c.id from challenge c join dialogue d on d.id = c.dialogue_id
				where d.slug = ? and c.title like 'Mercury vapour%'""", Long.class, DemoDialogues.GEITA);
		Document challenge = Jsoup
			.parse(reader.perform(get("/dialogues/" + DemoDialogues.GEITA + "/challenges/" + mercury))
				.getContentAsString());
		assertThat(challenge.select(".response .comment-translation .prose[lang=sw]").text())
			.startsWith("Kwenye ajenda ya kikao kijacho");
	}

	@Test
	void theGeitaDialogueHasChallengesDiscussedAcrossGroupsAndLoadingTwiceAddsNone() throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges,
				this.demoVision, this.demoResources, this.demoMeetings, this.demoMap);
		loader.run(null);
		List<Integer> afterFirst = geitaCounts();
		loader.run(null);
		assertThat(geitaCounts()).isEqualTo(afterFirst);
		// Seven challenges typed on the web (those accepted from the SMS demo's texts
		// and those recorded at the meetings aside).
		assertThat(afterFirst.get(0)).isEqualTo(7);
		// Cards recorded at the site visits and the workshop, once.
		assertThat(this.jdbc.queryForList("""
				select r.kind || ' ' || g.code || ' ' || r.people from recorded_contribution r
				join stakeholder_group g on g.id = r.stakeholder_group_id
				join dialogue d on d.id = r.dialogue_id where d.slug = ? and r.meeting_id is not null
				order by r.id""", String.class, DemoDialogues.GEITA)).containsExactly("CHALLENGE ARTISANAL_MINER 23",
				"CHALLENGE COMMUNITY 9", "COMMENT ARTISANAL_MINER 14", "COMMENT COMMUNITY 6",
				"COMMENT MINER_ASSOCIATION 1");
		assertThat(afterFirst.get(1)).isGreaterThanOrEqualTo(20);

		// Endorsed by several groups, never by the author, and the counts shown match.
		assertThat(this.jdbc.queryForObject("""
				select count(distinct e.group_id) from challenge_endorsement e join challenge c on c.id = e.challenge_id
				join dialogue d on d.id = c.dialogue_id where d.slug = ?""", Integer.class, DemoDialogues.GEITA))
			.isGreaterThanOrEqualTo(5);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from challenge_endorsement e join challenge c on c.id = e.challenge_id
				join dialogue d on d.id = c.dialogue_id where d.slug = ? and e.account_id = c.author_id""",
				Integer.class, DemoDialogues.GEITA))
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from challenge c join dialogue d on d.id = c.dialogue_id where d.slug = ?
				and (c.endorsement_count <> (select count(*) from challenge_endorsement e where e.challenge_id = c.id)
				  or c.comment_count <> (select count(*) from comment m
				                         where m.target_type = 'CHALLENGE' and m.target_id = c.id
				                           and m.status = 'VISIBLE'))""", Integer.class, DemoDialogues.GEITA)).isZero();

		WebClient visitor = new WebClient(this.mvc);
		String list = visitor.perform(get("/dialogues/" + DemoDialogues.GEITA + "/challenges")).getContentAsString();
		assertThat(list).contains("Leseni za uchimbaji mdogo zinachelewa",
				"Mercury vapour from amalgam burning near homes",
				"Des enfants travaillent encore sur les sites de traitement", "Under discussion", "Addressed");

		long prices = this.jdbc.queryForObject("select id from challenge where title = ?", Long.class,
				"Bei ya dhahabu kwa wachimbaji wadogo haieleweki");
		String page = visitor.perform(get("/dialogues/" + DemoDialogues.GEITA + "/challenges/" + prices))
			.getContentAsString();
		assertThat(page)
			.contains("Bei ya dhahabu kwa wachimbaji wadogo haieleweki", "Addressed", "Response from the facilitators",
					"Amina Kombo", "price per gram and the deductions they make",
					"Sisi wanunuzi tunafuata bei ya soko la dunia", "Tatizo ni kwamba wanunuzi wanaokuja vijijini",
					"Inside the Geita gold market the purity test is done in front of the seller")
			// The miner who raised it takes part under a pseudonym.
			.doesNotContain("Neema Shija");
		// A comment naming a buyer with his phone number is hidden; readers see why, not
		// the number.
		assertThat(page).contains(": personal information. The replies stay.").doesNotContain("0754 000 111");
		String log = visitor.perform(get("/dialogues/" + DemoDialogues.GEITA + "/moderation-log")).getContentAsString();
		assertThat(log).contains("review requested by the author", "reports dismissed", "personal information")
			.doesNotContain("Baraka", "Grace Lyimo", "Amina Kombo");
	}

	@Test
	void theGeitaSiteVisitAndWorkshopMetEveryGroupAndLoadingTwiceAddsNothing() throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges,
				this.demoVision, this.demoResources, this.demoMeetings, this.demoMap);
		loader.run(null);
		loader.run(null);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from meeting m join dialogue d on d.id = m.dialogue_id where d.slug = ?""",
				Integer.class, DemoDialogues.GEITA))
			.isEqualTo(2);
		WebClient visitor = new WebClient(this.mvc);
		Document page = Jsoup.parse(visitor.perform(get("/dialogues/" + DemoDialogues.GEITA)).getContentAsString());
		assertThat(page.select("section[aria-labelledby=meetings-heading]").text()).contains("Visioning workshop",
				"Site visits: Nyarugusu and Rwamagasa");
		assertThat(page.select(".chart-table thead").text()).contains("People met in meetings");
		assertThat(page.select(".chart-table tfoot td").eachText()).contains("166");

		assertThat(this.jdbc.queryForList("""
				select n.status from meeting_minutes n join meeting m on m.id = n.meeting_id
				join dialogue d on d.id = m.dialogue_id where d.slug = ?""", String.class, DemoDialogues.GEITA))
			.containsExactly("PUBLISHED");
		String minutes = page.select("a[href$=/minutes]").attr("href");
		assertThat(minutes).as("the dialogue's page lists the published minutes").isNotEmpty();
		Document english = Jsoup.parse(visitor.perform(get(minutes)).getContentAsString());
		assertThat(english.select(".minutes .minute-item")).hasSize(3);
		assertThat(english.select(".outcome").eachText())
			.anySatisfy((o) -> assertThat(o).startsWith("→ now in version"))
			.anySatisfy((o) -> assertThat(o).startsWith("→ challenge: Mercury"));
		Document swahili = Jsoup.parse(visitor.perform(get(minutes).param("version", "sw")).getContentAsString());
		assertThat(swahili.select(".minutes .prose").first().text()).startsWith("Wachimbaji, wanunuzi na wilaya");
	}

	@Test
	void theGeitaDialogueHasASharedVisionInThreeVersionsAndLoadingTwiceAddsNothing() throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges,
				this.demoVision, this.demoResources, this.demoMeetings, this.demoMap);
		loader.run(null);
		List<Integer> afterFirst = visionCounts();
		loader.run(null);
		assertThat(visionCounts()).isEqualTo(afterFirst);
		assertThat(afterFirst.get(0)).isEqualTo(3);
		assertThat(afterFirst.get(1)).isGreaterThanOrEqualTo(100);
		assertThat(afterFirst.get(2)).isGreaterThanOrEqualTo(20);
		assertThat(afterFirst.get(3)).isGreaterThanOrEqualTo(15);

		WebClient visitor = new WebClient(this.mvc);
		String vision = "/dialogues/" + DemoDialogues.GEITA + "/vision";
		Document latest = Jsoup.parse(visitor.perform(get(vision)).getContentAsString());
		assertThat(latest.text())
			.contains("Version 3 of 3", "Geita 2030", "formal, mercury-free, safe and fairly paid",
					"girls and boys alike", "Small edits after the comments on version 2",
					"Toleo hili limesomwa kwenye mkutano wa kijiji")
			// The miner and the village council member take part under a pseudonym.
			.doesNotContain("Neema Shija", "Rehema Kulwa");

		Document ground = Jsoup.parse(visitor.perform(get(vision + "/versions/3/common-ground")).getContentAsString());
		assertThat(ground.select("table.heat thead th")).extracting(Element::text)
			.contains("Artisanal miner", "Buyer, trader or refiner", "Large-scale mining company");
		List<String> commonGround = ground.select("table.common-ground .badge.verdict-COMMON_GROUND").eachText();
		List<String> contested = ground.select("table.common-ground .badge.verdict-CONTESTED").eachText();
		assertThat(commonGround).isNotEmpty().allMatch("Common ground"::equals);
		assertThat(contested).isNotEmpty().allMatch("Contested"::equals);
		// Prices: rejected by the buyers in version 1, common ground in version 3; land
		// is still contested by the large-scale mining company.
		assertThat(ground.select("tr.verdict-COMMON_GROUND .excerpt").eachText())
			.anyMatch((text) -> text.startsWith("Miners are paid a fair price they can check"));
		assertThat(ground.select(".callout.contested .excerpt").eachText())
			.anyMatch((text) -> text.startsWith("Artisanal miners and large-scale mines work side by side"));
		assertThat(ground.select(".callout.contested .callout-who").eachText())
			.anyMatch((text) -> text.contains("Large-scale mining company"));
		Document firstGround = Jsoup
			.parse(visitor.perform(get(vision + "/versions/1/common-ground")).getContentAsString());
		assertThat(firstGround.select(".callout.contested .excerpt").eachText())
			.anyMatch((text) -> text.startsWith("Miners are paid a fair price: the government sets"));

		Document said = Jsoup.parse(visitor.perform(get(vision + "/you-said-we-did")).getContentAsString());
		assertThat(said.select("table.tally tbody tr")).hasSizeGreaterThanOrEqualTo(8);
		assertThat(said.select("table.tally thead th")).extracting(Element::text)
			.contains("Incorporated", "Partly incorporated", "Not incorporated", "Noted");
		assertThat(said.select(".said .answer .badge").eachText()).contains("Incorporated", "Partly incorporated",
				"Not incorporated", "Noted");
		assertThat(said.text())
			.contains("Sisi wanunuzi hatuwezi kukubali bei ya chini", "The minimum price is gone",
					"Le fonds peut cofinancer des abris de brûlage collectifs", "will be set out in the action plan",
					"in version 3", "On a paragraph no longer in the vision")
			.doesNotContain("Neema Shija", "Rehema Kulwa");

		Document diff = Jsoup.parse(visitor.perform(get(vision + "/diff?from=1&to=2")).getContentAsString());
		assertThat(diff.select(".diff .badge").eachText()).contains("Changed", "Added", "Removed");
		assertThat(diff.text()).contains("Paragraphs added: 1, removed: 1, changed: 5");
	}

	@Test
	void theGeitaDialogueHasAStakeholderMapOfTheGoldChainWithTwoDisputedRelationsAndLoadingTwiceAddsNothing()
			throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges,
				this.demoVision, this.demoResources, this.demoMeetings, this.demoMap);
		loader.run(null);
		List<Integer> afterFirst = mapCounts();
		loader.run(null);
		assertThat(mapCounts()).isEqualTo(afterFirst);
		assertThat(afterFirst.get(0)).isGreaterThanOrEqualTo(12);
		assertThat(afterFirst.get(1)).isGreaterThanOrEqualTo(20);
		assertThat(afterFirst.get(2)).as("relations citing a challenge").isGreaterThanOrEqualTo(8);
		assertThat(afterFirst.get(3)).as("pinned actors").isGreaterThanOrEqualTo(3);
		// Two relations disputed by a member of a named group, with a reason, accepted by
		// the facilitator.
		assertThat(this.jdbc.queryForList("""
				select g.code from map_dispute x join stakeholder_group g on g.id = x.group_id
				join dialogue d on d.id = x.dialogue_id
				where d.slug = ? and x.status = 'ACCEPTED' and x.reason <> '' and x.account_id is not null""",
				String.class, DemoDialogues.GEITA))
			.contains("BUYER", "LARGE_SCALE_MINING");

		Document map = Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + DemoDialogues.GEITA + "/map"))
			.getContentAsString());
		assertThat(map.select("svg.map-svg .map-node")).hasSizeGreaterThanOrEqualTo(12);
		assertThat(map.select("svg.map-svg path[stroke-dasharray]")).hasSizeGreaterThanOrEqualTo(2);
		long credit = challengeId("Women miners cannot get credit for equipment");
		assertThat(map.select("#sentences li").eachText())
			.contains(
					"Dealers and financiers pre-finance Pit owners \u2014 strong; disputed by Buyer, trader or refiner "
							+ "Challenge: Women miners cannot get credit for equipment disputed")
			.anyMatch((s) -> s.startsWith("Nyankanga gold mine is in conflict with Artisanal miners \u2014 medium; "
					+ "disputed by Large-scale mining company"))
			.anyMatch((s) -> s.startsWith("Miners' association represents Pit owners \u2014 medium"))
			.anyMatch((s) -> s.startsWith("Geita Gold Refinery sells gold to Bank of Tanzania \u2014 strong"));
	}

	private long challengeId(String title) {
		return this.jdbc.queryForObject("select id from challenge where title = ?", Long.class, title);
	}

	/**
	 * Actors, agreed relations, relations with evidence and pinned actors on the Geita
	 * map.
	 */
	private List<Integer> mapCounts() {
		return this.jdbc.queryForObject("""
				select (select count(*) from map_actor a where a.dialogue_id = d.id),
				       (select count(*) from map_relation r where r.dialogue_id = d.id and r.status = 'AGREED'),
				       (select count(*) from map_relation r where r.dialogue_id = d.id and r.status = 'AGREED'
				        and r.evidence_id is not null),
				       (select count(*) from map_actor a where a.dialogue_id = d.id and a.pin_x is not null)
				from dialogue d where d.slug = ?""",
				(row, n) -> List.of(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)), DemoDialogues.GEITA);
	}

	/** Versions, stances, comments and answers on the Geita dialogue's vision. */
	private List<Integer> visionCounts() {
		return this.jdbc.queryForObject("""
				select (select count(*) from vision_version v where v.dialogue_id = d.id),
				       (select count(*) from vision_stance s join vision_version v on v.id = s.version_id
				        where v.dialogue_id = d.id),
				       (select count(*) from comment m where m.dialogue_id = d.id and m.target_type = 'VISION'),
				       (select count(*) from vision_disposition a join vision_draft r on r.id = a.draft_id
				        where r.dialogue_id = d.id)
				from dialogue d where d.slug = ?""",
				(row, n) -> List.of(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)), DemoDialogues.GEITA);
	}

	/** Challenges, comments and endorsements in the Geita dialogue. */
	private List<Integer> geitaCounts() {
		return this.jdbc.queryForObject(
				"""
						select (select count(*) from challenge c where c.dialogue_id = d.id and c.recorded_for is null
						        and not exists (select 1 from sms_contribution s where s.challenge_id = c.id and s.status = 'CHALLENGE')),
						       (select count(*) from comment m where m.dialogue_id = d.id),
						       (select count(*) from challenge_endorsement e join challenge c on c.id = e.challenge_id
						        where c.dialogue_id = d.id)
						from dialogue d where d.slug = ?""",
				(row, n) -> List.of(row.getInt(1), row.getInt(2), row.getInt(3)), DemoDialogues.GEITA);
	}

	@Test
	void theGeitaDialogueHasAPhotoStoryPublicationsAndABlogPostAndLoadingTwiceAddsNone() throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges,
				this.demoVision, this.demoResources, this.demoMeetings, this.demoMap);
		loader.run(null);
		String count = """
				select count(*) from resource r join dialogue d on d.id = r.dialogue_id where d.slug = ?""";
		int afterFirst = this.jdbc.queryForObject(count, Integer.class, DemoDialogues.GEITA);
		loader.run(null);
		assertThat(this.jdbc.queryForObject(count, Integer.class, DemoDialogues.GEITA)).isEqualTo(afterFirst)
			.isGreaterThanOrEqualTo(4);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from photo_frame f join resource r on r.id = f.resource_id where r.title = ?""",
				Integer.class, DemoResources.STORY_TITLE))
			.isGreaterThanOrEqualTo(6);
		String library = new WebClient(this.mvc).perform(get("/dialogues/" + DemoDialogues.GEITA + "/resources"))
			.getContentAsString();
		assertThat(library).contains(DemoResources.STORY_TITLE, "Mercury use at Geita processing sites",
				"What we heard at the Nyarugusu workshop");
		long story = this.jdbc.queryForObject("select id from resource where title = ?", Long.class,
				DemoResources.STORY_TITLE);
		org.jsoup.nodes.Document frame = org.jsoup.Jsoup.parse(
				new WebClient(this.mvc)
					.perform(get("/dialogues/" + DemoDialogues.GEITA + "/resources/" + story + "/frames/6")
						.header("Accept-Language", "sw"))
					.getContentAsString());
		assertThat(frame.select("figcaption").text()).contains("Mkutano wa kijiji chini ya mwembe");
		String image = frame.selectFirst("figure img").attr("src");
		assertThat(new WebClient(this.mvc).perform(get(image)).getContentType()).isEqualTo("image/jpeg");

		// The dialogue's Atom feed tells the resources and the newest vision version; the
		// demo's meetings, recorded after they took place, were never announced, so they
		// are no news there either.
		String feed = new WebClient(this.mvc).perform(get("/dialogues/" + DemoDialogues.GEITA + "/feed.atom"))
			.getContentAsString();
		assertThat(feed).contains("term=\"VISION_VERSION\"", "term=\"PHOTO_STORY\"")
			.doesNotContain("<title>Visioning workshop</title>", "<title>Site visits: Nyarugusu and Rwamagasa</title>");

		// The study is evidence beside the mercury challenge and the paragraph on
		// mercury; loading twice links nothing twice.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from resource_link l join dialogue d on d.id = l.dialogue_id where d.slug = ?""",
				Integer.class, DemoDialogues.GEITA))
			.isEqualTo(4);
		long mercury = this.jdbc.queryForObject("select id from challenge where title = ?", Long.class,
				"Mercury vapour from amalgam burning near homes");
		WebClient visitor = new WebClient(this.mvc);
		org.jsoup.nodes.Document challenge = org.jsoup.Jsoup
			.parse(visitor.perform(get("/dialogues/" + DemoDialogues.GEITA + "/challenges/" + mercury))
				.getContentAsString());
		assertThat(challenge.select(".evidence").text())
			.isEqualTo("Evidence: " + DemoResources.STUDY_TITLE + ", p. 12");
		org.jsoup.nodes.Document vision = org.jsoup.Jsoup
			.parse(visitor.perform(get("/dialogues/" + DemoDialogues.GEITA + "/vision")).getContentAsString());
		assertThat(vision.select(".vision-paragraph .evidence li").eachText()).contains(
				"Evidence: " + DemoResources.STUDY_TITLE + ", p. 15",
				"Evidence: " + DemoResources.CONVENTION_TITLE + ", Article 7 and Annex C");
	}

}
