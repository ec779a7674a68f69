package org.commonground.resource.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Theme;
import org.commonground.dialogue.ThemeService;
import org.commonground.resource.Consent;
import org.commonground.resource.LinkTarget;
import org.commonground.resource.ResourceDetails;
import org.commonground.resource.ResourceKind;
import org.commonground.resource.ResourceRuleException;
import org.commonground.resource.ResourceService;
import org.commonground.resource.ResourceService.ResourceFilter;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.Option;
import org.commonground.shared.web.SupportedLanguages;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A dialogue's library and blog: the lists with filters, one resource with its comments,
 * a photo story frame by frame, adding resources, frames and evidence links.
 */
@Controller
@RequestMapping("/dialogues/{slug}")
class ResourceController {

	private final ResourceService resources;

	private final DialogueAccess access;

	private final ThemeService themes;

	private final StakeholderGroupService groups;

	ResourceController(ResourceService resources, DialogueAccess access, ThemeService themes,
			StakeholderGroupService groups) {
		this.resources = resources;
		this.access = access;
		this.themes = themes;
		this.groups = groups;
	}

	@GetMapping("/resources")
	String showLibrary(@PathVariable String slug, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String untranslated, @RequestParam(required = false) Long before,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		ResourceKind chosenKind = Arrays.stream(ResourceKind.values())
			.filter((k) -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		Theme chosenTheme = this.themes.byId()
			.values()
			.stream()
			.filter((t) -> t.getCode().equals(theme))
			.findFirst()
			.orElse(null);
		String language = SupportedLanguages.isSupported(lang) ? lang : null;
		model.addAttribute("page",
				this.resources.library(
						slug, viewer, new ResourceFilter(chosenKind, (chosenTheme != null) ? chosenTheme.getId() : null,
								language, SupportedLanguages.isSupported(untranslated) ? untranslated : null, before),
						locale));
		model.addAttribute("kind", (chosenKind != null) ? chosenKind.name() : "");
		model.addAttribute("theme", (chosenTheme != null) ? chosenTheme.getCode() : "");
		model.addAttribute("lang", (language != null) ? language : "");
		addOptions(model, locale);
		return "resource/list";
	}

	@GetMapping("/blog")
	String showBlog(@PathVariable String slug, @RequestParam(required = false) Long before,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("blog", this.resources.blog(slug, viewer, before, locale));
		return "resource/blog";
	}

	@GetMapping("/resources/new")
	String showNewResource(@PathVariable String slug, @RequestParam(required = false) String kind,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		if (viewer == null) {
			return "redirect:/login";
		}
		DialogueView view = this.access.readable(slug, viewer);
		boolean blogOnly = !this.resources.mayAdd(view);
		if (blogOnly && !this.resources.mayBlog(view)) {
			throw new NotFoundException();
		}
		ResourceForm form = new ResourceForm();
		form.setLanguage(locale.getLanguage());
		form.setKind(blogOnly || "BLOG".equals(kind) ? ResourceKind.BLOG
				: Arrays.stream(ResourceKind.values()).filter((k) -> k.name().equals(kind)).findFirst().orElse(null));
		model.addAttribute("form", form);
		return formPage(view, blogOnly, model, locale);
	}

	@PostMapping("/resources")
	String createResource(@PathVariable String slug, @Valid @ModelAttribute("form") ResourceForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		DialogueView view = this.access.readable(slug, viewer);
		if (errors.hasErrors()) {
			// The library's rules too, in the same round: each beside its field.
			boolean hasFile = form.getFile() != null && !form.getFile().isEmpty();
			ResourceService.problems(details(form), hasFile).forEach((field, key) -> {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, key);
				}
			});
		}
		if (!errors.hasErrors()) {
			try {
				long id = this.resources.create(slug, viewer, details(form), fileName(form.getFile()),
						bytes(form.getFile()));
				Flash.success(redirect, "resource.created");
				return "redirect:/dialogues/" + slug + "/resources/" + id;
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		return formPage(view, !this.resources.mayAdd(view), model, locale);
	}

	@GetMapping("/resources/{id}")
	String showResource(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) Long before, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		var page = this.resources.page(slug, viewer, id, text, before, locale);
		model.addAttribute("page", page);
		if (page.facilitates()) {
			if (!model.containsAttribute("frameForm")) {
				model.addAttribute("frameForm", new FrameForm());
			}
			if (!model.containsAttribute("linkForm")) {
				model.addAttribute("linkForm", new LinkForm());
			}
			model.addAttribute("consents", Consent.values());
			model.addAttribute("linkTargets", LinkTarget.values());
			model.addAttribute("languageOptions", languageOptions());
		}
		return "resource/show";
	}

