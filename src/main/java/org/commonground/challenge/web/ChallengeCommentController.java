package org.commonground.challenge.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeService;
import org.commonground.comment.CommentForm;
import org.commonground.comment.CommentReplies;
import org.commonground.comment.CommentRuleException;
import org.commonground.comment.CommentService;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.PostedComment;
import org.commonground.shared.security.PostingLimit;
import org.commonground.shared.web.RateLimitExceededException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Posting a comment or reply on a challenge. Without JavaScript: post/redirect/get, and a
 * form with errors comes back on a page of its own with the text kept. With htmx: the
 * comment appears in place and a fresh form replaces the used one.
 */
@Controller
class ChallengeCommentController {

	private final ChallengeService challenges;

	private final CommentService comments;

	private final PostingLimit postingLimit;

	private final MessageSource messages;

	ChallengeCommentController(ChallengeService challenges, CommentService comments, PostingLimit postingLimit,
			MessageSource messages) {
		this.challenges = challenges;
		this.comments = comments;
		this.postingLimit = postingLimit;
		this.messages = messages;
	}

	@PostMapping("/dialogues/{slug}/challenges/{id}/comments")
	String createComment(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		boolean inPlace = "true".equals(htmx);
		String error = null;
		if (errors.hasErrors()) {
			FieldError first = errors.getFieldErrors().get(0);
			error = this.messages.getMessage(first, locale);
		}
		else {
			try {
				this.postingLimit.take(viewer.getId());
				PostedComment posted = this.challenges.comment(slug, viewer, id, form.toNewComment());
				if (inPlace) {
					model.addAttribute("posted", this.comments.single(slug, viewer, posted.id(), locale));
					model.addAttribute("parentId", posted.parentId());
					return "comment/fragments :: posted";
				}
				if (posted.parentId() == null) {
					return "redirect:/dialogues/" + slug + "/challenges/" + id + "#comment-" + posted.id();
				}
				return "redirect:/dialogues/" + slug + "/comments/" + posted.parentId() + "?after=" + (posted.id() - 1)
						+ "#comment-" + posted.id();
			}
			catch (CommentRuleException ex) {
				error = this.messages.getMessage(ex.getMessageKey(), null, locale);
			}
			catch (RateLimitExceededException ex) {
				if (!inPlace) {
					throw ex;
				}
				// htmx does not show error responses: say it in the form, text kept.
				error = this.messages.getMessage("error.429.text", null, locale);
			}
		}
		CommentReplies parent = (form.getParentId() != null)
				? this.comments.single(slug, viewer, form.getParentId(), locale) : null;
		model.addAttribute("commentError", error);
		model.addAttribute("parent", parent);
		model.addAttribute("target",
				this.comments.context(slug, viewer, CommentTarget.of(ChallengeService.TARGET_TYPE, id)));
		return inPlace ? "comment/fragments :: form-again" : "comment/compose";
	}

}
