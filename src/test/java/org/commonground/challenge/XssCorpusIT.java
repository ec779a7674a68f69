package org.commonground.challenge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Posts a corpus of XSS payloads as challenge titles, challenge bodies, comments, replies
 * and paragraphs of a vision through the site's forms, then reads every page that shows
 * them and checks in the parsed HTML that nothing can run: no script, frame, object,
 * image or style from users, no event handler attribute, no javascript:, vbscript: or
 * data: URL, and every user link carries rel="nofollow ugc noopener".
 */
class XssCorpusIT extends IntegrationTest {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>",
			"<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
			"<IMG SRC=\"javascript:alert('XSS');\">", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
			"<body onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>",
			"<a href=\"javascript:alert(1)\">click</a>", "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
			"[click](javascript:alert(1))", "[click](JAVASCRIPT:alert(1))", "[click](&#106;avascript:alert(1))",
			"[click](&#x6A;avascript:alert(1))", "[click](<javascript:alert(1)>)",
			"[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[click](vbscript:msgbox(1))",
			"![img](javascript:alert(1))", "![img](https://evil.example/pixel.png)", "![x](x\" onerror=\"alert(1))",
			"[x](https://ok.example\" onclick=\"alert(1))", "[x](https://example.org/\"onmouseover=\"alert(1))",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<style>body{display:none}</style>",
			"<object data=\"javascript:alert(1)\"></object>", "<embed src=\"javascript:alert(1)\">",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<details open ontoggle=alert(1)>",
			"<input autofocus onfocus=alert(1)>", "<form action=\"javascript:alert(1)\"><button>x</button></form>",
			"<base href=\"javascript:/\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;script&#62;alert(1)&#60;/script&#62;",
			"<scr<script>ipt>alert(1)</scr</script>ipt>", "<<script>script>alert(1)<</script>/script>",
			"\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>",
			"<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)\">x</a>",
			"<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
			"<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "[x]: javascript:alert(1)\n\n[ref][x]",
			"<video><source onerror=alert(1)></video>", "<marquee onstart=alert(1)>x</marquee>",
			"```html\n<script>alert(1)</script>\n```",
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
			"<template><script>alert(1)</script></template>", "<a href=\"https://www.iied.org\" target=_blank>IIED</a>",
			"[IIED](https://www.iied.org) and <https://www.iied.org/asm>");

	private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "frame", "object", "embed", "img",
			"style", "base", "math", "video", "audio", "source", "template", "marquee", "noscript", "input");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "poster", "background");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Test
	void everyPayloadRendersInertWhereverItIsShown() throws Exception {
		assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(40);
		String facilitator = this.accounts.create("Xss Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Xss corpus", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		List<WebClient> authors = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String author = this.accounts.create("<b onmouseover=alert(" + i + ")>Author " + i + "</b>",
					AccountRole.PARTICIPANT, "ARTISANAL_MINER");
			this.dialogues.addMember(slug, facilitator, author, DisplayMode.NAMED);
			WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
			client.logIn(author, TestAccounts.PASSWORD);
			authors.add(client);
		}
		String base = "/dialogues/" + slug;
		List<String> pages = new ArrayList<>(List.of(base, base + "/challenges"));
		List<String> commentIds = new ArrayList<>();
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			WebClient author = authors.get(i % authors.size());
			String title = "#" + i + " " + payload.replace('\n', ' ');
			title = title.substring(0, Math.min(150, title.length()));
			MockHttpServletResponse created = author.perform(
					post(base + "/challenges").param("title", title).param("body", payload).param("themes", "FINANCE"));
			assertThat(created.getStatus()).as("challenge %s", i).isEqualTo(302);
			String challenge = created.getRedirectedUrl();
			String comment = author.perform(post(challenge + "/comments").param("body", payload)).getRedirectedUrl();
			String commentId = comment.substring(comment.indexOf("#comment-") + 9);
			commentIds.add(commentId);
			WebClient replier = authors.get((i + 1) % authors.size());
			replier.perform(post(challenge + "/comments").param("body", "Re: " + payload).param("parentId", commentId));
			author.perform(post(base + "/comments/" + commentId + "/edit").param("body", payload + " (edited)")
				.param("version", "0"));
			pages.add(challenge);
			pages.add(base + "/comments/" + commentId);
			pages.add(base + "/comments/" + commentId + "/history");
			Document shown = Jsoup.parse(new WebClient(this.mvc).perform(get(challenge)).getContentAsString());
			assertThat(shown.select("h1").text()).as("title %s shown as text", i)
				.isEqualTo(title.strip().replaceAll("\\s+", " "));
		}
		String vision = base + "/vision";
		String text = String.join("\n\n", PAYLOADS);
		WebClient facilitating = new WebClient(this.mvc, TestAccounts.newAddress());
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		assertThat(facilitating
			.perform(post(vision + "/versions").param("text", text).param("changeSummary", "<script>x</script>"))
			.getStatus()).isEqualTo(302);
		assertThat(facilitating
			.perform(post(vision + "/versions").param("text", text + "\n\n<b onclick=x>more</b>")
				.param("changeSummary", "Second"))
			.getStatus()).isEqualTo(302);
		authors.get(0)
			.perform(post(vision + "/versions/2/comments").param("paragraphKey", "p1").param("body", PAYLOADS.get(2)));
		pages.addAll(List.of(vision, vision + "/versions/1", vision + "/diff?from=1&to=2",
				vision + "/versions/2/common-ground", vision + "/versions/2/paragraphs/p1",
				vision + "/you-said-we-did"));
		// Moderation: payloads as report notes, notes to authors and review requests,
		// read by moderators on the queue, case and audit pages, and by authors.
		Map<String, WebClient> readers = new HashMap<>();
		for (int i = 0; i < 12; i++) {
			String id = commentIds.get(i);
			WebClient author = authors.get(i % authors.size());
			authors.get((i + 1) % authors.size())
				.perform(post(base + "/comments/" + id + "/report").param("reason", "ABUSE")
					.param("note", PAYLOADS.get(i)));
			if (i % 2 == 0) {
				facilitating.perform(post(base + "/moderation/comments/" + id + "/hide").param("reason", "OTHER")
					.param("note", PAYLOADS.get(i)));
				author.perform(post(base + "/comments/" + id + "/review").param("note", PAYLOADS.get(i + 1)));
				readers.put(base + "/comments/" + id + "/review", author);
				// A hidden comment's history is hidden too.
				pages.remove(base + "/comments/" + id + "/history");
			}
			readers.put(base + "/moderation/comments/" + id, facilitating);
		}
		readers.put(base + "/moderation", facilitating);
		readers.put(base + "/moderation/audit", facilitating);
		pages.add(base + "/moderation-log");
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, WebClient> reader : readers.entrySet()) {
			MockHttpServletResponse response = reader.getValue().perform(get(reader.getKey()));
			assertThat(response.getStatus()).as(reader.getKey()).isEqualTo(200);
			problems.addAll(inspect(reader.getKey(), Jsoup.parse(response.getContentAsString())));
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_entry a join dialogue d on d.id = a.dialogue_id
				where d.slug = ? and a.action = 'REVIEW_REQUESTED'""", Integer.class, slug))
			.as("every payload was accepted as a note")
			.isEqualTo(6);
		int userLinks = 0;
		for (String page : pages) {
			MockHttpServletResponse response = new WebClient(this.mvc).perform(get(page));
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			Document document = Jsoup.parse(response.getContentAsString());
			problems.addAll(inspect(page, document));
			for (Element link : document.select(".prose a")) {
				userLinks++;
				List<String> rel = List.of(link.attr("rel").split(" "));
				if (!rel.containsAll(List.of("nofollow", "ugc", "noopener"))) {
					problems.add(page + ": user link without rel=\"nofollow ugc noopener\": " + link.outerHtml());
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(userLinks).as("the safe links in the corpus are kept as links").isGreaterThan(0);
	}

	private static List<String> inspect(String page, Document document) {
		List<String> problems = new ArrayList<>();
		for (Element element : document.body().getAllElements()) {
			String tag = element.normalName();
			boolean ourScript = tag.equals("script") && element.attr("src").startsWith("/webjars/htmx.org/");
			boolean ourChart = element.closest("figure.chart") != null;
			boolean ourField = tag.equals("input") && element.closest(".prose") == null;
			boolean ourImage = tag.equals("img") && element.attr("src").startsWith("/images/")
					&& element.closest(".prose") == null;
			if (FORBIDDEN_TAGS.contains(tag) && !ourScript && !ourField && !ourImage) {
				problems.add(page + ": <" + tag + "> " + element.outerHtml());
			}
			if (tag.equals("svg") && !ourChart) {
				problems.add(page + ": user svg " + element.outerHtml());
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
				if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
					problems.add(page + ": attribute " + name + " on " + element.outerHtml());
				}
				if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
						|| value.startsWith("data:"))) {
					problems.add(page + ": " + name + "=" + value + " on " + element.outerHtml());
				}
			}
		}
		for (Element head : document.head().getAllElements()) {
			if (head.normalName().equals("meta") && head.hasAttr("http-equiv")) {
				problems.add(page + ": meta refresh " + head.outerHtml());
			}
			if (head.normalName().equals("script") && !head.attr("src").startsWith("/webjars/htmx.org/")) {
				problems.add(page + ": script in head " + head.outerHtml());
			}
		}
		return problems;
	}

}
