package org.commonground.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeService;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.meeting.MeetingService;
import org.commonground.resource.Consent;
import org.commonground.resource.LinkTarget;
import org.commonground.resource.ResourceDetails;
import org.commonground.resource.ResourceKind;
import org.commonground.resource.ResourceService;
import org.commonground.resource.ResourceService.NewFrame;
import org.commonground.resource.ResourceService.ResourceFilter;
import org.commonground.resource.ResourceTranslations;
import org.commonground.vision.ParagraphRef;
import org.commonground.vision.VisionService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The Geita dialogue's library: the photo story "In search of common ground" in seven
 * frames whose pictures are drawn here with Java2D (no third-party images), two
 * publications (a study summary as a small PDF made here, and the Minamata Convention as
 * a link) and a blog post by the facilitator. Added through the resource module's public
 * service, as the facilitator; nothing is added when the story already exists.
 */
@Component
class DemoResources {

	static final String STORY_TITLE = "In search of common ground: a day in Geita";

	private static final String FACILITATOR = "amina.kombo";

	private static final int WIDTH = 960;

	private static final int HEIGHT = 640;

	static final String STUDY_TITLE = "Mercury use at Geita processing sites: a field study (summary)";

	static final String BLOG_TITLE = "What we heard at the Nyarugusu workshop";

	static final String CONVENTION_TITLE = "Minamata Convention on Mercury: text and national action plans";

	private final ResourceService resources;

	private final ResourceTranslations translations;

	private final UserDetailsService users;

	private final DialogueAccess access;

	private final ChallengeService challenges;

	private final VisionService vision;

	private final MeetingService meetings;

	DemoResources(ResourceService resources, ResourceTranslations translations, UserDetailsService users,
			DialogueAccess access, ChallengeService challenges, VisionService vision, MeetingService meetings) {
		this.resources = resources;
		this.translations = translations;
		this.users = users;
		this.access = access;
		this.challenges = challenges;
		this.vision = vision;
		this.meetings = meetings;
	}

	/**
	 * @return how many resources were added
	 */
	int load() {
		AccountPrincipal facilitator = principal();
		boolean loaded = as(facilitator,
				() -> this.resources
					.library(DemoDialogues.GEITA, facilitator,
							new ResourceFilter(ResourceKind.PHOTO_STORY, null, null, null), Locale.ENGLISH)
					.entries()
					.stream()
					.anyMatch((e) -> e.resource().getTitle().equals(STORY_TITLE)));
		int added = loaded ? 0 : as(facilitator, () -> {
			publications(facilitator);
			story(facilitator);
			blog(facilitator);
			return 4;
		});
		as(facilitator, () -> translate(facilitator));
		return added;
	}

	/**
	 * The Swahili translations of the study, the photo story and the blog post (issue
	 * 15); saving them again changes nothing.
	 */
	private int translate(AccountPrincipal facilitator) {
		Map<String, Long> byTitle = new java.util.HashMap<>();
		this.resources
			.library(DemoDialogues.GEITA, facilitator, new ResourceFilter(null, null, null, null), Locale.ENGLISH)
			.entries()
			.forEach((e) -> byTitle.put(e.resource().getTitle(), e.resource().getId()));
		List<Translation> swahili = List.of(
				new Translation(STUDY_TITLE, new ResourceTranslations.Translation("sw",
						"Matumizi ya zebaki katika maeneo ya uchenjuaji Geita: utafiti wa uwandani (muhtasari)",
						"Mahojiano na ziara katika maeneo 24 ya uchenjuaji wilayani Geita: zebaki kiasi gani "
								+ "hutumika kwa kila gramu ya dhahabu, nani yuko hatarini, na gharama za retort na "
								+ "meza za mvuto.",
						"", "", "")),
				new Translation(STORY_TITLE,
						new ResourceTranslations.Translation("sw", "Kutafuta msimamo wa pamoja: siku moja Geita",
								"Kuanzia mashimoni alfajiri hadi mkutano wa kijiji usiku: watu wa mazungumzo haya, "
										+ "wamechorwa na wachoraji wa mradi kutoka kwenye kumbukumbu za wawezeshaji.",
								"", "", "")),
				new Translation(BLOG_TITLE, new ResourceTranslations.Translation("sw",
						"Tulichosikia kwenye warsha ya Nyarugusu",
						"Wachimbaji kumi na wanne, wanunuzi watatu na afisa madini walitumia siku nzima kuzungumzia "
								+ "bei, zebaki na ardhi. Haya ndiyo yaliyobadilika kwenye dira kwa sababu hiyo.",
						"""
								Tulikutana tarehe **12 Machi** chini ya mwembe karibu na soko la Nyarugusu. Wachimbaji \
								kumi na wanne walikuja, watatu kati yao wanawake wanaoendesha maeneo ya uchenjuaji, \
								pamoja na wanunuzi watatu na afisa madini mkazi.

								Tulichosikia zaidi:

								- *Bei*: bei ya chini iliyowekwa Dar es Salaam haitoshi kama mizani ya kijijini si sahihi.
								- *Zebaki*: retort zipo, lakini hakuna anayetaka kuwa eneo pekee linalolipia moja.
								- *Ardhi*: sehemu zisizotumika za leseni kubwa ndizo swali lililo nyuma ya kila swali.

								Toleo la 3 la dira linajibu mambo mawili ya kwanza. La tatu bado liko wazi: soma aya \
								ya ardhi na utuambie msimamo wako.""",
						"", "Mkutano wa kijiji chini ya mwembe, umechorwa.")));
		int saved = 0;
		for (Translation t : swahili) {
			Long id = byTitle.get(t.title());
			if (id != null && this.translations.translate(DemoDialogues.GEITA, facilitator, id, t.translation())) {
				saved++;
			}
		}
		return saved;
	}

