package org.commonground.resource.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
import org.commonground.resource.Resource;
import org.commonground.resource.ResourceDetails;
import org.commonground.resource.ResourceKind;
import org.commonground.resource.ResourceRuleException;
import org.commonground.resource.ResourceService;
import org.commonground.resource.ResourceService.EditedResource;
import org.commonground.resource.ResourceService.ResourceFilter;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.Option;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	ResourceController(ResourceService resources, DialogueAccess access, ThemeService themes,
			StakeholderGroupService groups, MessageSource messages) {
		this.messages = messages;
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
		// The library's rules too, in the same round as the form's: each beside its
		// field.
		rejectRuleProblems(details(form), form.getFile(), false, errors);
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

	@GetMapping("/resources/{id}/edit")
	String showEditResource(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		EditedResource edited = this.resources.editable(slug, viewer, id);
		Resource r = edited.resource();
		ResourceForm form = new ResourceForm();
		form.setKind(r.getKind());
		form.setTitle(r.getTitle());
		form.setLanguage(r.getLanguage());
		form.setSummary(r.getSummary());
		form.setBody(r.getBodySource());
		form.setTranscript(r.getTranscript());
		form.setLanguages(new ArrayList<>(r.getLanguages()));
		form.setAuthors(r.getAuthors());
		form.setOrganisation(r.getOrganisation());
		Map<Long, Theme> themesById = this.themes.byId();
		form.setThemes(r.getThemeIds()
			.stream()
			.map(themesById::get)
			.filter(Objects::nonNull)
			.map(Theme::getCode)
			.collect(Collectors.toCollection(ArrayList::new)));
		form.setGroups(r.getGroupIds()
			.stream()
			.map(this.groups::codeOf)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(ArrayList::new)));
		form.setLicence(r.getLicence());
		form.setPublishedOn(r.getPublishedOn());
		form.setUrl(r.getUrl());
		form.setImageAlt(r.getImageAlt());
		model.addAttribute("form", form);
		return editPage(edited, model, locale);
	}

	@PostMapping("/resources/{id}")
	String updateResource(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ResourceForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		EditedResource edited = this.resources.editable(slug, viewer, id);
		form.setKind(edited.resource().getKind());
		ResourceDetails details = details(form, edited.resource());
		rejectRuleProblems(details, form.getFile(), edited.resource().getFileId() != null, errors);
		if (!errors.hasErrors()) {
			try {
				this.resources.update(slug, viewer, id, details, fileName(form.getFile()), bytes(form.getFile()));
				Flash.success(redirect, "resource.updated");
				return "redirect:/dialogues/" + slug + "/resources/" + id;
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		return editPage(edited, model, locale);
	}

	@PostMapping("/resources/{id}/delete")
	String deleteResource(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!confirmed) {
			// Only those who may delete it are told to tick the box; anyone else: 404.
			this.resources.editable(slug, viewer, id);
			model.addAttribute("deleteUnconfirmed", true);
			return showResource(slug, id, null, null, viewer, model, locale);
		}
		this.resources.delete(slug, viewer, id);
		Flash.success(redirect, "resource.deleted");
		return "redirect:/dialogues/" + slug + "/resources";
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
		var page = this.resources.frame(slug, viewer, id, number, locale);
		model.addAttribute("page", page);
		if (page.view().context().facilitates()) {
			if (!model.containsAttribute("frameTexts")) {
				FrameTextsForm texts = new FrameTextsForm();
				SupportedLanguages.CODES.forEach((code) -> {
					texts.getCaption().put(code, page.frame().captionIn(code));
					texts.getAlt().put(code, page.frame().altTextIn(code));
				});
				texts.setCredit(page.frame().getCredit());
				model.addAttribute("frameTexts", texts);
			}
			model.addAttribute("languageOptions", languageOptions());
		}
		return "resource/frame";
	}

	@PostMapping("/resources/{id}/frames")
	String addFrame(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("frameForm") FrameForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		ResourceService.NewFrame frame = new ResourceService.NewFrame(texts(form.getCaption()), texts(form.getAlt()),
				form.getCredit(), form.getConsent());
		// Every problem in one round, each beside its field (the image only once it is
		// known to be a facilitator's: anyone else gets 404 below).
		try {
			this.resources.frameProblems(frame, bytes(form.getFile())).forEach((field, key) -> {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, key);
				}
			});
		}
		catch (ResourceRuleException ex) {
			errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
		}
		if (!errors.hasErrors()) {
			try {
				int number = this.resources.addFrame(slug, viewer, id, frame, fileName(form.getFile()),
						bytes(form.getFile()));
				Flash.success(redirect, "resource.frame.added");
				return "redirect:/dialogues/" + slug + "/resources/" + id + "/frames/" + number;
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		this.resources.editable(slug, viewer, id);
		return showResource(slug, id, null, null, viewer, model, locale);
	}

	@PostMapping("/resources/{id}/frames/{number}")
	String updateFrame(@PathVariable String slug, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("frameTexts") FrameTextsForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.resources.editFrame(slug, viewer, id, number, texts(form.getCaption()), texts(form.getAlt()),
						form.getCredit());
				Flash.success(redirect, "resource.frame.updated");
				return "redirect:/dialogues/" + slug + "/resources/" + id + "/frames/" + number;
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		this.resources.editable(slug, viewer, id);
		return showFrame(slug, id, number, viewer, model, locale);
	}

	@PostMapping("/resources/{id}/frames/{number}/move")
	String moveFrame(@PathVariable String slug, @PathVariable long id, @PathVariable int number,
			@RequestParam(defaultValue = "") String direction, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		if (!direction.equals("earlier") && !direction.equals("later")) {
			throw new NotFoundException();
		}
		int now = this.resources.moveFrame(slug, viewer, id, number, direction.equals("earlier"));
		Flash.success(redirect, "resource.frame.moved");
		return "redirect:/dialogues/" + slug + "/resources/" + id + "/frames/" + now;
	}

	@PostMapping("/resources/{id}/frames/{number}/delete")
	String removeFrame(@PathVariable String slug, @PathVariable long id, @PathVariable int number,
			@RequestParam(defaultValue = "false") boolean confirmed, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!confirmed) {
			this.resources.editable(slug, viewer, id);
			model.addAttribute("removeUnconfirmed", true);
			return showFrame(slug, id, number, viewer, model, locale);
		}
		this.resources.removeFrame(slug, viewer, id, number);
		Flash.success(redirect, "resource.frame.removed");
		return "redirect:/dialogues/" + slug + "/resources/" + id;
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

	/**
	 * Adds the library's rules that the details and the file break to the form's own
	 * errors, each beside its field, so that one round tells them all (the file's type
	 * included).
	 * @param keptFile whether the resource already has a file (when editing)
	 */
	private void rejectRuleProblems(ResourceDetails details, MultipartFile file, boolean keptFile,
			BindingResult errors) {
		boolean hasFile = file != null && !file.isEmpty();
		Map<String, String> problems = new LinkedHashMap<>(ResourceService.problems(details, hasFile || keptFile));
		if (hasFile && !errors.hasFieldErrors("file")) {
			try {
				String type = this.resources.fileTypeProblem(details.kind(), bytes(file));
				if (type != null) {
					problems.putIfAbsent("file", type);
				}
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		problems.forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
	}

	private String editPage(EditedResource edited, Model model, Locale locale) {
		model.addAttribute("editing", edited.resource());
		model.addAttribute("currentFile", edited.file());
		model.addAttribute("formAction",
				"/dialogues/" + edited.view().dialogue().getSlug() + "/resources/" + edited.resource().getId());
		return formPage(edited.view(), false, model, locale, edited.resource());
	}

	private String formPage(DialogueView view, boolean blogOnly, Model model, Locale locale) {
		return formPage(view, blogOnly, model, locale, null);
	}

	/**
	 * @param held the resource being edited, whose retired themes and groups stay offered
	 * (checked, marked as retired) so that saving keeps them; or {@code null}
	 */
	private String formPage(DialogueView view, boolean blogOnly, Model model, Locale locale, Resource held) {
		model.addAttribute("dialogue", view.dialogue());
		model.addAttribute("blogOnly", blogOnly);
		if (!model.containsAttribute("formAction")) {
			model.addAttribute("formAction", "/dialogues/" + view.dialogue().getSlug() + "/resources");
		}
		addOptions(model, locale, held);
		return "resource/form";
	}

	private void addOptions(Model model, Locale locale) {
		addOptions(model, locale, null);
	}

	private void addOptions(Model model, Locale locale, Resource held) {
		model.addAttribute("kinds", ResourceKind.values());
		List<Option> themeOptions = new ArrayList<>(this.themes.byId()
			.values()
			.stream()
			.filter(Theme::isActive)
			.sorted(Comparator.comparingInt(Theme::getSortOrder))
			.map((t) -> new Option(t.getCode(), t.label(locale)))
			.toList());
		List<Option> groupOptions = new ArrayList<>(
				this.groups.activeGroups().stream().map((g) -> new Option(g.getCode(), g.label(locale))).toList());
		if (held != null) {
			this.themes.ofIds(held.getThemeIds())
				.stream()
				.filter((t) -> !t.isActive())
				.forEach((t) -> themeOptions.add(Option.retired(t.getCode(), t.label(locale), this.messages, locale)));
			Map<Long, StakeholderGroup> groupsById = this.groups.byId();
			held.getGroupIds()
				.stream()
				.map(groupsById::get)
				.filter((g) -> g != null && !g.isActive())
				.forEach((g) -> groupOptions.add(Option.retired(g.getCode(), g.label(locale), this.messages, locale)));
		}
		model.addAttribute("themeOptions", themeOptions);
		model.addAttribute("groupOptions", groupOptions);
		model.addAttribute("languageOptions", languageOptions());
	}

	private static List<Option> languageOptions() {
		return SupportedLanguages.CODES.stream()
			.map((code) -> new Option(code, SupportedLanguages.nativeName(code)))
			.toList();
	}

	private ResourceDetails details(ResourceForm form) {
		return details(form, null);
	}

	/**
	 * The form's details: its active themes and groups, and the retired ones the edited
	 * resource ({@code held}, or {@code null}) already has.
	 */
	private ResourceDetails details(ResourceForm form, Resource held) {
		Map<String, Long> themeIds = new LinkedHashMap<>();
		this.themes.byId()
			.values()
			.stream()
			.filter((t) -> t.isActive() || (held != null && held.getThemeIds().contains(t.getId())))
			.forEach((t) -> themeIds.put(t.getCode(), t.getId()));
		List<Long> chosenThemes = form.getThemes().stream().map(themeIds::get).filter(Objects::nonNull).toList();
		Map<String, Long> groupIds = new LinkedHashMap<>();
		this.groups.byId()
			.values()
			.stream()
			.filter((g) -> g.isActive() || (held != null && held.getGroupIds().contains(g.getId())))
			.forEach((g) -> groupIds.put(g.getCode(), g.getId()));
		List<Long> chosenGroups = form.getGroups().stream().map(groupIds::get).filter(Objects::nonNull).toList();
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
