package org.commonground.dialogue;

import java.util.ArrayList;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Parallel;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class MembershipIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	MembershipService memberships;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DialogueService dialogueService;

	@Autowired
	org.commonground.account.AccountService accountService;

	@Test
	void twentyParallelJoinsByOneAccountMakeOneMembership() throws Exception {
		String facilitator = this.accounts.create("Parallel Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Parallel joins", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		String member = this.accounts.participant("Eager Joiner");
		List<JoinOutcome> outcomes = Parallel.run(20,
				() -> this.dialogues.as(member, (me) -> this.memberships.join(slug, DisplayMode.NAMED, me)));
		assertThat(outcomes).containsOnly(JoinOutcome.JOINED, JoinOutcome.UNCHANGED);
		assertThat(outcomes).filteredOn((o) -> o == JoinOutcome.JOINED).hasSize(1);
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from membership m join dialogue d on d.id = m.dialogue_id join account a on a.id = m.account_id
						where d.slug = ? and a.email = ?""",
				Integer.class, slug, member))
			.isEqualTo(1);
		assertThat(this.dialogues.membershipStatus(slug, member)).isEqualTo("ACTIVE");
	}

	@Test
	void anInvitationForOnePersonAdmitsOneWhenUsedInParallel() throws Exception {
		String facilitator = this.accounts.create("Invite Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "One seat", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE, false,
				DialogueStatus.OPEN);
		String token = this.dialogues.invitation(slug, facilitator, 7, 1).getToken();
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			people.add(this.accounts.participant("Hopeful " + i));
		}
		List<Integer> results = Parallel.run(people.size(), (Parallel.IndexedTask<Integer>) (index) -> {
			String person = people.get(index);
			try {
				MembershipIT.this.dialogues.as(person,
						(me) -> MembershipIT.this.memberships.acceptInvitation(token, DisplayMode.NAMED, me));
				return 1;
			}
			catch (DialogueRuleException ex) {
				return 0;
			}
		});
		assertThat(results.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from membership m join dialogue d on d.id = m.dialogue_id
				where d.slug = ? and m.status = 'ACTIVE' and m.role = 'PARTICIPANT'""", Integer.class, slug))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select uses from invitation where token = ?", Integer.class, token))
			.isEqualTo(1);
	}

	@Test
	void expiredUsedUpAndRevokedInvitationsGetAClearPage() throws Exception {
		String facilitator = this.accounts.create("Link Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Links", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE, false,
				DialogueStatus.OPEN);
		String used = this.dialogues.invitation(slug, facilitator, 7, 1).getToken();
		WebClient first = loggedIn(this.accounts.participant("First"));
		assertThat(first.perform(post("/invitations/" + used)).getRedirectedUrl()).isEqualTo("/dialogues/" + slug);
		WebClient second = loggedIn(this.accounts.participant("Second"));
		MockHttpServletResponse usedUp = second.perform(get("/invitations/" + used));
		assertThat(usedUp.getStatus()).isEqualTo(410);
		assertThat(usedUp.getContentAsString()).contains("already been used as many times as allowed");
		MockHttpServletResponse refused = second.perform(post("/invitations/" + used));
		assertThat(refused.getStatus()).isEqualTo(410);
		assertThat(this.dialogues.membershipStatus(slug, "second")).isNull();

		String expired = this.dialogues.invitation(slug, facilitator, 1, null).getToken();
		this.jdbc.update("update invitation set expires_at = now() - interval '1 minute' where token = ?", expired);
		MockHttpServletResponse expiredPage = second.perform(get("/invitations/" + expired));
		assertThat(expiredPage.getStatus()).isEqualTo(410);
		assertThat(expiredPage.getContentAsString()).contains("has expired");

		long revokedId = this.dialogues.invitation(slug, facilitator, 3, null).getId();
		String revoked = this.jdbc.queryForObject("select token from invitation where id = ?", String.class, revokedId);
		WebClient facilitatorClient = loggedIn(facilitator);
		facilitatorClient.perform(post("/dialogues/" + slug + "/invitations/" + revokedId + "/revoke"));
		assertThat(second.perform(get("/invitations/" + revoked)).getContentAsString())
			.contains("withdrawn by a facilitator");
		assertThat(new WebClient(this.mvc).perform(get("/invitations/not-a-token")).getStatus()).isEqualTo(404);
	}

	@Test
	void creatingAndRevokingAnInvitationLinkAreInTheAuditLog() throws Exception {
		String facilitator = this.accounts.create("Audited Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Audited links", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE,
				false, DialogueStatus.OPEN);
		WebClient client = loggedIn(facilitator);
		client.perform(post("/dialogues/" + slug + "/invitations").param("validDays", "14")
			.param("note", "Buyers' working group"));
		long id = this.jdbc.queryForObject(
				"select i.id from invitation i join dialogue d on d.id = i.dialogue_id where d.slug = ?", Long.class,
				slug);
		String token = this.jdbc.queryForObject("select token from invitation where id = ?", String.class, id);
		client.perform(post("/dialogues/" + slug + "/invitations/" + id + "/revoke"));
		java.sql.Timestamp revokedAt = this.jdbc.queryForObject("select revoked_at from invitation where id = ?",
				java.sql.Timestamp.class, id);
		// A second press (another tab): still revoked since the first, one entry in the
		// log.
		client.perform(post("/dialogues/" + slug + "/invitations/" + id + "/revoke"));
		assertThat(this.jdbc.queryForObject("select revoked_at from invitation where id = ?", java.sql.Timestamp.class,
				id))
			.isEqualTo(revokedAt);
		for (String[] action : new String[][] { { "INVITATION_CREATED", "invitation link created" },
				{ "INVITATION_REVOKED", "invitation link revoked" } }) {
			org.jsoup.nodes.Document audit = org.jsoup.Jsoup
				.parse(client.perform(get("/dialogues/" + slug + "/moderation/audit").param("action", action[0]))
					.getContentAsString());
			assertThat(audit.select("tbody tr")).as(action[0]).hasSize(1);
			assertThat(audit.select("tbody tr td:eq(1)").text()).isEqualTo("Audited Facilitator");
			assertThat(audit.select("tbody tr td:eq(2)").text()).isEqualTo(action[1]);
			assertThat(audit.select("tbody tr td:eq(4)").text()).contains("Buyers' working group");
			assertThat(audit.text()).doesNotContain(token);
		}
	}

	@Test
	void theInvitationFormKeepsWhatWasTypedAndSaysHowLongANoteMayBe() throws Exception {
		String facilitator = this.accounts.create("Typing Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Typed", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE, false,
				DialogueStatus.OPEN);
		WebClient client = loggedIn(facilitator);
		Document english = Jsoup.parse(
				client
					.perform(post("/dialogues/" + slug + "/invitations").param("validDays", "two weeks")
						.param("note", "n".repeat(121)))
					.getContentAsString());
		assertThat(english.select("#validDays").val()).as("what was typed, not the default").isEqualTo("two weeks");
		assertThat(english.select("#note-error").text()).contains("This is too long: 120 characters at most.");

		client.perform(post("/language").param("lang", "fr"));
		Document french = Jsoup.parse(client
			.perform(
					post("/dialogues/" + slug + "/invitations").param("validDays", "14").param("note", "n".repeat(121)))
			.getContentAsString());
		assertThat(french.select("#note-error").first().wholeText())
			.contains("C’est trop long\u00a0: 120 caractères au plus.");
		assertThat(french.select("#note").val()).hasSize(121);
	}

	@Test
	void aNewcomerWhoRegistersFromAnInvitationReturnsToIt() throws Exception {
		String facilitator = this.accounts.create("Welcome Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Welcome", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE, false,
				DialogueStatus.OPEN);
		String token = this.dialogues.invitation(slug, facilitator, 7, null).getToken();
		WebClient phone = new WebClient(this.mvc);
		assertThat(phone.perform(get("/invitations/" + token)).getContentAsString())
			.contains("Log in or create an account to accept the invitation");
		String email = "newcomer" + System.nanoTime() + "@test.example";
		phone.perform(post("/register").param("email", email)
			.param("displayName", "Newcomer")
			.param("password", "a newcomer's long password")
			.param("stakeholderGroup", "COMMUNITY")
			.param("locale", "en"));
		String link = this.jdbc.queryForObject(
				"select body from outbound_email where recipient = ? order by id desc limit 1", String.class, email);
		String confirmToken = link.replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
		MockHttpServletResponse confirmed = phone.perform(
				post("/register/confirm").param("token", confirmToken).param("password", "a newcomer's long password"));
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/invitations/" + token);
		phone.perform(post("/invitations/" + token));
		assertThat(this.dialogues.membershipStatus(slug, email)).isEqualTo("ACTIVE");
	}

	@Test
	void aDeclinedRequestTellsThePersonTheFacilitatorsReason() throws Exception {
		String facilitator = this.accounts.create("Declining Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Declines", Visibility.PUBLIC, JoinPolicy.APPROVAL, true,
				DialogueStatus.OPEN);
		String asker = this.accounts.participant("Declined Asker");
		WebClient askerClient = loggedIn(asker);
		askerClient.perform(post("/dialogues/" + slug + "/join").param("displayMode", "PSEUDONYMOUS"));
		long id = this.dialogues.membershipId(slug, asker);

		WebClient facilitatorClient = loggedIn(facilitator);
		Document manage = Jsoup
			.parse(facilitatorClient.perform(get("/dialogues/" + slug + "/manage")).getContentAsString());
		org.jsoup.nodes.Element form = manage.selectFirst("form[action$=/requests/" + id + "/decline]");
		assertThat(form.select("label[for=decline-reason-" + id + "]").text())
			.isEqualTo("Reason for declining (optional)");
		assertThat(form.select("#decline-reason-" + id).attr("aria-describedby"))
			.isEqualTo("decline-reason-hint-" + id);
		assertThat(form.select("#decline-reason-hint-" + id).text()).contains("The person sees it");
		assertThat(manage.select("#requests .pseudonym-asked").text())
			.startsWith("Asks to take part under a pseudonym");

		facilitatorClient.perform(post("/dialogues/" + slug + "/requests/" + id + "/decline").param("reason",
				"This dialogue is for the Geita working group only."));
		assertThat(this.dialogues.membershipStatus(slug, asker)).isEqualTo("REMOVED");
		Document page = Jsoup.parse(askerClient.perform(get("/dialogues/" + slug)).getContentAsString());
		assertThat(page.select(".declined").text())
			.isEqualTo("A facilitator declined your request to join this dialogue.");
		assertThat(page.select(".declined-reason q").text())
			.isEqualTo("This dialogue is for the Geita working group only.");
		assertThat(page.text()).doesNotContain("removed you");
	}

	@Test
	void aPseudonymWithoutARegionIsRefusedBesideTheRegion() throws Exception {
		String facilitator = this.accounts.create("Region Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Regions", Visibility.PUBLIC, JoinPolicy.APPROVAL, true,
				DialogueStatus.OPEN);
		String asker = this.accounts.participant("Regionless Asker");
		this.jdbc.update("update account set region = null where email = ?", asker);
		WebClient askerClient = loggedIn(asker);
		MockHttpServletResponse refused = askerClient
			.perform(post("/dialogues/" + slug + "/join").param("displayMode", "PSEUDONYMOUS").param("region", " "));
		assertThat(refused.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "#join-region");
		assertThat(this.dialogues.membershipStatus(slug, asker)).isNull();
		Document page = Jsoup.parse(askerClient.perform(get("/dialogues/" + slug)).getContentAsString());
		assertThat(page.select("#join-region-error").text()).contains("With a pseudonym, give your region");
		assertThat(page.select("#join-region").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#display-pseudonymous").hasAttr("checked")).as("the pseudonym stays chosen").isTrue();
		assertThat(page.select("#display-named").hasAttr("checked")).isFalse();

		askerClient.perform(
				post("/dialogues/" + slug + "/join").param("displayMode", "PSEUDONYMOUS").param("region", "Nyarugusu"));
		assertThat(this.dialogues.membershipStatus(slug, asker)).isEqualTo("PENDING");

		// Accepting an invitation with a pseudonym asks for the region in the same way.
		String invited = this.accounts.participant("Regionless Invitee");
		this.jdbc.update("update account set region = null where email = ?", invited);
		String token = this.dialogues.invitation(slug, facilitator, 7, 5).getToken();
		WebClient invitedClient = loggedIn(invited);
		MockHttpServletResponse noRegion = invitedClient
			.perform(post("/invitations/" + token).param("displayMode", "PSEUDONYMOUS").param("region", ""));
		assertThat(noRegion.getStatus()).isEqualTo(400);
		assertThat(this.dialogues.membershipStatus(slug, invited)).isNull();
		Document again = Jsoup.parse(noRegion.getContentAsString());
		assertThat(again.select("#join-region-error").text()).contains("With a pseudonym, give your region");
		assertThat(again.select("#display-pseudonymous").hasAttr("checked")).isTrue();
		assertThat(again.select("form[action=/invitations/" + token + "]")).hasSize(1);
		assertThat(this.jdbc.queryForObject("select uses from invitation where token = ?", Integer.class, token))
			.isZero();
		invitedClient
			.perform(post("/invitations/" + token).param("displayMode", "PSEUDONYMOUS").param("region", "Nyarugusu"));
		assertThat(this.dialogues.membershipStatus(slug, invited)).isEqualTo("ACTIVE");
	}

	@Test
	void everyPageCountsTheSameMembersAndTheCardsSayHowManyTakePartOffline() throws Exception {
		String facilitator = this.accounts.create("Counting Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Counted members", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, this.accounts.participant("Counted Member"), DisplayMode.NAMED);
		org.commonground.account.AccountPrincipal bySms = this.accountService.createOffline("SMS · Nyarugusu",
				"ARTISANAL_MINER", null, "sw");
		this.dialogues.as(facilitator, (me) -> {
			this.memberships.admitOffline(slug, bySms, me);
			return null;
		});
		WebClient client = loggedIn(facilitator);
		// The cards on the list and the home page count every active member, the one who
		// takes part by SMS too, and say how many take part that way.
		for (String page : List.of("/dialogues", "/")) {
			Document list = Jsoup.parse(client.perform(get(page)).getContentAsString());
			assertThat(list.select(".dialogue-cards li:has(a[href='/dialogues/" + slug + "']) .meta").eachText())
				.as(page)
				.first()
				.isEqualTo("Geita 3 members (1 by SMS or at meetings)");
		}
		// The dialogue's page, its facilitation page and its summary give the same total.
		assertThat(Jsoup.parse(client.perform(get("/dialogues/" + slug)).getContentAsString())
			.select("a[href='/dialogues/" + slug + "/members']")
			.text()).isEqualTo("3 members");
		assertThat(Jsoup.parse(client.perform(get("/dialogues/" + slug + "/manage")).getContentAsString())
			.select("#members-heading")
			.text()).isEqualTo("Members (3)");
		assertThat(Jsoup.parse(client.perform(get("/dialogues/" + slug + "/summary")).getContentAsString())
			.select(".figures div:has(dt:containsOwn(Members)) dd")
			.text()).isEqualTo("3");
		// Without anyone offline, the card gives the plain count.
		String web = this.dialogues.create(facilitator, "Web only", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		assertThat(Jsoup.parse(client.perform(get("/dialogues")).getContentAsString())
			.select(".dialogue-cards li:has(a[href='/dialogues/" + web + "']) .meta")
			.text()).isEqualTo("Geita 1 member");
	}

	@Test
	void joinPoliciesApprovalRemovalAndLeaving() throws Exception {
		String facilitator = this.accounts.create("Policy Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Approval", Visibility.PUBLIC, JoinPolicy.APPROVAL, false,
				DialogueStatus.OPEN);
		String asker = this.accounts.participant("Asker");
		WebClient askerClient = loggedIn(asker);
		askerClient.perform(post("/dialogues/" + slug + "/join"));
		assertThat(this.dialogues.membershipStatus(slug, asker)).isEqualTo("PENDING");
		assertThat(askerClient.perform(get("/dialogues/" + slug)).getContentAsString())
			.contains("A facilitator will look at your request");

		WebClient facilitatorClient = loggedIn(facilitator);
		assertThat(facilitatorClient.perform(get("/dialogues/" + slug + "/manage")).getContentAsString())
			.contains("Asker");
		// The facilitator's home page counts the request and leads to it.
		assertThat(joinRequestsWaiting(facilitatorClient, slug)).containsExactly("1 request to join");
		long id = this.dialogues.membershipId(slug, asker);
		facilitatorClient.perform(post("/dialogues/" + slug + "/requests/" + id + "/approve"));
		assertThat(this.dialogues.membershipStatus(slug, asker)).isEqualTo("ACTIVE");
		assertThat(joinRequestsWaiting(facilitatorClient, slug)).as("approved").isEmpty();

		facilitatorClient.perform(post("/dialogues/" + slug + "/members/" + id + "/remove"));
		assertThat(facilitatorClient.lastFlash().get("flashError")).isEqualTo("membership.error.reason-required");
		assertThat(this.dialogues.membershipStatus(slug, asker)).isEqualTo("ACTIVE");
		// The error shows beside that member's reason, the page opening at the member,
		// with
		// what was typed kept.
		String tooLong = "Repeated attacks. ".repeat(30).strip();
		// (The page shows the messages left so far.)
		facilitatorClient.perform(get("/dialogues/" + slug + "/manage"));
		facilitatorClient.perform(get("/dialogues/" + slug + "/manage"));
		for (String[] attempt : new String[][] {
				{ " ", "Please give a reason for removing the member; it is recorded." },
				{ tooLong, "Give a reason of at most 500 characters." } }) {
			MockHttpServletResponse refused = facilitatorClient
				.perform(post("/dialogues/" + slug + "/members/" + id + "/remove").param("reason", attempt[0]));
			assertThat(refused.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/manage#member-" + id);
			Document manage = Jsoup
				.parse(facilitatorClient.perform(get("/dialogues/" + slug + "/manage")).getContentAsString());
			org.jsoup.nodes.Element card = manage.selectFirst("#member-" + id);
			org.jsoup.nodes.Element reason = card.selectFirst("#reason-" + id);
			assertThat(reason.attr("aria-invalid")).isEqualTo("true");
			assertThat(reason.attr("aria-describedby")).isEqualTo("reason-error-" + id);
			assertThat(reason.val()).isEqualTo(attempt[0]);
			assertThat(card.select("#reason-error-" + id).text()).endsWith(attempt[1]);
			assertThat(this.dialogues.membershipStatus(slug, asker)).isEqualTo("ACTIVE");
		}
		// Shown once: the page loaded again has no error.
		assertThat(Jsoup.parse(facilitatorClient.perform(get("/dialogues/" + slug + "/manage")).getContentAsString())
			.select(".field-error")).isEmpty();
		facilitatorClient.perform(
				post("/dialogues/" + slug + "/members/" + id + "/remove").param("reason", "Repeated personal attacks"));
		assertThat(this.jdbc.queryForObject("select status || ':' || removal_reason from membership where id = ?",
				String.class, id))
			.isEqualTo("REMOVED:Repeated personal attacks");
		askerClient.perform(post("/dialogues/" + slug + "/join"));
		assertThat(this.dialogues.membershipStatus(slug, asker)).isEqualTo("REMOVED");

		String open = this.dialogues.create(facilitator, "Open door", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		String leaver = this.accounts.participant("Leaver");
		WebClient leaverClient = loggedIn(leaver);
		leaverClient.perform(post("/dialogues/" + open + "/join"));
		assertThat(this.dialogues.membershipStatus(open, leaver)).isEqualTo("ACTIVE");
		leaverClient.perform(post("/dialogues/" + open + "/leave"));
		assertThat(this.dialogues.membershipStatus(open, leaver)).isEqualTo("REMOVED");
		leaverClient.perform(post("/dialogues/" + open + "/join"));
		assertThat(this.dialogues.membershipStatus(open, leaver)).as("who left may come back").isEqualTo("ACTIVE");

		String invite = this.dialogues.create(facilitator, "Invite only", Visibility.PUBLIC, JoinPolicy.INVITE, false,
				DialogueStatus.OPEN);
		leaverClient.perform(post("/dialogues/" + invite + "/join"));
		assertThat(leaverClient.lastFlash().get("flashError")).isEqualTo("membership.error.invite-only");
		assertThat(this.dialogues.membershipStatus(invite, leaver)).isNotEqualTo("ACTIVE");
	}

	@Test
	void aPseudonymHidesTheNameFromEveryoneButFacilitatorsAndAdmins() throws Exception {
		String facilitator = this.accounts.create("Pseudonym Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Pseudonyms", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String miner = this.accounts.participant("Mwanaidi Secret");
		loggedIn(miner).perform(post("/dialogues/" + slug + "/join").param("displayMode", "PSEUDONYMOUS"));
		String otherMember = this.accounts.participant("Curious Member");
		WebClient other = loggedIn(otherMember);
		other.perform(post("/dialogues/" + slug + "/join"));

		for (WebClient viewer : List.of(other, new WebClient(this.mvc))) {
			String page = viewer.perform(get("/dialogues/" + slug + "/members")).getContentAsString();
			assertThat(page).contains("Artisanal miner · Geita").doesNotContain("Mwanaidi Secret");
		}
		String facilitatorView = loggedIn(facilitator).perform(get("/dialogues/" + slug + "/members"))
			.getContentAsString();
		assertThat(facilitatorView).contains("Artisanal miner · Geita").contains("Mwanaidi Secret");
		String adminView = loggedIn(this.accounts.admin("Pseudonym Admin"))
			.perform(get("/dialogues/" + slug + "/members"))
			.getContentAsString();
		assertThat(adminView).contains("Mwanaidi Secret");

		String named = this.dialogues.create(facilitator, "No pseudonyms", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		loggedIn(miner).perform(post("/dialogues/" + named + "/join").param("displayMode", "PSEUDONYMOUS"));
		assertThat(this.jdbc.queryForObject("""
				select m.display_mode from membership m join dialogue d on d.id = m.dialogue_id
				where d.slug = ? and m.status = 'ACTIVE' and m.role = 'PARTICIPANT'""", String.class, named))
			.isEqualTo("NAMED");
	}

	@Test
	void joiningUnderAPseudonymAsksForTheRegionWhenTheProfileHasNone() throws Exception {
		String facilitator = this.accounts.create("Region Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Regions", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String miner = this.accounts.participant("Rehema Without Region");
		this.jdbc.update("update account set region = null where email = ?", miner);
		WebClient client = loggedIn(miner);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup
			.parse(client.perform(get("/dialogues/" + slug)).getContentAsString());
		assertThat(page.select("form.join-form input#join-region[name=region]")).hasSize(1);
		assertThat(page.select("label[for=join-region]").text()).contains("region");

		client.perform(
				post("/dialogues/" + slug + "/join").param("displayMode", "PSEUDONYMOUS").param("region", " Chunya "));
		assertThat(this.jdbc.queryForObject("select region from account where email = ?", String.class, miner))
			.isEqualTo("Chunya");
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + slug + "/members")).getContentAsString())
			.contains("Artisanal miner · Chunya")
			.doesNotContain("Rehema Without Region");
		String other = this.dialogues.create(facilitator, "Regions again", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		assertThat(org.jsoup.Jsoup.parse(client.perform(get("/dialogues/" + other)).getContentAsString())
			.select("#join-region")).as("the session knows the region now").isEmpty();
	}

	@Test
	void facilitatorsAreNamedOnlyAdminsRemoveThemAndRemovedMembersStayOut() throws Exception {
		String facilitator = this.accounts.create("Lead Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Roles", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String hidden = this.accounts.participant("Hidden Helper");
		loggedIn(hidden).perform(post("/dialogues/" + slug + "/join").param("displayMode", "PSEUDONYMOUS"));
		WebClient lead = loggedIn(facilitator);
		long helperId = this.dialogues.membershipId(slug, hidden);
		lead.perform(post("/dialogues/" + slug + "/members/" + helperId + "/facilitator").param("confirmed", "true"));
		assertThat(this.jdbc.queryForObject("select role || ':' || display_mode from membership where id = ?",
				String.class, helperId))
			.isEqualTo("FACILITATOR:NAMED");
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + slug)).getContentAsString())
			.contains("Hidden Helper");

		lead.perform(post("/dialogues/" + slug + "/members/" + helperId + "/remove").param("reason", "Power play"));
		assertThat(lead.lastFlash().get("flashError")).isEqualTo("membership.error.facilitator");
		assertThat(this.dialogues.membershipStatus(slug, hidden)).isEqualTo("ACTIVE");

		String troll = this.accounts.participant("Troll");
		loggedIn(troll).perform(post("/dialogues/" + slug + "/join"));
		lead.perform(post("/dialogues/" + slug + "/members/" + this.dialogues.membershipId(slug, troll) + "/remove")
			.param("reason", "Harassment"));
		String link = this.dialogues.invitation(slug, facilitator, 5, null).getToken();
		MockHttpServletResponse again = loggedIn(troll).perform(post("/invitations/" + link));
		assertThat(again.getStatus()).isEqualTo(410);
		assertThat(this.dialogues.membershipStatus(slug, troll)).isEqualTo("REMOVED");
	}

	@Test
	void anAdminWithdrawsAFacilitationAndTheFacilitatorStaysAMember() throws Exception {
		String facilitator = this.accounts.create("Withdrawn Lead", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Withdrawal", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String helper = this.accounts.participant("Former Helper");
		loggedIn(helper).perform(post("/dialogues/" + slug + "/join"));
		long helperId = this.dialogues.membershipId(slug, helper);
		WebClient lead = loggedIn(facilitator);
		lead.perform(post("/dialogues/" + slug + "/members/" + helperId + "/facilitator").param("confirmed", "true"));
		String withdraw = "/dialogues/" + slug + "/members/" + helperId + "/facilitation/withdraw";
		// Facilitators do not withdraw one another: admins appoint and withdraw.
		assertThat(lead.perform(post(withdraw)).getStatus()).isIn(403, 404);
		assertThat(this.jdbc.queryForObject("select role from membership where id = ?", String.class, helperId))
			.isEqualTo("FACILITATOR");
		assertThat(Jsoup.parse(lead.perform(get("/dialogues/" + slug + "/manage")).getContentAsString())
			.select("form.withdraw-facilitation")).isEmpty();

		WebClient admin = loggedIn(this.accounts.admin("Withdrawing Admin"));
		Document manage = Jsoup.parse(admin.perform(get("/dialogues/" + slug + "/manage")).getContentAsString());
		assertThat(manage.select("#member-" + helperId + " form.withdraw-facilitation button").text())
			.isEqualTo("Withdraw facilitation");
		assertThat(manage.select("#member-" + helperId + " form.withdraw-facilitation input[name=_csrf]")).hasSize(1);
		MockHttpServletResponse done = admin.perform(post(withdraw));
		assertThat(done.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/manage");
		assertThat(admin.lastFlash().get("flashSuccess")).isEqualTo("facilitator.withdrawn");
		assertThat(this.jdbc.queryForObject("select role || ':' || status from membership where id = ?", String.class,
				helperId))
			.isEqualTo("PARTICIPANT:ACTIVE");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'FACILITATION_WITHDRAWN' and subject_account_id = "
						+ "(select account_id from membership where id = ?)",
				Long.class, helperId))
			.isEqualTo(1);
		admin.perform(post(withdraw));
		assertThat(admin.lastFlash().get("flashError")).isEqualTo("facilitator.error.not-facilitator");
		// The one facilitator left stays: a dialogue nobody facilitates has nobody to
		// answer.
		long leadId = this.dialogues.membershipId(slug, facilitator);
		admin.perform(post("/dialogues/" + slug + "/members/" + leadId + "/facilitation/withdraw"));
		assertThat(admin.lastFlash().get("flashError")).isEqualTo("facilitator.error.last");
		assertThat(this.jdbc.queryForObject("select role from membership where id = ?", String.class, leadId))
			.isEqualTo("FACILITATOR");
	}

	@Test
	void anUnknownEmailForAFacilitatorIsToldBesideTheFieldWithTheEmailKept() throws Exception {
		String facilitator = this.accounts.create("Appointing Lead", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Appointments", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		WebClient admin = loggedIn(this.accounts.admin("Appointing Admin"));
		MockHttpServletResponse refused = admin
			.perform(post("/dialogues/" + slug + "/facilitators").param("email", "nobody@test.example"));
		assertThat(refused.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/manage#appoint");
		Document page = Jsoup.parse(admin.perform(get("/dialogues/" + slug + "/manage")).getContentAsString());
		assertThat(page.select("#appoint-email-error").text()).endsWith("There is no account with that email address.");
		assertThat(page.select("#appoint-email").val()).isEqualTo("nobody@test.example");
		assertThat(page.select("#appoint-email").attr("aria-describedby")).isEqualTo("appoint-email-error");
		assertThat(page.select(".alert.error")).as("not a banner at the top").isEmpty();
	}

	@Test
	void turningPseudonymityOffKeepsEarlierPseudonyms() throws Exception {
		String facilitator = this.accounts.create("Toggle Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Toggle", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String miner = this.accounts.participant("Kept Secret");
		loggedIn(miner).perform(post("/dialogues/" + slug + "/join").param("displayMode", "PSEUDONYMOUS"));
		loggedIn(facilitator).perform(post("/dialogues/" + slug + "/edit").param("title", "Toggle off")
			.param("summary", "No new pseudonyms")
			.param("visibility", "PUBLIC")
			.param("joinPolicy", "OPEN")
			.param("version", Long.toString(this.dialogues.version(slug))));
		assertThat(this.jdbc.queryForObject("select pseudonymity_allowed from dialogue where slug = ?", Boolean.class,
				slug))
			.isFalse();
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + slug + "/members")).getContentAsString())
			.contains("Artisanal miner · Geita")
			.doesNotContain("Kept Secret");
	}

	@Test
	void closedDialoguesAreReadOnlyAndArchivedOnesLeaveTheLists() throws Exception {
		String facilitator = this.accounts.create("Lifecycle Facilitator", AccountRole.FACILITATOR);
		String closed = this.dialogues.create(facilitator, "Closed one", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.CLOSED);
		String archived = this.dialogues.create(facilitator, "Archived one", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.ARCHIVED);
		WebClient reader = loggedIn(this.accounts.participant("Late Reader"));
		assertThat(reader.perform(get("/dialogues/" + closed)).getContentAsString())
			.contains("This dialogue is closed");
		reader.perform(post("/dialogues/" + closed + "/join"));
		assertThat(reader.lastFlash().get("flashError")).isEqualTo("membership.error.not-open");
		assertThat(reader.perform(get("/dialogues").param("status", "CLOSED")).getContentAsString()).contains(closed)
			.doesNotContain(archived);
		assertThat(reader.perform(get("/dialogues")).getContentAsString()).doesNotContain(archived);
		assertThat(reader.perform(get("/dialogues/" + archived)).getStatus()).isEqualTo(200);

		WebClient facilitatorClient = loggedIn(facilitator);
		facilitatorClient.perform(post("/dialogues/" + archived + "/status").param("status", "OPEN"));
		assertThat(facilitatorClient.lastFlash().get("flashError")).isEqualTo("dialogue.status.not-allowed");
	}

	@Test
	void theListFiltersByThemeCountryAndMembership() throws Exception {
		String facilitator = this.accounts.create("List Facilitator", AccountRole.FACILITATOR);
		String finance = this.dialogues.create(facilitator, "Finance filter", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		String member = this.accounts.participant("Lister");
		WebClient client = loggedIn(member);
		assertThat(client.perform(get("/dialogues").param("theme", "FINANCE")).getContentAsString()).contains(finance);
		assertThat(client.perform(get("/dialogues").param("theme", "GENDER")).getContentAsString())
			.doesNotContain(finance);
		assertThat(client.perform(get("/dialogues").param("country", "GH")).getContentAsString())
			.doesNotContain(finance);
		assertThat(client.perform(get("/dialogues").param("mine", "true")).getContentAsString())
			.doesNotContain(finance);
		client.perform(post("/dialogues/" + finance + "/join"));
		assertThat(client.perform(get("/dialogues").param("mine", "true")).getContentAsString()).contains(finance);
		assertThat(client.perform(get("/")).getContentAsString()).contains(finance);
	}

	@Test
	void concurrentEditsNeverOverwriteEachOtherSilently() throws Exception {
		String facilitator = this.accounts.create("Editor One", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Edited", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		long version = this.dialogues.version(slug);
		WebClient one = loggedIn(facilitator);
		MockHttpServletResponse first = one.perform(post("/dialogues/" + slug + "/edit").param("title", "First title")
			.param("summary", "First summary")
			.param("visibility", "PUBLIC")
			.param("joinPolicy", "OPEN")
			.param("description", "Hello <script>alert(1)</script> [x](javascript:alert(1)) **bold**")
			.param("version", Long.toString(version)));
		assertThat(first.getRedirectedUrl()).isEqualTo("/dialogues/" + slug);
		MockHttpServletResponse second = one.perform(post("/dialogues/" + slug + "/edit").param("title", "Second title")
			.param("summary", "My careful second summary")
			.param("visibility", "PUBLIC")
			.param("joinPolicy", "OPEN")
			.param("version", Long.toString(version)));
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString()).contains("Someone else saved this dialogue")
			.contains("My careful second summary")
			.contains("First summary");
		assertThat(this.jdbc.queryForObject("select title from dialogue where slug = ?", String.class, slug))
			.isEqualTo("First title");
		String html = this.jdbc.queryForObject("select description_html from dialogue where slug = ?", String.class,
				slug);
		assertThat(html).contains("<strong>bold</strong>").doesNotContain("<script").doesNotContain("javascript:");
	}

	@Test
	void theRepresentationPanelWarnsAboutMissingGroupsAndFewMiners() throws Exception {
		String facilitator = this.accounts.create("Panel Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Panel", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		WebClient facilitatorClient = loggedIn(facilitator);
		facilitatorClient.perform(post("/dialogues/" + slug + "/expected-groups").param("groups", "ARTISANAL_MINER")
			.param("groups", "GOVERNMENT"));
		String page = new WebClient(this.mvc).perform(get("/dialogues/" + slug)).getContentAsString();
		assertThat(page).contains("No member yet from: Artisanal miner, Government.")
			.contains("only 0% of the members")
			.contains("<figcaption id=\"chart-members\">Share of the members (1 member in all)</figcaption>")
			.contains("<table>");
		String miner = this.accounts.participant("Panel Miner");
		loggedIn(miner).perform(post("/dialogues/" + slug + "/join"));
		String after = new WebClient(this.mvc).perform(get("/dialogues/" + slug)).getContentAsString();
		assertThat(after).contains("No member yet from: Government.").doesNotContain("only 0% of the members");
	}

	/**
	 * A link to a draft (W4 #3): the facilitator is told it works once the dialogue
	 * opens; the page shows nobody else the draft's title or summary, says it is not open
	 * yet and that the same link will work, and joins nobody; once opened, the same link
	 * admits.
	 */
	@Test
	void anInvitationToADraftHidesTheDraftAndWorksOnceItOpens() throws Exception {
		String facilitator = this.accounts.create("Draft Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Secret draft", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE,
				true, DialogueStatus.DRAFT);
		String title = this.jdbc.queryForObject("select title from dialogue where slug = ?", String.class, slug);
		WebClient lead = loggedIn(facilitator);
		lead.perform(post("/dialogues/" + slug + "/invitations").param("validDays", "7").param("maxUses", "5"));
		assertThat(lead.lastFlash().get("flashSuccess")).isEqualTo("invitation.created.draft");
		Document manage = Jsoup.parse(lead.perform(get("/dialogues/" + slug + "/manage")).getContentAsString());
		assertThat(manage.select(".invitation-draft").text()).contains("its invitation links work once you open it");
		String token = this.jdbc.queryForObject(
				"select i.token from invitation i join dialogue d on d.id = i.dialogue_id where d.slug = ?",
				String.class, slug);

		String member = this.accounts.participant("Curious Member");
		WebClient curious = loggedIn(member);
		for (WebClient reader : List.of(new WebClient(this.mvc), curious)) {
			MockHttpServletResponse page = reader.perform(get("/invitations/" + token));
			assertThat(page.getStatus()).isEqualTo(200);
			Document landing = Jsoup.parse(page.getContentAsString());
			assertThat(landing.select("h1").text()).isEqualTo("This dialogue is not open yet");
			assertThat(landing.text()).contains("the same link will work once the dialogue opens")
				.doesNotContain(title, "A dialogue for tests", "Ask the facilitator");
			assertThat(landing.select("form[action=/invitations/" + token + "]")).isEmpty();
		}
		MockHttpServletResponse refused = curious.perform(post("/invitations/" + token));
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("not open yet").doesNotContain(title, "Ask the facilitator");
		assertThat(this.dialogues.membershipStatus(slug, member)).isNull();
		// Its facilitators see which draft it is.
		Document own = Jsoup.parse(lead.perform(get("/invitations/" + token)).getContentAsString());
		assertThat(own.select("h2").text()).isEqualTo(title);
		assertThat(own.text()).contains("You facilitate this draft");

		this.dialogues.as(facilitator, (me) -> {
			this.dialogueService.changeStatus(slug, DialogueStatus.OPEN, me);
			return null;
		});
		assertThat(Jsoup.parse(curious.perform(get("/invitations/" + token)).getContentAsString()).select("h2").text())
			.isEqualTo(title);
		assertThat(curious.perform(post("/invitations/" + token)).getRedirectedUrl()).isEqualTo("/dialogues/" + slug);
		assertThat(this.dialogues.membershipStatus(slug, member)).isEqualTo("ACTIVE");
	}

	/**
	 * A closed dialogue's link says nobody can join, without sending people to ask for a
	 * new link that would not help.
	 */
	@Test
	void aClosedDialoguesLinkDoesNotSendPeopleToAskForANewOne() throws Exception {
		String facilitator = this.accounts.create("Closing Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Closing", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE, false,
				DialogueStatus.OPEN);
		String token = this.dialogues.invitation(slug, facilitator, 7, null).getToken();
		this.dialogues.as(facilitator, (me) -> {
			this.dialogueService.changeStatus(slug, DialogueStatus.CLOSED, me);
			return null;
		});
		MockHttpServletResponse refused = loggedIn(this.accounts.participant("Late Joiner"))
			.perform(post("/invitations/" + token));
		assertThat(refused.getStatus()).isEqualTo(410);
		assertThat(refused.getContentAsString()).contains("This dialogue is not open, so nobody can join it now.")
			.doesNotContain("for a new link");
	}

	/**
	 * A refused invitation form opens at the top of the page: a summary of its errors
	 * there links to the field further down (W4 #9).
	 */
	@Test
	void aRefusedInvitationFormHasAnErrorSummaryAtTheTop() throws Exception {
		String facilitator = this.accounts.create("Summary Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Summarised", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE,
				false, DialogueStatus.OPEN);
		Document page = Jsoup
			.parse(loggedIn(facilitator).perform(post("/dialogues/" + slug + "/invitations").param("validDays", "91"))
				.getContentAsString());
		assertThat(page.select(".error-summary")).hasSize(1);
		assertThat(page.select(".error-summary a[href=#validDays]").text())
			.contains("Please give a number of days from 1 to 90.");
		assertThat(page.select(".error-summary").first().siblingIndex())
			.as("before the join requests, where the page opens")
			.isLessThan(page.select("#requests").first().siblingIndex());
		assertThat(page.select("#validDays").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#validDays").val()).isEqualTo("91");
		assertThat(
				Jsoup.parse(loggedIn(facilitator).perform(get("/dialogues/" + slug + "/manage")).getContentAsString())
					.select(".error-summary"))
			.as("none before anything is sent")
			.isEmpty();
	}

	/**
	 * Making a facilitator (W4 #4) asks to confirm what the role allows; without the box
	 * ticked nothing changes and the error is beside the box. An account that cannot sign
	 * in (SMS, meetings) is not offered the role, and the service refuses it.
	 */
	@Test
	void makingAFacilitatorIsConfirmedAndNeverGivenToAnOfflineAccount() throws Exception {
		String facilitator = this.accounts.create("Careful Lead", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Careful", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String helper = this.accounts.participant("Maybe Helper");
		loggedIn(helper).perform(post("/dialogues/" + slug + "/join").param("displayMode", "NAMED"));
		long helperId = this.dialogues.membershipId(slug, helper);
		org.commonground.account.AccountPrincipal offline = this.accountService.createOffline("SMS Nyarugusu",
				"ARTISANAL_MINER", "Nyarugusu", "sw");
		this.dialogues.as(facilitator, (me) -> {
			this.memberships.admitOffline(slug, offline, me);
			return null;
		});
		long offlineId = this.jdbc.queryForObject(
				"select m.id from membership m join dialogue d on d.id = m.dialogue_id where d.slug = ? and m.account_id = ?",
				Long.class, slug, offline.getId());
		WebClient lead = loggedIn(facilitator);
		Document manage = Jsoup.parse(lead.perform(get("/dialogues/" + slug + "/manage")).getContentAsString());
		Element offer = manage.selectFirst("#member-" + helperId + " details.make-facilitator");
		assertThat(offer).isNotNull();
		assertThat(offer.attr("open")).as("closed until asked").isEmpty();
		assertThat(offer.select("summary").text()).isEqualTo("Make facilitator");
		assertThat(offer.select("form p").first().text()).contains("real names behind every pseudonym", "moderates",
				"exports");
		assertThat(offer.select("input[type=checkbox][name=confirmed]")).hasSize(1);
		assertThat(manage.select("#member-" + offlineId + " details.make-facilitator")).isEmpty();
		assertThat(manage.select("#member-" + offlineId + " .offline-member").text()).contains("cannot sign in");

		String makeHelper = "/dialogues/" + slug + "/members/" + helperId + "/facilitator";
		assertThat(lead.perform(post(makeHelper)).getRedirectedUrl())
			.isEqualTo("/dialogues/" + slug + "/manage#member-" + helperId);
		assertThat(this.jdbc.queryForObject("select role from membership where id = ?", String.class, helperId))
			.isEqualTo("PARTICIPANT");
		Document again = Jsoup.parse(lead.perform(get("/dialogues/" + slug + "/manage")).getContentAsString());
		Element reopened = again.selectFirst("#member-" + helperId + " details.make-facilitator");
		assertThat(reopened.hasAttr("open")).isTrue();
		assertThat(reopened.select("#facilitator-confirm-" + helperId + "-error").text())
			.contains("Tick the box to confirm");
		assertThat(reopened.select("#facilitator-confirm-" + helperId).attr("aria-invalid")).isEqualTo("true");

		lead.perform(post(makeHelper).param("confirmed", "true"));
		assertThat(lead.lastFlash().get("flashSuccess")).isEqualTo("membership.made-facilitator");
		assertThat(this.jdbc.queryForObject("select role from membership where id = ?", String.class, helperId))
			.isEqualTo("FACILITATOR");

		lead.perform(post("/dialogues/" + slug + "/members/" + offlineId + "/facilitator").param("confirmed", "true"));
		assertThat(lead.lastFlash().get("flashError")).isEqualTo("membership.error.offline-facilitator");
		assertThat(this.jdbc.queryForObject("select role from membership where id = ?", String.class, offlineId))
			.isEqualTo("PARTICIPANT");
		String offlineEmail = this.jdbc.queryForObject("select email from account where id = ?", String.class,
				offline.getId());
		WebClient admin = loggedIn(this.accounts.admin("Appointing Careful Admin"));
		admin.perform(post("/dialogues/" + slug + "/facilitators").param("email", offlineEmail));
		assertThat(this.jdbc.queryForObject("select role from membership where id = ?", String.class, offlineId))
			.isEqualTo("PARTICIPANT");
	}

	private WebClient loggedIn(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

	/** What the client's home page says waits among the dialogue's requests to join. */
	private static java.util.List<String> joinRequestsWaiting(WebClient client, String slug) throws Exception {
		return org.jsoup.Jsoup.parse(client.perform(get("/")).getContentAsString())
			.select(".waiting a[href='/dialogues/" + slug + "/manage#requests']")
			.eachText();
	}

}
