package org.commonground.map;

import org.commonground.demo.DemoData;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's stakeholder map of the Geita gold chain on a 360 px phone: a researcher
 * reads the drawing (which scrolls inside its own box while the page does not scroll
 * sideways), its legend and its sentences, opens an actor, proposes a relation and
 * disputes an agreed one; the facilitator accepts both, and the map shows the new
 * relation as agreed and the other as disputed by the researcher's group. axe-core on
 * every page; screenshots {@code 70-map-*}.
 */
class MapBrowserIT extends IntegrationTest {

	private static final String MAP = "/dialogues/" + DemoData.GEITA + "/map";

	@Value("${local.server.port}")
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberProposesAndDisputesOnAPhoneAndTheFacilitatorAcceptsBoth() {
		DemoData.load(this.context);
		long plants = actor("Processing plant owners");
		long miners = actor("Artisanal miners");
		long dealers = actor("Dealers and financiers");
		long inspected = relation("Resident Mining Office", "Processing plant owners", "REGULATES");
		long children = this.jdbc.queryForObject("select id from challenge where title = ?", Long.class,
				"Des enfants travaillent encore sur les sites de traitement");
		try (Browser browser = Browser.open(this.port)) {
			browser.resize(360, 800);
			browser.logIn("halima.said" + DemoData.DOMAIN, DemoData.PASSWORD);

			browser.go(MAP);
			assertThat(browser.find("main h1").getText()).isEqualTo("Stakeholder map");
			assertThat(browser.driver().findElements(By.cssSelector("svg.map-svg .map-node")))
				.hasSizeGreaterThanOrEqualTo(12);
			assertThat(browser.driver().findElements(By.cssSelector("svg.map-svg .map-edges path")))
				.hasSizeGreaterThanOrEqualTo(20);
			assertThat(browser.find(".map-legend").getText()).contains("pre-finances", "sells gold to", "licenses",
					"taxes", "supplies mercury to", "Disputed by at least one group");
			assertThat(browser.find("#sentences").getText()).contains(
					"Dealers and financiers pre-finance Pit owners \u2014 strong; disputed by Buyer, trader or refiner",
					"Geita Gold Refinery sells gold to Bank of Tanzania \u2014 strong");
			assertReadableAtPhoneWidth(browser, true);
			browser.assertAccessible();
			browser.screenshot("70-map-geita-phone");

			browser.go(MAP + "?zoom=fit");
			assertReadableAtPhoneWidth(browser, false);
			browser.assertAccessible();

			browser.go(MAP);
			browser.submit("svg.map-svg a.map-node[href='" + MAP + "/actors/" + dealers + "']");
			assertThat(browser.path()).isEqualTo(MAP + "/actors/" + dealers);
			assertThat(browser.find("main h1").getText()).isEqualTo("Dealers and financiers");
			assertThat(browser.find("#outgoing-heading").getText()).isEqualTo("What Dealers and financiers do");
			assertThat(browser.text()).contains("Dealers and financiers pre-finance Pit owners",
					"Pit owners sell gold to Dealers and financiers", "Women miners cannot get credit for equipment");
			assertNoSidewaysScroll(browser);
			browser.assertAccessible();
			browser.screenshot("71-map-actor");

			browser.go(MAP);
			browser.submit("a[href='" + MAP + "/propose']");
			browser.choose("#fromActorId", String.valueOf(plants));
			browser.choose("#type", "EMPLOYS");
			browser.choose("#toActorId", String.valueOf(miners));
			browser.choose("#strength", "2");
			browser.choose("#evidence", "CHALLENGE:" + children);
			browser.type("#reason", "At 20 of the 24 sites we visited, plant owners hire miners, women and youths by "
					+ "the day to crush and wash ore.");
			assertNoSidewaysScroll(browser);
			browser.assertAccessible();
			browser.screenshot("72-map-propose");
			browser.submit("main form button[type=submit]");
			assertThat(browser.find("#proposals").getText())
				.contains("Processing plant owners employ Artisanal miners \u2014 medium", "waiting for a facilitator");
			browser.assertAccessible();

			browser.submit("#relation-" + inspected + " a[href$='/dispute']");
			assertThat(browser.find("blockquote").getText())
				.startsWith("Resident Mining Office regulates Processing plant owners");
			browser.type("#reason", "Our field study found that 20 of the 24 processing sites had not been inspected "
					+ "in the two years before it.");
			assertNoSidewaysScroll(browser);
			browser.assertAccessible();
			browser.screenshot("73-map-dispute");
			browser.submit("main form button[type=submit]");
			assertThat(browser.text()).contains("your dispute waits for a facilitator");
			browser.assertAccessible();

			browser.forgetEveryone();
			browser.logIn("amina.kombo" + DemoData.DOMAIN, DemoData.PASSWORD);
			browser.go(MAP);
			long proposal = Long
				.parseLong(browser.find("#proposals li[id^='proposal-']").getAttribute("id").substring(9));
			assertThat(browser.find("#relation-" + inspected + " .map-pending").getText())
				.contains("Disputed by Research (waiting): Our field study found");
			assertNoSidewaysScroll(browser);
			browser.assertAccessible();
			browser.screenshot("74-map-facilitator-decides");
			browser.submit("#proposal-" + proposal + " button[value=ACCEPT]");
			assertThat(browser.text()).contains("The relation is on the map.");
			browser.submit("#relation-" + inspected + " .map-pending button[value=ACCEPT]");
			assertThat(browser.text()).contains("The dispute is accepted");

			assertThat(browser.find("#relation-" + proposal).getText())
				.contains("Processing plant owners employ Artisanal miners \u2014 medium", "agreed");
			assertThat(browser.find("#relation-" + inspected).getText()).contains(
					"Resident Mining Office regulates Processing plant owners \u2014 medium; disputed by Research",
					"disputed");
			assertThat(browser.find("#edge-" + proposal).getAttribute("aria-label"))
				.startsWith("Processing plant owners employ Artisanal miners");
			assertThat(browser.find("#edge-" + inspected).getAttribute("stroke-dasharray")).isEqualTo("7 4");
			assertThat(browser.driver().findElements(By.cssSelector("#proposals"))).isEmpty();
			assertReadableAtPhoneWidth(browser, true);
			browser.assertAccessible();
			browser.screenshot("75-map-agreed-and-disputed");

			browser.resize(1280, 900);
			browser.go(MAP);
			assertNoSidewaysScroll(browser, 1280);
			browser.assertAccessible();
			browser.screenshot("76-map-geita-desktop");
		}
	}

