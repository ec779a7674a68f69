package org.commonground.comment.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.comment.CommentEditing;
import org.commonground.comment.CommentForm;
import org.commonground.comment.CommentPosting;
import org.commonground.comment.CommentReplies;
import org.commonground.comment.CommentRuleException;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentThreads;
import org.commonground.comment.CommentTranslations;
import org.commonground.comment.EditableComment;
import org.commonground.comment.PostedComment;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.RateLimitExceededException;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every comment route, for every commentable thing: posting a comment or reply (without
 * JavaScript by post/redirect/get, a form with an error coming back on a page of its own
 * with the text kept; with htmx, {@code HX-Request}, the new comment is added in place
 * and a fresh form replaces the used one), a comment's own page with its replies, its
 * history, and its author's edit and delete.
 */
@Controller
@RequestMapping("/dialogues/{slug}/comments")
class CommentController {

	private final CommentPosting posting;

	private final CommentThreads threads;

	private final CommentEditing editing;

	private final MessageSource messages;

	private final CommentTranslations translations;

	CommentController(CommentPosting posting, CommentThreads threads, CommentEditing editing, MessageSource messages,
			CommentTranslations translations) {
		this.translations = translations;
		this.posting = posting;
		this.threads = threads;
		this.editing = editing;
		this.messages = messages;
	}

	@PostMapping
	String createComment(@PathVariable String slug, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult errors, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		boolean inPlace = "true".equals(htmx);
		String error;
		if (errors.hasErrors()) {
			error = this.messages.getMessage(errors.getFieldErrors().get(0), locale);
		}
		else {
			try {
				PostedComment posted = this.posting.post(slug, viewer, form.target(), form.toNewComment());
				if (inPlace) {
					// Marked "on version n" as on the page it was written on: a new
					// comment is on that page's version; a reply is marked unless its
					// parent's version is the page's.
					model.addAttribute("currentVersion", (posted.parentId() != null && form.getPageVersion() != null)
							? form.getPageVersion() : posted.target().version());
					model.addAttribute("posted", this.threads.single(slug, viewer, posted.id(), locale));
					model.addAttribute("commentTarget", posted.target());
					model.addAttribute("parentId", posted.parentId());
					model.addAttribute("zone", posted.zone());
					return "comment/fragments :: posted";
				}
				if (posted.parentId() == null) {
					return "redirect:" + posted.path() + "#comment-" + posted.id();
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
				? this.threads.single(slug, viewer, form.getParentId(), locale) : null;
		CommentTarget target = (parent != null) ? parent.on() : form.target();
		if (target == null) {
			throw new NotFoundException();
		}
		model.addAttribute("commentError", error);
		model.addAttribute("commentTarget", target);
		model.addAttribute("parent", parent);
		model.addAttribute("replyingTo", form.getParentId());
		model.addAttribute("target", this.threads.context(slug, viewer, target));
		if (inPlace) {
			// The form is swapped in with the button the focus was on: it goes to the
			// field.
			model.addAttribute("focusForm", true);
			return "comment/fragments :: form-again";
		}
		return "comment/compose";
	}

	@GetMapping("/{id}")
	String showComment(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long after,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("replies", this.threads.replies(slug, viewer, id, after, locale));
		return "comment/show";
	}

	/**
	 * The form for a reply to a comment: a page of its own showing the comment, or, with
	 * htmx ({@code HX-Request}), the form alone, put where the "Reply" link was.
	 * {@code pageVersion} is the vision version of the page the link was on, carried so
	 * that a reply posted in place is marked as the page's other comments are.
	 */
	@GetMapping("/{id}/reply")
	String showReply(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) Integer pageVersion,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			HttpServletResponse response) {
		boolean inPlace = "true".equals(htmx);
		if (viewer == null) {
			// htmx would put the sign-in page where the link was: the browser goes there.
			return inPlace ? htmxRedirect(response, "/login") : "redirect:/login";
		}
		CommentReplies parent;
		try {
			parent = this.threads.replyingTo(slug, viewer, id, locale);
		}
		catch (NotFoundException ex) {
			if (!inPlace) {
				throw ex;
			}
			// htmx swaps nothing on an error, so the link would do nothing: the browser
			// opens the comment's page instead, which shows what became of it (or 404).
			return htmxRedirect(response, "/dialogues/" + slug + "/comments/" + id);
		}
		CommentForm form = new CommentForm();
		form.setParentId(id);
		form.setPageVersion(pageVersion);
		model.addAttribute("commentForm", form);
		model.addAttribute("parent", parent);
		model.addAttribute("replyingTo", id);
		model.addAttribute("currentVersion", pageVersion);
		if (inPlace) {
			// The link the focus was on is gone: the focus goes to the new text field.
			model.addAttribute("focusForm", true);
			return "comment/fragments :: reply-form";
		}
		model.addAttribute("commentTarget", parent.on());
		model.addAttribute("target", this.threads.context(slug, viewer, parent.on()));
		return "comment/compose";
	}

	/**
	 * An answer that makes htmx load a whole page ({@code HX-Redirect}) instead of
	 * putting the answer in place.
	 */
	private static String htmxRedirect(HttpServletResponse response, String path) {
		response.setHeader("HX-Redirect", path);
		response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		return null;
	}

	@GetMapping("/{id}/history")
	String showHistory(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("history", this.threads.history(slug, viewer, id, locale));
		return "comment/history";
	}

	@GetMapping("/{id}/translation")
	String showTranslation(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) String language, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale) {
		// Without a chosen language, the form starts on the reader's own (when it is not
		// the comment's).
		String into = (language != null) ? language : locale.getLanguage();
		CommentTranslations.Translatable translatable = this.translations.translatable(slug, viewer, id, into);
		model.addAttribute("translatable", translatable);
		model.addAttribute("language", translatable.language());
		model.addAttribute("text", translatable.source());
		return "comment/translate";
	}

	@PostMapping("/{id}/translation")
	String updateTranslation(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) String language, @RequestParam(required = false) String text,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		CommentTranslations.Translatable translatable = this.translations.translatable(slug, viewer, id, language);
		try {
			this.translations.translate(slug, viewer, id, language, text);
		}
		catch (CommentRuleException ex) {
			model.addAttribute("translatable", translatable);
			model.addAttribute("language", language);
			model.addAttribute("text", text);
			model.addAttribute("error", ex.getMessageKey());
			return "comment/translate";
		}
		Flash.success(redirect, "comment.translation.saved");
		return "redirect:" + translatable.target().path() + "#comment-" + id;
	}

