package org.commonground.moderation;

import java.util.ArrayList;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A comment lives where its challenge does: once a facilitator hides the challenge, every
 * route that shows the comment (its page, history, edit form, report form and the review
 * form of its author) answers 404 to members, as the challenge does; moderators still
 * reach both.
 */
class HiddenChallengeCommentIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Test
	void everyRouteOfACommentUnderAHiddenChallengeAnswers404ToMembersButNotToModerators() throws Exception {
		String facilitator = this.accounts.create("Hiding Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Challenge Author", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String commenter = this.accounts.create("Comment Author", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		String replier = this.accounts.create("Hidden Reply Author", AccountRole.PARTICIPANT, "BUYER");
		String member = this.accounts.create("Curious Member", AccountRole.PARTICIPANT, "GOVERNMENT");
		String slug = this.dialogues.create(facilitator, "Hidden challenges", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		for (String email : List.of(miner, commenter, replier, member)) {
			this.dialogues.addMember(slug, facilitator, email, DisplayMode.NAMED);
		}
		long challenge = this.challenges.raise(slug, miner, "Offensive challenge");
		long comment = this.challenges.comment(slug, commenter, challenge, null, "A comment under it");
		long reply = this.challenges.comment(slug, replier, challenge, comment, "A reply that gets hidden");
		String base = "/dialogues/" + slug;
		String commentPath = base + "/comments/" + comment;
		String replyPath = base + "/comments/" + reply;

		WebClient moderator = client(facilitator);
		assertThat(
				moderator.perform(post(base + "/moderation/comments/" + reply + "/hide").param("reason", "OFF_TOPIC"))
					.getStatus())
			.isEqualTo(302);
		WebClient replyAuthor = client(replier);
		assertThat(replyAuthor.perform(get(replyPath + "/review")).getStatus())
			.as("the author may ask for a review while the challenge is shown")
			.isEqualTo(200);
		WebClient reader = client(member);
		assertThat(reader.perform(get(commentPath + "/report")).getStatus()).isEqualTo(200);

		assertThat(
				moderator.perform(post(base + "/moderation/challenges/" + challenge + "/hide").param("reason", "ABUSE"))
					.getStatus())
			.isEqualTo(302);

		List<String> wrong = new ArrayList<>();
		expect(wrong, reader, "GET challenge", get(base + "/challenges/" + challenge), 404);
		expect(wrong, reader, "GET report form", get(commentPath + "/report"), 404);
		expect(wrong, reader, "POST report", post(commentPath + "/report").param("reason", "SPAM"), 404);
		expect(wrong, reader, "GET comment page", get(commentPath), 404);
		expect(wrong, reader, "GET comment history", get(commentPath + "/history"), 404);
		WebClient author = client(commenter);
		expect(wrong, author, "GET own comment", get(commentPath), 404);
		expect(wrong, author, "GET edit form", get(commentPath + "/edit"), 404);
		expect(wrong, author, "POST edit", post(commentPath + "/edit").param("body", "Edited").param("version", "0"),
				404);
		expect(wrong, replyAuthor, "GET review form", get(replyPath + "/review"), 404);
		expect(wrong, replyAuthor, "POST review", post(replyPath + "/review").param("note", "Please look again"), 404);
		expect(wrong, moderator, "moderator GET comment case", get(base + "/moderation/comments/" + comment), 200);
		expect(wrong, moderator, "moderator GET comment page", get(commentPath), 200);
		expect(wrong, moderator, "moderator GET challenge", get(base + "/challenges/" + challenge), 200);
		assertThat(wrong).isEmpty();
		assertThat(reader.perform(get(commentPath + "/report")).getContentAsString())
			.doesNotContain("A comment under it");
	}

	private static void expect(List<String> wrong, WebClient client, String name,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int expected)
			throws Exception {
		int status = client.perform(request).getStatus();
		if (status != expected) {
			wrong.add(name + ": " + status + " (expected " + expected + ")");
		}
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
