package org.commonground.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' editor of a list of labelled items (stakeholder groups, themes): rename in
 * five languages, retire, add. A subclass maps it to a path with {@code @RequestMapping}
 * and says which service stores the items; that service checks the admin role.
 */
public abstract class LabelledItemsAdmin {

	/** The path the subclass is mapped to, for redirects and form actions. */
	protected abstract String basePath();

	/** Message key of the page heading. */
	protected abstract String headingKey();

	protected abstract List<LabelledItem> items();

	/** Saves a changed item, recording the admin who changed it. */
	protected abstract void update(LabelledItem item, UserDetails admin);

	/**
	 * @return false if the code is taken
	 */
	protected abstract boolean create(LabelledItem item, UserDetails admin);

	/**
	 * How many things (or people) have each item, by code, shown beside the box that
	 * retires it; none by default.
	 */
	protected Map<String, Long> usage() {
		return Map.of();
	}

	@GetMapping
	String showItems(Model model) {
		if (!model.containsAttribute("newItem")) {
			model.addAttribute("newItem", new LabelsForm());
		}
		model.addAttribute("items", items());
		model.addAttribute("usage", usage());
		model.addAttribute("languageCodes", SupportedLanguages.CODES);
		model.addAttribute("basePath", basePath());
		model.addAttribute("headingKey", headingKey());
		return "admin/labelled-items";
	}

	@PostMapping("/{code}")
	String updateItem(@PathVariable String code, @ModelAttribute("edited") LabelsForm form,
			@AuthenticationPrincipal UserDetails admin, Model model, RedirectAttributes redirect) {
		form.setCode(code);
		String problem = form.labelProblem();
		if (problem != null) {
			// The page again with what was typed in that card and the error beside its
			// field.
			model.addAttribute("edited", form);
			model.addAttribute("editedError", problem);
			model.addAttribute("editedLanguage", form.problemLanguage());
			model.addAttribute("editedField", code + "-" + form.problemLanguage());
			return showItems(model);
		}
		update(form.toItem(), admin);
		Flash.success(redirect, "admin.labels.saved");
		return "redirect:" + basePath();
	}

	@PostMapping("/new")
	String createItem(@Valid @ModelAttribute("newItem") LabelsForm form, BindingResult errors,
			@AuthenticationPrincipal UserDetails admin, Model model, RedirectAttributes redirect) {
		String problem = form.labelProblem();
		if (problem != null) {
			errors.rejectValue("labels", problem);
		}
		String duplicate = (problem == null) ? duplicateName(form.toItem()) : null;
		if (duplicate != null) {
			// Two items of one name would look the same in every list and filter.
			errors.rejectValue("labels", "admin.labels.error.duplicate", new Object[] { duplicate }, null);
		}
		if (!errors.hasErrors() && !create(form.toItem(), admin)) {
			errors.rejectValue("code", "admin.labels.error.taken");
		}
		if (errors.hasErrors()) {
			return showItems(model);
		}
		Flash.success(redirect, "admin.labels.created");
		return "redirect:" + basePath();
	}

	/** A name of the new item that an existing one has in the same language, or null. */
	private String duplicateName(LabelledItem item) {
		for (LabelledItem existing : items()) {
			for (Map.Entry<String, String> label : item.labels().entrySet()) {
				String name = (label.getValue() != null) ? label.getValue().strip() : "";
				String other = existing.labels().get(label.getKey());
				if (!name.isEmpty() && other != null && other.strip().equalsIgnoreCase(name)) {
					return name;
				}
			}
		}
		return null;
	}

}