	@GetMapping("/resources/{id}/frames/{number}")
	String showFrame(@PathVariable String slug, @PathVariable long id, @PathVariable int number,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("page", this.resources.frame(slug, viewer, id, number, locale));
		return "resource/frame";
	}

	@PostMapping("/resources/{id}/frames")
	String addFrame(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("frameForm") FrameForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				int number = this.resources
					.addFrame(slug, viewer, id,
							new ResourceService.NewFrame(texts(form.getCaption()), texts(form.getAlt()),
									form.getCredit(), form.getConsent()),
							fileName(form.getFile()), bytes(form.getFile()));
				Flash.success(redirect, "resource.frame.added");
				return "redirect:/dialogues/" + slug + "/resources/" + id + "/frames/" + number;
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		return showResource(slug, id, null, null, viewer, model, locale);
	}

	@PostMapping("/resources/{id}/links")
	String addLink(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("linkForm") LinkForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.resources.link(slug, viewer, id, form.getTargetType(), form.getTargetKey(), form.getLocator());
				Flash.success(redirect, "resource.link.added");
				return "redirect:/dialogues/" + slug + "/resources/" + id;
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return showResource(slug, id, null, null, viewer, model, locale);
	}

	@PostMapping("/blog/authors")
	String allowBlogAuthor(@PathVariable String slug, @Valid BlogAuthorForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.resources.allowBlogAuthor(slug, viewer, form.getAccountId());
			Flash.success(redirect, "resource.blog.author-allowed");
		}
		return "redirect:/dialogues/" + slug + "/blog";
	}

	@PostMapping("/blog/authors/remove")
	String removeBlogAuthor(@PathVariable String slug, @Valid BlogAuthorForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.resources.removeBlogAuthor(slug, viewer, form.getAccountId());
			Flash.success(redirect, "resource.blog.author-removed");
		}
		return "redirect:/dialogues/" + slug + "/blog";
	}

	private String formPage(DialogueView view, boolean blogOnly, Model model, Locale locale) {
		model.addAttribute("dialogue", view.dialogue());
		model.addAttribute("blogOnly", blogOnly);
		addOptions(model, locale);
		return "resource/form";
	}

	private void addOptions(Model model, Locale locale) {
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("themeOptions",
				this.themes.byId()
					.values()
					.stream()
					.filter(Theme::isActive)
					.map((t) -> new Option(t.getCode(), t.label(locale)))
					.toList());
		model.addAttribute("groupOptions",
				this.groups.activeGroups().stream().map((g) -> new Option(g.getCode(), g.label(locale))).toList());
		model.addAttribute("languageOptions", languageOptions());
	}

	private static List<Option> languageOptions() {
		return SupportedLanguages.CODES.stream()
			.map((code) -> new Option(code, SupportedLanguages.nativeName(code)))
			.toList();
	}

	private ResourceDetails details(ResourceForm form) {
		Map<String, Long> themeIds = new LinkedHashMap<>();
		this.themes.byId().values().forEach((t) -> themeIds.put(t.getCode(), t.getId()));
		List<Long> chosenThemes = form.getThemes().stream().map(themeIds::get).filter(Objects::nonNull).toList();
		List<Long> chosenGroups = form.getGroups()
			.stream()
			.map((code) -> this.groups.findActive(code).map(StakeholderGroup::getId).orElse(null))
			.filter(Objects::nonNull)
			.toList();
		List<String> languages = form.getLanguages()
			.stream()
			.filter(SupportedLanguages::isSupported)
			.distinct()
			.toList();
		return new ResourceDetails(form.getKind(), (form.getTitle() != null) ? form.getTitle().strip() : "",
				form.getSummary(), form.getBody(), form.getTranscript(), languages, form.getAuthors(),
				form.getOrganisation(), chosenGroups, chosenThemes, form.getLicence(), form.getPublishedOn(),
				form.getUrl(), form.getImageAlt(),
				SupportedLanguages.isSupported(form.getLanguage()) ? form.getLanguage() : null);
	}

	private static Map<String, String> texts(Map<String, String> byLanguage) {
		Map<String, String> clean = new LinkedHashMap<>();
		byLanguage.forEach((language, text) -> {
			if (SupportedLanguages.isSupported(language) && text != null && !text.isBlank()) {
				clean.put(language, text.strip());
			}
		});
		return clean;
	}

	private static String fileName(MultipartFile file) {
		return (file != null) ? file.getOriginalFilename() : null;
	}

	/**
	 * The uploaded bytes, or {@code null}; a file over {@code app.files.max-size} is
	 * refused before it is read into memory.
	 */
	private byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		this.resources.requireAllowedSize(file.getSize());
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