	/** A translation of the resource of that (original) title. */
	private record Translation(String title, ResourceTranslations.Translation translation) {
	}

	/**
	 * Links the library to what it is evidence for, once the challenges, the vision and
	 * the meetings exist: the mercury study to the mercury challenge ("p. 12") and to the
	 * vision's paragraph on mercury ("p. 15"), the Minamata Convention to that paragraph,
	 * the photo story to the site visits it was drawn from. Linking again adds nothing.
	 * @return how many links the library has to them (whether new or not)
	 */
	int linkEvidence() {
		AccountPrincipal facilitator = principal();
		return as(facilitator, () -> {
			DialogueView view = this.access.readable(DemoDialogues.GEITA, facilitator);
			Map<String, Long> byTitle = new java.util.HashMap<>();
			this.resources
				.library(DemoDialogues.GEITA, facilitator, new ResourceFilter(null, null, null, null), Locale.ENGLISH)
				.entries()
				.forEach((e) -> byTitle.put(e.resource().getTitle(), e.resource().getId()));
			Long study = byTitle.get(STUDY_TITLE);
			Long convention = byTitle.get(CONVENTION_TITLE);
			Long story = byTitle.get(STORY_TITLE);
			int linked = 0;
			String mercury = this.challenges.linkable(view)
				.stream()
				.filter((c) -> c.title().startsWith("Mercury vapour"))
				.map((c) -> String.valueOf(c.id()))
				.findFirst()
				.orElse(null);
			String paragraph = this.vision.newestParagraphs(view)
				.stream()
				.filter((p) -> p.excerpt().startsWith("Mercury use falls"))
				.map(ParagraphRef::key)
				.findFirst()
				.orElse(null);
			var meetingList = this.meetings.list(DemoDialogues.GEITA, facilitator);
			String visit = java.util.stream.Stream.concat(meetingList.upcoming().stream(), meetingList.past().stream())
				.filter((m) -> m.getTitle().startsWith("Site visits"))
				.map((m) -> String.valueOf(m.getId()))
				.findFirst()
				.orElse(null);
			linked += link(facilitator, study, LinkTarget.CHALLENGE, mercury, "p. 12");
			linked += link(facilitator, study, LinkTarget.VISION_PARAGRAPH, paragraph, "p. 15");
			linked += link(facilitator, convention, LinkTarget.VISION_PARAGRAPH, paragraph, "Article 7 and Annex C");
			linked += link(facilitator, story, LinkTarget.MEETING, visit, "");
			return linked;
		});
	}

	private int link(AccountPrincipal facilitator, Long resource, LinkTarget type, String key, String locator) {
		if (resource == null || key == null) {
			return 0;
		}
		this.resources.link(DemoDialogues.GEITA, facilitator, resource, type, key, locator);
		return 1;
	}

