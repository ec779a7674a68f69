package org.commonground.comment.web;

import java.time.Duration;

import org.commonground.account.TestPrincipals;
import org.commonground.comment.CommentEditing;
import org.commonground.comment.CommentPosting;
import org.commonground.comment.CommentRuleException;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentThreads;
import org.commonground.comment.CommentTranslations;
import org.commonground.comment.NewComment;
import org.commonground.comment.PostedComment;
import org.commonground.shared.security.WebSlice;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.RateLimitExceededException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comment routes as a web slice: the controller behind the application's security
 * filter chain, with its services replaced. The fast example for future controllers: it
 * checks binding, the answer to each outcome and the security rules, not the services
 * (the {@code *IT} tests do that against the database).
 */
@WebMvcTest(CommentController.class)
@Import(WebSlice.class)
class CommentControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CommentPosting posting;

	@MockitoBean
	CommentThreads threads;

	@MockitoBean
	CommentEditing editing;

	@MockitoBean
	CommentTranslations translations;

	private final org.springframework.test.web.servlet.request.RequestPostProcessor member = user(
			TestPrincipals.participant(7L, "Member"));

	@Test
	void aCommentOnATargetIsPostedOnceAndShownWhereItLands() throws Exception {
		CommentTarget challenge = CommentTarget.of("CHALLENGE", 12);
		given(this.posting.post(eq("geita"), any(), eq(challenge), any()))
			.willReturn(new PostedComment(99, null, false, false, challenge, "/dialogues/geita/challenges/12"));
		this.mvc
			.perform(post("/dialogues/geita/comments").with(this.member)
				.with(csrf())
				.param("targetType", "CHALLENGE")
				.param("targetId", "12")
				.param("body", "Same in Nyarugusu.")
				.param("formToken", "form1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/dialogues/geita/challenges/12#comment-99"));
		verify(this.posting).post(eq("geita"), any(), eq(challenge),
				eq(new NewComment("Same in Nyarugusu.", null, "form1")));
	}

	@Test
	void aReplyNamesItsParentAndLandsOnTheParentsPage() throws Exception {
		CommentTarget paragraph = new CommentTarget("VISION", 3, "p2", 2);
		given(this.posting.post(eq("geita"), any(), eq(null), any()))
			.willReturn(new PostedComment(101, 40L, false, false, paragraph, "/dialogues/geita/vision/versions/2"));
		this.mvc
			.perform(post("/dialogues/geita/comments").with(this.member)
				.with(csrf())
				.param("parentId", "40")
				.param("body", "Agreed."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/dialogues/geita/comments/40?after=100#comment-101"));
	}

	@Test
	void withoutTheCsrfTokenOrSignedOutNothingIsPosted() throws Exception {
		this.mvc
			.perform(post("/dialogues/geita/comments").with(this.member)
				.param("targetType", "CHALLENGE")
				.param("targetId", "12")
				.param("body", "Forged"))
			.andExpect(status().isForbidden());
		int signedOut = this.mvc
			.perform(post("/dialogues/geita/comments").with(csrf())
				.param("targetType", "CHALLENGE")
				.param("targetId", "12")
				.param("body", "Anonymous"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(signedOut).as("a visitor is sent to log in").isEqualTo(302);
		verify(this.posting, never()).post(any(), any(), any(), any());
	}

	@Test
	void aMalformedTargetNeverReachesTheService() throws Exception {
		// As the real service answers for a type that no module owns.
		given(this.threads.context(any(), any(), any())).willThrow(new NotFoundException());
		this.mvc
			.perform(post("/dialogues/geita/comments").with(this.member)
				.with(csrf())
				.param("targetType", "challenge; drop table")
				.param("targetId", "12")
				.param("body", "Hello"))
			.andExpect(status().isNotFound());
		verify(this.posting, never()).post(any(), any(), any(), any());
	}

	@Test
	void aCommentTheViewerMayNotSeeIsNotFound() throws Exception {
		given(this.threads.replies(eq("geita"), any(), anyLong(), any(), any())).willThrow(new NotFoundException());
		this.mvc.perform(get("/dialogues/geita/comments/5")).andExpect(status().isNotFound());
	}

	@Test
	void pastThePostingLimitThePageSaysSoWith429() throws Exception {
		given(this.posting.post(any(), any(), any(), any()))
			.willThrow(new RateLimitExceededException(Duration.ofMinutes(3)));
		this.mvc
			.perform(post("/dialogues/geita/comments").with(this.member)
				.with(csrf())
				.param("targetType", "CHALLENGE")
				.param("targetId", "12")
				.param("body", "One too many"))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void aRefusedCommentIsNotStoredAndTheFormComesBackWithTheReason() throws Exception {
		given(this.posting.post(any(), any(), any(), any()))
			.willThrow(new CommentRuleException("comment.error.target-closed"));
		given(this.threads.context(any(), any(), any())).willThrow(new NotFoundException());
		// The form page needs the target's context; here the target vanished meanwhile.
		this.mvc
			.perform(post("/dialogues/geita/comments").with(this.member)
				.with(csrf())
				.param("targetType", "CHALLENGE")
				.param("targetId", "12")
				.param("body", "Too late"))
			.andExpect(status().isNotFound());
		verify(this.threads).context(eq("geita"), any(), eq(CommentTarget.of("CHALLENGE", 12)));
	}

}
