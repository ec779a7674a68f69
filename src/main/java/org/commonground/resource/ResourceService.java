package org.commonground.resource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroupService;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentThread;
import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceTargetTitles;
import org.commonground.dialogue.MembershipService;
import org.commonground.dialogue.Theme;
import org.commonground.dialogue.ThemeService;
import org.commonground.dialogue.Visibility;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A dialogue's library, blog and photo stories. Every method finds the dialogue through
 * {@link DialogueAccess}: what a viewer may not read answers 404, files included. Only
 * the dialogue's facilitators (and admins) add resources; members they allow also write
 * on its blog.
 */
@Service
@Transactional(readOnly = true)
public class ResourceService {

	/** The comment target type of resources (blog posts and every other entry). */
	public static final String TARGET_TYPE = "RESOURCE";

	static final int PAGE_SIZE = 20;

	private static final Pattern PARAGRAPH_KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,17}");

	private final DialogueAccess access;

	private final ResourceRepository resources;

	private final StoredFileRepository files;

	private final PhotoFrameRepository frames;

	private final ResourceLinkRepository links;

	private final FileIntake intake;

	private final FileStorage storage;

	private final MarkdownRenderer markdown;

	private final CommentThreads comments;

	private final ThemeService themes;

	private final StakeholderGroupService groups;

	private final MembershipService memberships;

	private final ResourceTranslationStore translations;

	private final Clock clock;

	private final ObjectProvider<EvidenceTargetTitles> targetTitles;

	private final ApplicationEventPublisher events;

	ResourceService(DialogueAccess access, ResourceRepository resources, StoredFileRepository files,
			PhotoFrameRepository frames, ResourceLinkRepository links, FileIntake intake, FileStorage storage,
			MarkdownRenderer markdown, CommentThreads comments, ThemeService themes, StakeholderGroupService groups,
			MembershipService memberships, ResourceTranslationStore translations, Clock clock,
			ObjectProvider<EvidenceTargetTitles> targetTitles, ApplicationEventPublisher events) {
		this.access = access;
		this.resources = resources;
		this.files = files;
		this.frames = frames;
		this.links = links;
		this.intake = intake;
		this.storage = storage;
		this.markdown = markdown;
		this.comments = comments;
		this.themes = themes;
		this.groups = groups;
		this.memberships = memberships;
		this.translations = translations;
		this.clock = clock;
		this.targetTitles = targetTitles;
		this.events = events;
	}

	/**
	 * The library of a dialogue, one page, newest first, filtered; titles and summaries
	 * in the reader's language where translated. Those who translate also get what is
	 * left to translate into each of the dialogue's languages.
	 */
	public LibraryPage library(String slug, AccountPrincipal viewer, ResourceFilter filter, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		boolean translates = view.context().translatesContributions();
		String untranslated = (translates && filter.untranslated() != null
				&& view.dialogue().getLanguages().contains(filter.untranslated())) ? filter.untranslated() : null;
		List<Resource> found = this.resources.findPage(view.dialogue().getId(),
				(filter.kind() != null) ? filter.kind().name() : null, filter.themeId(), filter.language(),
				untranslated, view.context().facilitates(),
				(filter.before() != null) ? filter.before() : Long.MAX_VALUE, PAGE_SIZE + 1);
		Long older = null;
		if (found.size() > PAGE_SIZE) {
			found = found.subList(0, PAGE_SIZE);
			older = found.get(PAGE_SIZE - 1).getId();
		}
		Map<Long, StoredFile> filesById = filesOf(found.stream().map(Resource::getFileId).toList());
		Map<Long, Theme> themesById = this.themes.byId();
		String reader = locale.getLanguage();
		Map<Long, ResourceText> translated = this.translations
			.in(found.stream().filter((r) -> !r.getLanguage().equals(reader)).map(Resource::getId).toList(), reader);
		// Only facilitators see stories without pictures yet, marked as such.
		List<Long> stories = found.stream()
			.filter((r) -> view.context().facilitates() && r.getKind() == ResourceKind.PHOTO_STORY)
			.map(Resource::getId)
			.toList();
		Set<Long> pictured = stories.isEmpty() ? Set.of() : new HashSet<>(this.frames.findStoriesWithFrames(stories));
		List<LibraryEntry> entries = found.stream()
			.map((r) -> new LibraryEntry(r, (r.getFileId() != null) ? filesById.get(r.getFileId()) : null,
					labels(r.getThemeIds(), themesById, locale), translated.getOrDefault(r.getId(), r.original()),
					stories.contains(r.getId()) && !pictured.contains(r.getId())))
			.toList();
		Map<String, Long> toTranslate = new LinkedHashMap<>();
		if (translates) {
			this.translations.left(view.dialogue().getId(), view.dialogue().getLanguages())
				.forEach((language, counts) -> toTranslate.put(language, counts[0]));
		}
		return new LibraryPage(view, entries, older, mayAdd(view), mayBlog(view), toTranslate, untranslated);
	}

	/**
	 * One resource with its file, links, and one page of its comments; its texts in the
	 * language asked for ({@code text}, may be {@code null}), else the reader's, where it
	 * is translated into it, else as written.
	 */
	public ResourcePage page(String slug, AccountPrincipal viewer, long id, String text, Long before, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Resource resource = find(view, id);
		int frameCount = (resource.getKind() == ResourceKind.PHOTO_STORY) ? this.frames.findStory(id).size() : 0;
		if (resource.getKind() == ResourceKind.PHOTO_STORY && frameCount == 0 && !view.context().facilitates()) {
			// Not shown to readers until it has a picture, as in the library and search.
			throw new NotFoundException();
		}
		Map<String, ResourceText> translated = this.translations.of(id);
		String wanted = (text != null && (translated.containsKey(text) || text.equals(resource.getLanguage()))) ? text
				: locale.getLanguage();
		StoredFile file = (resource.getFileId() != null) ? this.files.findById(resource.getFileId()).orElse(null)
				: null;
		List<String> themeLabels = labels(resource.getThemeIds(), this.themes.byId(), locale);
		List<String> groupLabels = resource.getGroupIds().stream().map((g) -> this.groups.labelOf(g, locale)).toList();
		List<ResourceLink> linked = this.links.findOfResource(id);
		List<Long> named = (resource.getSuggestedBy() != null)
				? List.of(resource.getCreatedBy(), resource.getSuggestedBy()) : List.of(resource.getCreatedBy());
		CommentThread thread = this.comments.thread(view, CommentTarget.of(TARGET_TYPE, id), true, before, named,
				locale);
		return new ResourcePage(view, resource, ResourceTexts.of(resource, translated, wanted), file, themeLabels,
				groupLabels, linked, linkTitles(view, linked), frameCount, thread,
				thread.label(resource.getCreatedBy()).name(),
				(resource.getSuggestedBy() != null) ? thread.label(resource.getSuggestedBy()).name() : null,
				view.context().facilitates(), view.context().translatesContributions());
	}

	/**
	 * What the links point to, named by the modules that own it (a challenge's or a
	 * meeting's title, the start of a paragraph), by {@link ResourcePage#linkTitle} key:
	 * one statement per kind of thing linked, and nothing the viewer may not see.
	 */
	private Map<String, String> linkTitles(DialogueView view, List<ResourceLink> linked) {
		if (linked.isEmpty()) {
			return Map.of();
		}
		Map<LinkTarget, List<String>> keys = new java.util.EnumMap<>(LinkTarget.class);
		linked.forEach((l) -> keys.computeIfAbsent(l.getTargetType(), (t) -> new ArrayList<>()).add(l.getTargetKey()));
		Map<String, String> titles = new HashMap<>();
		this.targetTitles.orderedStream().forEach((names) -> {
			List<String> wanted = keys.get(LinkTarget.valueOf(names.target().name()));
			if (wanted != null) {
				names.titles(view, wanted)
					.forEach((key, title) -> titles.put(names.target().name() + ":" + key, title));
			}
		});
		return titles;
	}

	/** Frame {@code number} (from 1) of a photo story, with its neighbours' numbers. */
	public FramePage frame(String slug, AccountPrincipal viewer, long id, int number, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Resource story = find(view, id);
		List<PhotoFrame> storyFrames = this.frames.findStory(id);
		if (story.getKind() != ResourceKind.PHOTO_STORY || number < 1 || number > storyFrames.size()) {
			throw new NotFoundException();
		}
		PhotoFrame frame = storyFrames.get(number - 1);
		StoredFile file = this.files.findById(frame.getFileId()).orElseThrow(NotFoundException::new);
		String reader = locale.getLanguage();
		ResourceText title = reader.equals(story.getLanguage()) ? story.original()
				: this.translations.in(List.of(id), reader).getOrDefault(id, story.original());
		return new FramePage(view, story, title, frame, file, number, storyFrames.size());
	}

	/**
	 * Adds a resource (with its uploaded file, if any) to the dialogue's library.
	 * Facilitators add every kind; members the facilitators allow, blog posts.
	 * @param content the uploaded file's bytes, or {@code null}
	 * @throws ResourceRuleException when the file's type is not allowed, or a needed
	 * file, URL or transcript is missing
	 */
	@Transactional
	public long create(String slug, AccountPrincipal viewer, ResourceDetails details, String fileName, byte[] content) {
		DialogueView view = this.access.readable(slug, viewer);
		boolean allowed = (details.kind() == ResourceKind.BLOG) ? mayBlog(view) : mayAdd(view);
		if (!allowed) {
			throw new NotFoundException();
		}
		boolean hasFile = content != null && content.length > 0;
		Map<String, String> problems = problems(details, hasFile);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new ResourceRuleException(first.getValue(), first.getKey());
		}
		boolean imageOnly = details.kind() == ResourceKind.BLOG || details.kind() == ResourceKind.PHOTO_STORY;
		long dialogueId = view.dialogue().getId();
		Long fileId = hasFile ? this.intake.accept(dialogueId, viewer.getId(), fileName, content, imageOnly).getId()
				: null;
		String html = (details.kind() == ResourceKind.BLOG) ? this.markdown.toHtml(details.body()) : "";
		String language = SupportedLanguages.isSupported(details.language()) ? details.language()
				: details.languages().stream().findFirst().orElse(view.dialogue().getOriginalLanguage());
		return this.resources
			.save(new Resource(dialogueId, details, language, html, fileId, viewer.getId(), this.clock.instant()))
			.getId();
	}

	/**
	 * What {@link #create} would refuse in these details, every problem at once (a form
	 * shows each beside its field in one round): message keys by field, in the order it
	 * checks them; empty when it would accept them (the file's type is checked as it is
	 * read). Nothing is saved.
	 * @param hasFile whether a file comes with them
	 */
	public static Map<String, String> problems(ResourceDetails details, boolean hasFile) {
		Map<String, String> problems = new LinkedHashMap<>();
		ResourceKind kind = details.kind();
		if (kind != null && kind.needsFileOrUrl() && !hasFile && details.url() == null) {
			problems.put("file", "resource.error.file-or-url");
		}
		if (kind != null && kind.needsTranscript() && details.transcript().isEmpty() && details.summary().isEmpty()) {
			problems.put("transcript", "resource.error.transcript");
		}
		if (details.url() != null && !details.url().matches("(?i)https?://[^\\s]+")) {
			problems.put("url", "resource.error.url");
		}
		boolean imageOnly = kind == ResourceKind.BLOG || kind == ResourceKind.PHOTO_STORY;
		if (hasFile && imageOnly && details.imageAlt().isEmpty()) {
			problems.put("imageAlt", "resource.error.image-alt");
		}
		return problems;
	}

	/**
	 * What {@link #addFrame} would refuse, every problem at once (message keys by field):
	 * a missing image, a missing alt text, a file that is not a picture. Nothing is
	 * saved.
	 * @param content the uploaded bytes, or {@code null}
	 */
	public Map<String, String> frameProblems(NewFrame frame, byte[] content) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (content == null || content.length == 0) {
			problems.put("file", "resource.error.image-needed");
		}
		else if (!FileIntake.IMAGES.contains(this.intake.detect(content))) {
			problems.put("file", "resource.error.frame-type");
		}
		if (frame.altTexts().values().stream().allMatch(String::isBlank)) {
			problems.put("alt", "resource.error.image-alt");
		}
		return problems;
	}

	/**
	 * What the uploaded file's type would make {@link #create} or {@link #update} refuse
	 * (a message key at the {@code file} field), detected from its bytes alone, or
	 * {@code null}; so that a form tells it in the same round as its other errors.
	 */
	public String fileTypeProblem(ResourceKind kind, byte[] content) {
		if (content == null || content.length == 0) {
			return null;
		}
		String type = this.intake.detect(content);
		boolean imageOnly = kind == ResourceKind.BLOG || kind == ResourceKind.PHOTO_STORY;
		if (imageOnly) {
			return FileIntake.IMAGES.contains(type) ? null : "resource.error.image-type";
		}
		return FileIntake.ALLOWED.contains(type) ? null : "resource.error.file-type";
	}

	/** A facilitator adds a frame at the end of a photo story. */
	@Transactional
	public int addFrame(String slug, AccountPrincipal viewer, long id, NewFrame frame, String fileName,
			byte[] content) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Resource story = findStory(view, id);
		Map<String, String> problems = frameProblems(frame, content);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new ResourceRuleException(first.getValue(), first.getKey());
		}
		StoredFile file = this.intake.accept(view.dialogue().getId(), viewer.getId(), fileName, content, true);
		int position = this.frames.lastPosition(id) + 1;
		this.frames.save(new PhotoFrame(id, position, file.getId(), frame.captions(), frame.altTexts(), frame.credit(),
				frame.consent()));
		story.touch(this.clock.instant());
		return position;
	}

	/**
	 * A facilitator corrects or completes a frame's captions, alt texts (at least one
	 * stays) and credit.
	 */
	@Transactional
	public void editFrame(String slug, AccountPrincipal viewer, long id, int number, Map<String, String> captions,
			Map<String, String> altTexts, String credit) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Resource story = findStory(view, id);
		PhotoFrame frame = frameAt(id, number);
		if (altTexts.values().stream().allMatch(String::isBlank)) {
			throw new ResourceRuleException("resource.error.image-alt", "alt");
		}
		frame.edit(captions, altTexts, credit);
		story.touch(this.clock.instant());
		audit(viewer, AuditAction.PHOTO_FRAME_EDITED, story, "PHOTO_FRAME", frame.getId(), null);
	}

	/**
	 * A facilitator moves a frame one place earlier ({@code earlier}) or later; the first
	 * cannot move earlier nor the last later (nothing happens).
	 * @return the frame's number after the move
	 */
	@Transactional
	public int moveFrame(String slug, AccountPrincipal viewer, long id, int number, boolean earlier) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Resource story = findStory(view, id);
		PhotoFrame frame = frameAt(id, number);
		int other = earlier ? number - 1 : number + 1;
		if (other < 1 || other > this.frames.lastPosition(id)) {
			return number;
		}
		story.touch(this.clock.instant());
		audit(viewer, AuditAction.PHOTO_FRAME_MOVED, story, "PHOTO_FRAME", frame.getId(), number + ">" + other);
		this.frames.setAside(id, number, other);
		this.frames.swapBack(id, number, other);
		return other;
	}

	/**
	 * A facilitator takes a frame down (a person shown withdrew consent, say): the frame
	 * and its picture are gone, its address answers 404 once the change is committed, and
	 * the frames after it move up.
	 */
	@Transactional
	public void removeFrame(String slug, AccountPrincipal viewer, long id, int number) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Resource story = findStory(view, id);
		PhotoFrame frame = frameAt(id, number);
		story.touch(this.clock.instant());
		audit(viewer, AuditAction.PHOTO_FRAME_REMOVED, story, "PHOTO_FRAME", frame.getId(), null);
		this.frames.delete(frame);
		discardFiles(List.of(frame.getFileId()));
		this.frames.moveUpAside(id, number);
		this.frames.restoreAside(id);
	}

	/**
	 * A facilitator changes what is said about a resource (its kind stays), and its file
	 * if a new one comes (the old one is then gone).
	 * @throws ResourceRuleException as {@link #create} does
	 */
	@Transactional
	public void update(String slug, AccountPrincipal viewer, long id, ResourceDetails given, String fileName,
			byte[] content) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Resource resource = find(view, id);
		ResourceDetails details = new ResourceDetails(resource.getKind(), given.title(), given.summary(), given.body(),
				given.transcript(), given.languages(), given.authors(), given.organisation(), given.groupIds(),
				given.themeIds(), given.licence(), given.publishedOn(), given.url(), given.imageAlt(),
				given.language());
		boolean newFile = content != null && content.length > 0;
		Map<String, String> problems = problems(details, newFile || resource.getFileId() != null);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new ResourceRuleException(first.getValue(), first.getKey());
		}
		boolean imageOnly = details.kind() == ResourceKind.BLOG || details.kind() == ResourceKind.PHOTO_STORY;
		Long oldFileId = resource.getFileId();
		Long fileId = newFile
				? this.intake.accept(view.dialogue().getId(), viewer.getId(), fileName, content, imageOnly).getId()
				: null;
		String html = (details.kind() == ResourceKind.BLOG) ? this.markdown.toHtml(details.body()) : "";
		String language = SupportedLanguages.isSupported(details.language()) ? details.language()
				: resource.getLanguage();
		resource.update(details, language, html, fileId, this.clock.instant());
		this.resources.saveAndFlush(resource);
		if (newFile && oldFileId != null) {
			discardFiles(List.of(oldFileId));
		}
		audit(viewer, AuditAction.RESOURCE_EDITED, resource, "RESOURCE", id, null);
	}

	/**
	 * A facilitator withdraws a resource from the library: it, its frames, its evidence
	 * links, its translations and its files are gone (their addresses answer 404); what
	 * cited it no longer lists it.
	 */
	@Transactional
	public void delete(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Resource resource = find(view, id);
		List<Long> fileIds = new ArrayList<>();
		if (resource.getFileId() != null) {
			fileIds.add(resource.getFileId());
		}
		List<PhotoFrame> storyFrames = this.frames.findStory(id);
		storyFrames.forEach((f) -> fileIds.add(f.getFileId()));
		audit(viewer, AuditAction.RESOURCE_DELETED, resource, "RESOURCE", id, resource.getTitle());
		// One statement for the frames and one for the files, whatever their number.
		this.frames.deleteAllInBatch(storyFrames);
		this.resources.delete(resource);
		this.resources.flush();
		discardFiles(fileIds);
	}

	/**
	 * A resource as its facilitator edits it.
	 * @throws NotFoundException for anyone who does not facilitate the dialogue
	 */
	public EditedResource editable(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Resource resource = find(view, id);
		StoredFile file = (resource.getFileId() != null) ? this.files.findById(resource.getFileId()).orElse(null)
				: null;
		return new EditedResource(view, resource, file);
	}

	/** Forgets the files' records now and their bytes once the transaction commits. */
	private void discardFiles(List<Long> fileIds) {
		List<StoredFile> gone = this.files.findAllByIdIn(fileIds);
		// The frames that used them go first (a batch delete does not flush them).
		this.files.flush();
		this.files.deleteAllInBatch(gone);
		List<String> keys = new ArrayList<>();
		for (StoredFile file : gone) {
			if (file.isImage()) {
				file.getWidths().forEach((w) -> keys.add(file.keyOf(w)));
			}
			else {
				keys.add(file.keyOf(null));
			}
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (String key : keys) {
					try {
						ResourceService.this.storage.delete(key);
					}
					catch (IOException ex) {
						// Bytes no record points to are never served.
					}
				}
			}
		});
	}

	private void audit(AccountPrincipal viewer, AuditAction action, Resource resource, String subjectType,
			long subjectId, String note) {
		this.events.publishEvent(new AuditEvent(viewer.getId(), action, resource.getDialogueId(), subjectType,
				subjectId, null, null, note));
	}

	private Resource findStory(DialogueView view, long id) {
		Resource story = find(view, id);
		if (story.getKind() != ResourceKind.PHOTO_STORY) {
			throw new NotFoundException();
		}
		return story;
	}

	private PhotoFrame frameAt(long storyId, int number) {
		List<PhotoFrame> storyFrames = this.frames.findStory(storyId);
		if (number < 1 || number > storyFrames.size()) {
			throw new NotFoundException();
		}
		return storyFrames.get(number - 1);
	}

	/**
	 * A facilitator links a resource to a thing of the dialogue it is evidence for. The
	 * key is a challenge's or meeting's number, or a paragraph's key.
	 */
	@Transactional
	public void link(String slug, AccountPrincipal viewer, long id, LinkTarget type, String key, String locator) {
		DialogueView view = this.access.facilitated(slug, viewer);
		find(view, id);
		String cleanKey = (key != null) ? key.strip() : "";
		Pattern form = (type == LinkTarget.VISION_PARAGRAPH) ? PARAGRAPH_KEY : NUMBER;
		if (!form.matcher(cleanKey).matches()) {
			throw new ResourceRuleException("resource.error.link-key", "targetKey");
		}
		if (!targetExists(view, type, cleanKey)) {
			throw new ResourceRuleException("resource.error.link-missing." + type.name(), "targetKey");
		}
		if (!this.links.exists(id, type, cleanKey)) {
			this.links.save(new ResourceLink(id, view.dialogue().getId(), type, cleanKey, locator));
		}
	}

	/**
	 * Whether the thing a link would point to is one of the viewed dialogue's that the
	 * viewer may see, as the module that owns it answers (a challenge or a meeting of
	 * another dialogue, or a paragraph of no published version, is not).
	 */
	private boolean targetExists(DialogueView view, LinkTarget type, String key) {
		return this.targetTitles.orderedStream()
			.filter((names) -> names.target().name().equals(type.name()))
			.anyMatch((names) -> names.titles(view, List.of(key)).containsKey(key));
	}

	/**
	 * The resources linked as evidence to these things of a dialogue the viewer may
	 * already read, by key (absent when none), titled in the reader's language where
	 * translated; one statement whatever the number of keys, and only the dialogue's own
	 * resources and links.
	 */
	public Map<String, List<Evidence>> evidence(DialogueView view, LinkTarget type, Collection<String> keys) {
		Set<String> wanted = new HashSet<>(keys);
		wanted.remove(null);
		if (wanted.isEmpty()) {
			return Map.of();
		}
		Map<String, List<Evidence>> byKey = new LinkedHashMap<>();
		String language = LocaleContextHolder.getLocale().getLanguage();
		for (Object[] row : this.links.findEvidence(view.dialogue().getId(), type.name(), wanted, language)) {
			byKey.computeIfAbsent((String) row[0], (k) -> new ArrayList<>())
				.add(new Evidence(((Number) row[1]).longValue(), (String) row[2], ResourceKind.valueOf((String) row[3]),
						(String) row[4]));
		}
		return byKey;
	}

	/**
	 * Refuses an upload larger than {@code app.files.max-size}; a form calls it with the
	 * size the browser sent before reading the file.
	 * @throws ResourceRuleException {@code resource.error.too-large}, at the file field
	 */
	public void requireAllowedSize(long size) {
		this.intake.requireAllowedSize(size);
	}

	/** The dialogue's blog: its posts, newest first, and who may write there. */
	public BlogPage blog(String slug, AccountPrincipal viewer, Long before, Locale locale) {
		LibraryPage posts = library(slug, viewer, new ResourceFilter(ResourceKind.BLOG, null, null, before), locale);
		DialogueView view = posts.view();
		List<BlogAuthor> authors = List.of();
		List<BlogAuthor> candidates = List.of();
		if (view.context().facilitates()) {
			authors = this.resources.findBlogAuthors(view.dialogue().getId())
				.stream()
				.map((row) -> new BlogAuthor(((Number) row[0]).longValue(), (String) row[1]))
				.toList();
			Set<Long> already = authors.stream().map(BlogAuthor::accountId).collect(Collectors.toSet());
			candidates = this.memberships.members(view)
				.stream()
				.filter((m) -> m.isActive() && !m.isFacilitator() && !already.contains(m.getAccountId()))
				.map((m) -> new BlogAuthor(m.getAccountId(), m.getMember().displayName()))
				.toList();
		}
		return new BlogPage(posts, authors, candidates);
	}

	/** A facilitator allows an active member of the dialogue to write on its blog. */
	@Transactional
	public void allowBlogAuthor(String slug, AccountPrincipal viewer, long accountId) {
		DialogueView view = this.access.facilitated(slug, viewer);
		boolean member = this.memberships.members(view)
			.stream()
			.anyMatch((m) -> m.isActive() && m.getAccountId() == accountId);
		if (!member) {
			throw new NotFoundException();
		}
		this.resources.allowBlogAuthor(view.dialogue().getId(), accountId, viewer.getId());
	}

	/** A facilitator stops a member writing on the blog; their posts stay. */
	@Transactional
	public void removeBlogAuthor(String slug, AccountPrincipal viewer, long accountId) {
		DialogueView view = this.access.facilitated(slug, viewer);
		this.resources.removeBlogAuthor(view.dialogue().getId(), accountId);
	}

	/** Whether the viewer may write on the dialogue's blog. */
	public boolean mayBlog(DialogueView view) {
		if (view.context().facilitates()) {
			return true;
		}
		return view.context().member() && view.dialogue().isOpen()
				&& this.resources.isBlogAuthor(view.dialogue().getId(), view.context().viewerId());
	}

	/** Whether the viewer may add resources of every kind. */
	public boolean mayAdd(DialogueView view) {
		return view.context().facilitates();
	}

	/**
	 * A file of the dialogue, for a viewer who may read the dialogue: for an image, the
	 * kept JPEG of the given width (the largest when none is given).
	 * @throws NotFoundException if the dialogue, the file or that width is not there for
	 * the viewer
	 */
	public FileDownload download(String slug, AccountPrincipal viewer, long fileId, Integer width) {
		DialogueView view = this.access.readable(slug, viewer);
		StoredFile file = this.files.findInDialogue(fileId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		Integer variant = null;
		if (file.isImage()) {
			variant = (width != null) ? width : file.getWidths().get(file.getWidths().size() - 1);
			if (!file.getWidths().contains(variant)) {
				throw new NotFoundException();
			}
		}
		else if (width != null) {
			throw new NotFoundException();
		}
		String key = file.keyOf(variant);
		return new FileDownload(file, view.dialogue().getVisibility() == Visibility.PUBLIC,
				() -> this.storage.read(key));
	}

	/** The files a page shows, by id (one statement). */
	public Map<Long, StoredFile> filesOf(Collection<Long> ids) {
		Set<Long> wanted = new HashSet<>(ids);
		wanted.remove(null);
		if (wanted.isEmpty()) {
			return Map.of();
		}
		return this.files.findAllByIdIn(wanted)
			.stream()
			.collect(Collectors.toMap(StoredFile::getId, Function.identity()));
	}

	/** The newest entries of the dialogue's library, for its feed. */
	List<Resource> recent(DialogueView view, int count) {
		return this.resources.findPage(view.dialogue().getId(), null, null, null, null, false, Long.MAX_VALUE, count);
	}

	public long countAll() {
		return this.resources.count();
	}

	private Resource find(DialogueView view, long id) {
		return this.resources.findInDialogue(id, view.dialogue().getId()).orElseThrow(NotFoundException::new);
	}

	private static List<String> labels(List<Long> ids, Map<Long, Theme> byId, Locale locale) {
		return ids.stream().map(byId::get).filter(Objects::nonNull).map((t) -> t.label(locale)).toList();
	}

	/**
	 * Filters of the library; {@code null} for any.
	 *
	 * @param untranslated only entries neither written in nor translated into this
	 * language (for those who translate)
	 * @param before the id the page starts below (keyset pagination)
	 */
	public record ResourceFilter(ResourceKind kind, Long themeId, String language, String untranslated, Long before) {

		public ResourceFilter(ResourceKind kind, Long themeId, String language, Long before) {
			this(kind, themeId, language, null, before);
		}

	}

	/** The library's links on the dialogue page. */
	public record LibraryLinks(DialogueView view, boolean canAdd) {
	}

	/**
	 * One entry of the library with its file (or {@code null}), theme labels, and its
	 * title and summary in the reader's language where translated.
	 *
	 * @param noPictures a photo story without frames yet (only facilitators see those)
	 */
	public record LibraryEntry(Resource resource, StoredFile file, List<String> themes, ResourceText text,
			boolean noPictures) {
	}

	/**
	 * A page of the library.
	 *
	 * @param olderBefore where the next page starts, or {@code null} on the last
	 * @param toTranslate for those who translate: by each of the dialogue's languages,
	 * how many entries are neither written in nor translated into it (empty for others)
	 * @param untranslated the language the page shows what is left to translate into, or
	 * {@code null}
	 */
	public record LibraryPage(DialogueView view, List<LibraryEntry> entries, Long olderBefore, boolean canAdd,
			boolean canBlog, Map<String, Long> toTranslate, String untranslated) {

		/**
		 * How many entries are left to translate into any of the dialogue's languages.
		 */
		public long leftToTranslate() {
			return this.toTranslate.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * One resource as a viewer sees it.
	 *
	 * @param texts its texts in the language read, and the others it can be read in
	 * @param suggestedBy the name of the member who suggested it, or {@code null}
	 * @param translates whether the viewer may translate it
	 */
	public record ResourcePage(DialogueView view, Resource resource, ResourceTexts texts, StoredFile file,
			List<String> themes, List<String> groups, List<ResourceLink> links, Map<String, String> linkTitles,
			int frames, CommentThread thread, String postedBy, String suggestedBy, boolean facilitates,
			boolean translates) {

		/**
		 * What a link points to as its owning module names it, or {@code null} where the
		 * viewer may not see it (the page then shows a generic label).
		 */
		public String linkTitle(ResourceLink link) {
			return this.linkTitles.get(link.getTargetType().name() + ":" + link.getTargetKey());
		}
	}

	/** One frame of a photo story, with the story's title in the reader's language. */
	public record FramePage(DialogueView view, Resource story, ResourceText title, PhotoFrame frame, StoredFile file,
			int number, int total) {

		public boolean hasPrevious() {
			return this.number > 1;
		}

		public boolean hasNext() {
			return this.number < this.total;
		}

	}

	/** A resource being edited, with its current file (or {@code null}). */
	public record EditedResource(DialogueView view, Resource resource, StoredFile file) {
	}

	/** A new frame's texts: captions and alt texts by language code. */
	public record NewFrame(Map<String, String> captions, Map<String, String> altTexts, String credit, Consent consent) {
	}

	/** A resource linked as evidence, with where to look in it ("p. 12"). */
	public record Evidence(long resourceId, String title, ResourceKind kind, String locator) {
	}

	/** A member allowed to write on the blog, or one who could be. */
	public record BlogAuthor(long accountId, String name) {
	}

	/** The blog: its posts and, for facilitators, its allowed authors and candidates. */
	public record BlogPage(LibraryPage posts, List<BlogAuthor> authors, List<BlogAuthor> candidates) {
	}

	/**
	 * A file to send, opened only when the response is written.
	 *
	 * @param file the file
	 * @param cacheable whether anyone may read it (a public dialogue's file), so a
	 * browser may keep it; a members' file is never kept, lest the next person at a
	 * shared computer sees it after its reader signed out
	 * @param content its bytes
	 */
	public record FileDownload(StoredFile file, boolean cacheable, Content content) {

		/** A file no browser keeps. */
		public FileDownload(StoredFile file, Content content) {
			this(file, false, content);
		}

		/** Opens the kept bytes. */
		@FunctionalInterface
		public interface Content {

			InputStream open() throws IOException;

		}

	}

	/**
	 * The resources of a dialogue the caller may read that other things (such as a
	 * relation of the stakeholder map) may cite, by title. One statement.
	 */
	public List<ResourceRef> linkable(DialogueView view) {
		return this.resources.findRefs(view.dialogue().getId());
	}

	/**
	 * Those of the resources that are in the dialogue the caller may read, by id. One
	 * statement (none for no ids).
	 */
	public Map<Long, ResourceRef> refs(DialogueView view, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, ResourceRef> found = new java.util.HashMap<>();
		this.resources.findRefs(view.dialogue().getId(), ids.toArray(Long[]::new)).forEach((r) -> found.put(r.id(), r));
		return found;
	}

}