	private void publications(AccountPrincipal facilitator) {
		this.resources.create(DemoDialogues.GEITA, facilitator, new ResourceDetails(ResourceKind.RESEARCH, STUDY_TITLE,
				"Interviews and site visits at 24 processing sites in Geita District: how much mercury is used per "
						+ "gram of gold, who is exposed, and what retorts and gravity tables would cost.",
				"", "", List.of("en", "sw"), "H. Said, B. Mushi", "University of Dar es Salaam, Mining Institute",
				List.of(), List.of(), "CC BY 4.0", LocalDate.of(2025, 9, 1), null, ""), "mercury-study-summary.pdf",
				studyPdf());
		this.resources.create(DemoDialogues.GEITA, facilitator, new ResourceDetails(ResourceKind.PUBLICATION,
				CONVENTION_TITLE,
				"The treaty that asks countries with artisanal gold mining to reduce, and where feasible eliminate, "
						+ "the use of mercury, and to write a national action plan.",
				"", "", List.of("en", "fr", "es"), "", "United Nations Environment Programme", List.of(), List.of(), "",
				LocalDate.of(2013, 10, 10), "https://www.mercuryconvention.org/en", ""), null, null);
	}

	private void story(AccountPrincipal facilitator) {
		long story = this.resources
			.create(DemoDialogues.GEITA, facilitator, new ResourceDetails(ResourceKind.PHOTO_STORY, STORY_TITLE,
					"From the pits at dawn to the village meeting at night: the people of this dialogue, drawn by the "
							+ "project's illustrators from the facilitators' field notes.",
					"", "", List.of("en", "sw", "fr", "es", "pt"), "Common Ground", "", List.of(), List.of(),
					"CC BY 4.0", LocalDate.of(2026, 3, 12), null, ""), null, null);
		List<Frame> frames = List.of(new Frame(DemoResources::dawn, "Dawn over the pits of Nyarugusu",
				"Alfajiri juu ya mashimo ya Nyarugusu", "L’aube sur les puits de Nyarugusu",
				"Amanecer sobre los pozos de Nyarugusu", "Amanhecer sobre os poços de Nyarugusu",
				"Sunrise over green hills with wooden shaft heads in the foreground.",
				"Jua linachomoza juu ya vilima vya kijani, na vichwa vya mashimo vya mbao mbele.", Consent.NO_PEOPLE),
				new Frame(DemoResources::shoring, "Timber shoring keeps the walls up after the rains",
						"Miti ya kushikilia kuta huzuia mashimo kuporomoka baada ya mvua",
						"Le boisage retient les parois après les pluies",
						"El entibado sostiene las paredes después de las lluvias",
						"O escoramento segura as paredes depois das chuvas",
						"Cross-section of a pit with timber frames holding its walls and a ladder going down.",
						"Sehemu ya shimo yenye fremu za mbao zinazoshikilia kuta na ngazi inayoshuka.",
						Consent.NO_PEOPLE),
				new Frame(DemoResources::retort, "A retort catches the mercury instead of the lungs",
						"Retoti hunasa zebaki badala ya mapafu", "Une cornue capte le mercure au lieu des poumons",
						"Una retorta atrapa el mercurio en lugar de los pulmones",
						"Uma retorta captura o mercúrio em vez dos pulmões",
						"A closed metal retort on a charcoal fire, its pipe cooled in a bucket of water.",
						"Retoti ya chuma iliyofungwa juu ya moto wa mkaa, bomba lake likipozwa ndani ya ndoo ya maji.",
						Consent.NO_PEOPLE),
				new Frame(DemoResources::market, "Selling at the Geita gold market, in the open",
						"Kuuza kwenye soko la dhahabu la Geita, hadharani",
						"Vendre au marché de l’or de Geita, au grand jour",
						"Vender en el mercado de oro de Geita, a la vista de todos",
						"Vender no mercado de ouro de Geita, às claras",
						"Market stalls under a striped roof, with a scale and small bags of gold on the counter.",
						"Vibanda vya soko chini ya paa lenye mistari, mizani na mifuko midogo ya dhahabu mezani.",
						Consent.NO_PEOPLE),
				new Frame(DemoResources::school, "Children in school, not at the processing sites",
						"Watoto shuleni, si kwenye maeneo ya kuchenjua",
						"Les enfants à l’école, pas sur les sites de traitement",
						"Los niños en la escuela, no en los sitios de procesamiento",
						"As crianças na escola, não nos locais de processamento",
						"A school building with a flag and a row of small figures walking to its door.",
						"Jengo la shule lenye bendera na mstari wa watu wadogo wakielekea mlangoni.",
						Consent.NOT_IDENTIFIABLE),
				new Frame(DemoResources::meeting, "The village meeting under the mango tree",
						"Mkutano wa kijiji chini ya mwembe", "La réunion du village sous le manguier",
						"La reunión del pueblo bajo el mango", "A reunião da aldeia debaixo da mangueira",
						"People seated in a circle under a large tree, a flip chart on an easel beside them.",
						"Watu wameketi kwa mduara chini ya mti mkubwa, chati kwenye kibao kando yao.",
						Consent.NOT_IDENTIFIABLE),
				new Frame(DemoResources::night, "Night falls; the vision has a new version",
						"Usiku unaingia; dira ina toleo jipya", "La nuit tombe ; la vision a une nouvelle version",
						"Cae la noche; la visión tiene una nueva versión", "A noite cai; a visão tem uma nova versão",
						"Hills under a starry sky, one lit window in a village house.",
						"Vilima chini ya anga lenye nyota, dirisha moja lenye mwanga kwenye nyumba ya kijiji.",
						Consent.NO_PEOPLE));
		int n = 0;
		for (Frame frame : frames) {
			n++;
			this.resources.addFrame(DemoDialogues.GEITA, principal(), story,
					new NewFrame(
							Map.of("en", frame.en(), "sw", frame.sw(), "fr", frame.fr(), "es", frame.es(), "pt",
									frame.pt()),
							Map.of("en", frame.altEn(), "sw", frame.altSw()), "Common Ground illustration",
							frame.consent()),
					"geita-" + n + ".png", png(frame.scene()));
		}
	}

