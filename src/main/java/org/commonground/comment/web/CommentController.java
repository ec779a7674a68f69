package org.commonground.comment.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.comment.CommentRuleException;
import org.commonground.comment.CommentService;
import org.commonground.comment.EditableComment;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A comment's own page (its replies, page by page), its history, and its author's edit
 * and delete. Posting lives with each target's routes.
 */
@Controller
@RequestMapping("/dialogues/{slug}/comments/{id}")
class CommentController {

	private final CommentService comments;

	CommentController(CommentService comments) {
		this.comments = comments;
	}

	@GetMapping
	String showComment(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long after,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("replies", this.comments.replies(slug, viewer, id, after, locale));
		return "comment/show";
	}

	@GetMapping("/history")
	String showHistory(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("history", this.comments.history(slug, viewer, id, locale));
		return "comment/history";
	}

	@GetMapping("/edit")
	String showEdit(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model) {
		EditableComment editable = this.comments.forEditing(slug, viewer, id);
		CommentEditForm form = new CommentEditForm();
		form.setBody(editable.comment().getBodySource());
		form.setVersion(editable.comment().getVersion());
		model.addAttribute("form", form);
		model.addAttribute("editable", editable);
		return "comment/edit";
	}

	@PostMapping("/edit")
	String updateComment(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") CommentEditForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		EditableComment editable = this.comments.forEditing(slug, viewer, id);
		if (!errors.hasErrors()) {
			try {
				EditableComment saved = this.comments.edit(slug, viewer, id, form.getBody(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "comment.saved");
				return "redirect:" + saved.target().path() + "#comment-" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				EditableComment current = this.comments.forEditing(slug, viewer, id);
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

	@PostMapping("/delete")
	String deleteComment(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		EditableComment deleted = this.comments.delete(slug, viewer, id);
		redirect.addFlashAttribute("flashSuccess", "comment.deleted");
		return "redirect:" + deleted.target().path() + "#comment-" + id;
	}

}