	@GetMapping("/{id}/edit")
	String showEdit(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model) {
		EditableComment editable = this.editing.forEditing(slug, viewer, id);
		CommentEditForm form = new CommentEditForm();
		form.setBody(editable.comment().getBodySource());
		form.setVersion(editable.comment().getVersion());
		model.addAttribute("form", form);
		model.addAttribute("editable", editable);
		return "comment/edit";
	}

	@PostMapping("/{id}/edit")
	String updateComment(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") CommentEditForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		EditableComment editable = this.editing.forEditing(slug, viewer, id);
		if (!errors.hasErrors()) {
			try {
				EditableComment saved = this.editing.edit(slug, viewer, id, form.getBody(), form.getVersion());
				Flash.success(redirect, "comment.saved");
				return "redirect:" + saved.target().path() + "#comment-" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				EditableComment current = this.editing.forEditing(slug, viewer, id);
				model.addAttribute("conflict", current.comment().getBodySource());
				form.setVersion(current.comment().getVersion());
				editable = current;
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			catch (CommentRuleException ex) {
				errors.rejectValue("body", ex.getMessageKey());
			}
		}
		model.addAttribute("editable", editable);
		return "comment/edit";
	}

	@PostMapping("/{id}/delete")
	String deleteComment(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		EditableComment deleted = this.editing.delete(slug, viewer, id);
		Flash.success(redirect, "comment.deleted");
		return "redirect:" + deleted.target().path() + "#comment-" + id;
	}

}