	private void blog(AccountPrincipal facilitator) {
		this.resources.create(DemoDialogues.GEITA, facilitator, new ResourceDetails(ResourceKind.BLOG, BLOG_TITLE,
				"Fourteen miners, three buyers and the mining officer "
						+ "spent a day on prices, mercury and land. Here is what changed in the vision because of it.",
				"""
						We met on **12 March** under the mango tree by the Nyarugusu market. Fourteen miners came, \
						three of them women who run processing sites, with three buyers and the resident mining officer.

						What we heard most:

						- *Prices*: a floor price set in Dar es Salaam is not enough if the scale in the village is wrong.
						- *Mercury*: retorts exist, but nobody wants to be the only site paying for one.
						- *Land*: the unused parts of the large licence are the question behind every other question.

						Version 3 of the vision answers the first two. The third is still open: read the land \
						paragraph and tell us where you stand.""",
				"", List.of("en"), "Amina Kombo", "", List.of(), List.of(), "CC BY 4.0", LocalDate.of(2026, 3, 14),
				null, "The village meeting under the mango tree, drawn."), "meeting.png", png(DemoResources::meeting));
	}

	/**
	 * A frame of the story: its drawing, captions in five languages, alt texts, consent.
	 */
	private record Frame(Consumer<Graphics2D> scene, String en, String sw, String fr, String es, String pt,
			String altEn, String altSw, Consent consent) {
	}

