package org.commonground.challenge.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeService;
import org.commonground.comment.CommentForm;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.web.CommentPostingFlow;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Posting a comment or reply on a challenge, with or without JavaScript. */
@Controller
class ChallengeCommentController {

	private final ChallengeService challenges;

	private final CommentPostingFlow posting;

	ChallengeCommentController(ChallengeService challenges, CommentPostingFlow posting) {
		this.challenges = challenges;
		this.posting = posting;
	}

	@PostMapping("/dialogues/{slug}/challenges/{id}/comments")
	String createComment(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		return this.posting.post(slug, viewer, form, errors, htmx, CommentTarget.of(ChallengeService.TARGET_TYPE, id),
				"/dialogues/" + slug + "/challenges/" + id,
				() -> this.challenges.comment(slug, viewer, id, form.toNewComment()), model, locale);
	}

}