	/**
	 * The page never scrolls sideways; at the normal size the drawing scrolls inside its
	 * own box (which can take the keyboard focus), at "fit" it fits the box.
	 */
	private static void assertReadableAtPhoneWidth(Browser browser, boolean scrollsInside) {
		assertNoSidewaysScroll(browser);
		assertNoBoxesOverlap(browser);
		long boxWidth = number(browser, "return document.querySelector('.map-scroll').clientWidth");
		long drawingWidth = number(browser, "return document.querySelector('.map-scroll').scrollWidth");
		if (scrollsInside) {
			assertThat(drawingWidth).as("the drawing is wider than its box and scrolls in it").isGreaterThan(boxWidth);
			assertThat(browser.find(".map-scroll").getAttribute("tabindex")).isEqualTo("0");
		}
		else {
			assertThat(drawingWidth).as("the drawing fits its box").isLessThanOrEqualTo(boxWidth);
		}
	}

	/** No two actors' boxes in the drawing overlap. */
	private static void assertNoBoxesOverlap(Browser browser) {
		assertThat(number(browser, """
				const r = [...document.querySelectorAll('svg.map-svg .map-node rect')].map((e) =>
				    ['x', 'y', 'width', 'height'].map((a) => Number(e.getAttribute(a))));
				let overlaps = 0;
				for (let i = 0; i < r.length; i++) {
				  for (let j = i + 1; j < r.length; j++) {
				    const [a, b] = [r[i], r[j]];
				    if (a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]) {
				      overlaps++;
				    }
				  }
				}
				return overlaps;""")).as("overlapping boxes").isZero();
	}

	private static void assertNoSidewaysScroll(Browser browser) {
		assertNoSidewaysScroll(browser, 360);
	}

	private static void assertNoSidewaysScroll(Browser browser, int width) {
		long scrollWidth = number(browser, "return document.documentElement.scrollWidth");
		long windowWidth = number(browser, "return window.innerWidth");
		assertThat(windowWidth).isLessThanOrEqualTo(width);
		assertThat(scrollWidth).as("the page's width on %s", browser.path()).isLessThanOrEqualTo(windowWidth);
	}

	private static long number(Browser browser, String script) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).longValue();
	}

	private long actor(String label) {
		return this.jdbc.queryForObject("""
				select a.id from map_actor a join dialogue d on d.id = a.dialogue_id
				where d.slug = ? and a.label = ?""", Long.class, DemoData.GEITA, label);
	}

	private long relation(String from, String to, String type) {
		return this.jdbc.queryForObject("""
				select r.id from map_relation r where r.from_actor_id = ? and r.to_actor_id = ? and r.type = ?""",
				Long.class, actor(from), actor(to), type);
	}

}
