package org.commonground.comment.web;

import java.util.Locale;
import java.util.function.Supplier;

import org.commonground.account.AccountPrincipal;
import org.commonground.comment.CommentForm;
import org.commonground.comment.CommentReplies;
import org.commonground.comment.CommentRuleException;
import org.commonground.comment.CommentService;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.PostedComment;
import org.commonground.shared.security.PostingLimit;
import org.commonground.shared.web.RateLimitExceededException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What happens when a comment form is posted, for every module's posting route. Without
 * JavaScript: post/redirect/get, and a form with an error comes back on a page of its own
 * with the text kept. With htmx ({@code HX-Request}): the new comment is added in place
 * and a fresh form replaces the used one, or the form comes back with its error.
 */
@Component
public class CommentPostingFlow {

	private final CommentService comments;

	private final PostingLimit postingLimit;

	private final MessageSource messages;

	CommentPostingFlow(CommentService comments, PostingLimit postingLimit, MessageSource messages) {
		this.comments = comments;
		this.postingLimit = postingLimit;
		this.messages = messages;
	}

	/**
	 * Posts the form through {@code post} (the owning module's service call) and answers.
	 * @param target the thing commented on, for the error page's context
	 * @param page where a new top-level comment is shown
	 * @return a view name or a redirect
	 */
	public String post(String slug, AccountPrincipal viewer, CommentForm form, BindingResult errors, String htmx,
			CommentTarget target, String page, Supplier<PostedComment> post, Model model, Locale locale) {
		boolean inPlace = "true".equals(htmx);
		String error = null;
		if (errors.hasErrors()) {
			FieldError first = errors.getFieldErrors().get(0);
			error = this.messages.getMessage(first, locale);
		}
		else {
			try {
				this.postingLimit.take(viewer.getId());
				PostedComment posted = post.get();
				if (inPlace) {
					// The page it lands on shows this version: no "on version n" mark.
					model.addAttribute("currentVersion", target.version());
					model.addAttribute("posted", this.comments.single(slug, viewer, posted.id(), locale));
					model.addAttribute("parentId", posted.parentId());
					return "comment/fragments :: posted";
				}
				if (posted.parentId() == null) {
					return "redirect:" + page + "#comment-" + posted.id();
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
		model.addAttribute("formAnchor", target.anchor().isEmpty() ? null : target.anchor());
		model.addAttribute("parent", parent);
		model.addAttribute("target", this.comments.context(slug, viewer, target));
		return inPlace ? "comment/fragments :: form-again" : "comment/compose";
	}

}