	static byte[] png(Consumer<Graphics2D> scene) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			scene.accept(g);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void sky(Graphics2D g, Color top, Color bottom) {
		g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT * 0.7f, bottom));
		g.fillRect(0, 0, WIDTH, HEIGHT);
	}

	private static void hills(Graphics2D g, Color far, Color near) {
		g.setColor(far);
		g.fill(hill(0.55, 0.12));
		g.setColor(near);
		g.fill(hill(0.68, 0.08));
	}

	private static Path2D hill(double baseline, double amplitude) {
		Path2D path = new Path2D.Double();
		path.moveTo(0, HEIGHT);
		for (int x = 0; x <= WIDTH; x += 16) {
			double y = HEIGHT * (baseline - amplitude * Math.sin(x / 170.0) * Math.cos(x / 310.0));
			path.lineTo(x, y);
		}
		path.lineTo(WIDTH, HEIGHT);
		path.closePath();
		return path;
	}

	private static void sun(Graphics2D g, int x, int y, int r, Color color) {
		g.setColor(color);
		g.fill(new Ellipse2D.Double(x - r, y - r, 2.0 * r, 2.0 * r));
	}

	private static void shaftHead(Graphics2D g, int x, int y) {
		g.setColor(new Color(0x6b4423));
		g.setStroke(new BasicStroke(8));
		g.drawLine(x - 40, y, x, y - 90);
		g.drawLine(x + 40, y, x, y - 90);
		g.drawLine(x - 30, y - 30, x + 30, y - 30);
		g.setColor(new Color(0x3b2a1a));
		g.fillRect(x - 50, y, 100, 14);
	}

	private static void person(Graphics2D g, int x, int y, Color clothes) {
		g.setColor(new Color(0x4a2c1a));
		g.fill(new Ellipse2D.Double(x - 9, y - 58, 18, 18));
		g.setColor(clothes);
		g.fillRoundRect(x - 12, y - 40, 24, 40, 10, 10);
	}

	static void dawn(Graphics2D g) {
		sky(g, new Color(0xf6a04d), new Color(0xfde3a7));
		sun(g, 700, 330, 70, new Color(0xfff1c1));
		hills(g, new Color(0x7a9a5a), new Color(0x4f7a3a));
		g.setColor(new Color(0xb5651d));
		g.fillRect(0, 520, WIDTH, 120);
		shaftHead(g, 220, 520);
		shaftHead(g, 480, 530);
		shaftHead(g, 760, 515);
	}

	static void shoring(Graphics2D g) {
		g.setColor(new Color(0xc9a27c));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(new Color(0x5a3b22));
		g.fillRect(330, 0, 300, HEIGHT);
		g.setColor(new Color(0x8b5a2b));
		g.setStroke(new BasicStroke(14));
		for (int y = 60; y < HEIGHT; y += 130) {
			g.drawRect(340, y, 280, 110);
			g.drawLine(340, y, 620, y + 110);
		}
		g.setColor(new Color(0xd9c7a0));
		g.setStroke(new BasicStroke(6));
		g.drawLine(450, 0, 450, HEIGHT);
		g.drawLine(510, 0, 510, HEIGHT);
		for (int y = 20; y < HEIGHT; y += 40) {
			g.drawLine(450, y, 510, y);
		}
	}

	static void retort(Graphics2D g) {
		sky(g, new Color(0x87b5d9), new Color(0xdcecf5));
		g.setColor(new Color(0x9c7a54));
		g.fillRect(0, 460, WIDTH, 180);
		g.setColor(new Color(0x333333));
		g.fillRect(300, 400, 180, 60);
		g.setColor(new Color(0xe25822));
		g.fill(new Polygon(new int[] { 320, 350, 380, 410, 440, 460 }, new int[] { 400, 350, 395, 340, 390, 400 }, 6));
		g.setColor(new Color(0x9aa3ad));
		g.fillRoundRect(320, 300, 140, 100, 30, 30);
		g.setStroke(new BasicStroke(16));
		g.drawLine(460, 330, 640, 420);
		g.setColor(new Color(0x2f6fa8));
		g.fillRect(610, 400, 110, 100);
		g.setColor(new Color(0x9fd3f5));
		g.fillRect(620, 410, 90, 20);
	}

	static void market(Graphics2D g) {
		sky(g, new Color(0x6fa8dc), new Color(0xcfe2f3));
		g.setColor(new Color(0xd0a060));
		g.fillRect(0, 470, WIDTH, 170);
		for (int i = 0; i < 8; i++) {
			g.setColor((i % 2 == 0) ? new Color(0xc0392b) : new Color(0xf5f5f5));
			g.fillRect(120 + i * 90, 200, 90, 60);
		}
		g.setColor(new Color(0x7f5539));
		g.fillRect(130, 260, 12, 230);
		g.fillRect(818, 260, 12, 230);
		g.setColor(new Color(0x6d4c41));
		g.fillRect(160, 380, 640, 30);
		g.setColor(new Color(0xf1c40f));
		for (int i = 0; i < 5; i++) {
			g.fill(new Ellipse2D.Double(240 + i * 60, 360, 26, 20));
		}
		g.setColor(new Color(0x555555));
		g.fillRect(600, 340, 120, 40);
		g.drawLine(660, 300, 660, 340);
		person(g, 300, 470, new Color(0x2e86c1));
		person(g, 660, 470, new Color(0x27ae60));
	}

	static void school(Graphics2D g) {
		sky(g, new Color(0x5dade2), new Color(0xd6eaf8));
		hills(g, new Color(0x82b366), new Color(0x6a9955));
		g.setColor(new Color(0xf5deb3));
		g.fillRect(300, 300, 420, 200);
		g.setColor(new Color(0x8e3b2f));
		g.fill(new Polygon(new int[] { 280, 510, 740 }, new int[] { 300, 200, 300 }, 3));
		g.setColor(new Color(0x1f618d));
		g.fillRect(480, 400, 60, 100);
		g.setColor(Color.DARK_GRAY);
		g.fillRect(760, 180, 6, 320);
		g.setColor(new Color(0x1eb53a));
		g.fillRect(766, 180, 90, 20);
		g.setColor(new Color(0xfcd116));
		g.fillRect(766, 200, 90, 6);
		g.setColor(Color.BLACK);
		g.fillRect(766, 206, 90, 10);
		g.setColor(new Color(0x00a3dd));
		g.fillRect(766, 216, 90, 20);
		for (int i = 0; i < 5; i++) {
			person(g, 180 + i * 60, 560, new Color(0x2874a6));
		}
	}

	static void meeting(Graphics2D g) {
		sky(g, new Color(0xf0b27a), new Color(0xfae5d3));
		g.setColor(new Color(0xa67c52));
		g.fillRect(0, 480, WIDTH, 160);
		g.setColor(new Color(0x5d4037));
		g.fillRect(450, 220, 50, 280);
		g.setColor(new Color(0x2e7d32));
		g.fill(new Ellipse2D.Double(250, 60, 460, 260));
		Color[] clothes = { new Color(0xc0392b), new Color(0x8e44ad), new Color(0x2980b9), new Color(0x16a085),
				new Color(0xd35400), new Color(0xf39c12), new Color(0x2c3e50), new Color(0x27ae60) };
		for (int i = 0; i < clothes.length; i++) {
			double angle = Math.PI * (0.1 + 0.8 * i / (clothes.length - 1));
			person(g, (int) (475 - 300 * Math.cos(angle)), (int) (560 - 60 * Math.sin(angle)), clothes[i]);
		}
		g.setColor(Color.WHITE);
		g.fillRect(780, 330, 110, 130);
		g.setColor(new Color(0x6d4c41));
		g.setStroke(new BasicStroke(6));
		g.drawLine(790, 460, 770, 540);
		g.drawLine(880, 460, 900, 540);
		g.setColor(new Color(0x1a5276));
		g.setStroke(new BasicStroke(4));
		for (int y = 360; y < 450; y += 22) {
			g.drawLine(795, y, 870, y);
		}
	}

	static void night(Graphics2D g) {
		sky(g, new Color(0x0b1d3a), new Color(0x1f3a60));
		g.setColor(new Color(0xfdfefe));
		long seed = 7;
		for (int i = 0; i < 90; i++) {
			seed = (seed * 6364136223846793005L + 1442695040888963407L);
			int x = (int) ((seed >>> 33) % WIDTH);
			int y = (int) ((seed >>> 17) % 320);
			g.fillRect(Math.abs(x), Math.abs(y), 2, 2);
		}
		sun(g, 160, 120, 40, new Color(0xf4f6f7));
		hills(g, new Color(0x1b2631), new Color(0x141c24));
		g.setColor(new Color(0x3e2723));
		g.fillRect(600, 470, 160, 100);
		g.fill(new Polygon(new int[] { 585, 680, 775 }, new int[] { 470, 410, 470 }, 3));
		g.setColor(new Color(0xf7dc6f));
		g.fillRect(640, 500, 36, 30);
	}

	/** A one-page PDF with the study's summary, written by hand (PDF 1.4, Helvetica). */
	static byte[] studyPdf() {
		List<String> lines = List.of("Mercury use at Geita processing sites - summary",
				"University of Dar es Salaam, Mining Institute, 2025", "",
				"24 processing sites visited; 1.3 g of mercury lost per gram of gold on average.",
				"Retorts recover most of it: a retort costs about the price of 2 g of gold.",
				"Women and children are most exposed where amalgam is burnt near homes.", "",
				"Demo document made by Common Ground for its demo data.");
		StringBuilder text = new StringBuilder("BT /F1 12 Tf 56 780 Td 16 TL\n");
		for (String line : lines) {
			text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") '\n");
		}
		text.append("ET\n");
		List<String> objects = new ArrayList<>();
		objects.add("<< /Type /Catalog /Pages 2 0 R >>");
		objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
				+ "/Resources << /Font << /F1 5 0 R >> >> >>");
		objects.add("<< /Length " + text.length() + " >>\nstream\n" + text + "endstream");
		objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private AccountPrincipal principal() {
		return (AccountPrincipal) this.users.loadUserByUsername(FACILITATOR + DemoDataLoader.DOMAIN);
	}

	private <T> T as(AccountPrincipal user, Supplier<T> step) {
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
