package org.commonground.dialogue;

import org.springframework.dao.DataIntegrityViolationException;

import java.util.Optional;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountRole;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.SupportedLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, describing, listing and moving dialogues through their lifecycle. Every
 * method checks the caller's rights through {@link DialogueAccess}.
 */
@Service
@Transactional
public class DialogueService {

	private static final Logger log = LoggerFactory.getLogger(DialogueService.class);

	static final Map<DialogueStatus, Set<DialogueStatus>> TRANSITIONS = Map.of(DialogueStatus.DRAFT,
			Set.of(DialogueStatus.OPEN), DialogueStatus.OPEN, Set.of(DialogueStatus.CLOSED), DialogueStatus.CLOSED,
			Set.of(DialogueStatus.OPEN, DialogueStatus.ARCHIVED), DialogueStatus.ARCHIVED,
			Set.of(DialogueStatus.CLOSED));

	private static final java.security.SecureRandom SLUG_RANDOM = new java.security.SecureRandom();

	private final DialogueRepository dialogues;

	private final MembershipRepository memberships;

	private final ThemeRepository themes;

	private final DialogueAccess access;

	private final StakeholderGroupService groups;

	private final MarkdownRenderer markdown;

	private final DialogueProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final WaitingWorkCounts waitingWork;

	DialogueService(DialogueRepository dialogues, MembershipRepository memberships, ThemeRepository themes,
			DialogueAccess access, StakeholderGroupService groups, MarkdownRenderer markdown,
			DialogueProperties properties, Clock clock, ApplicationEventPublisher events,
			WaitingWorkCounts waitingWork) {
		this.events = events;
		this.waitingWork = waitingWork;
		this.dialogues = dialogues;
		this.memberships = memberships;
		this.themes = themes;
		this.access = access;
		this.groups = groups;
		this.markdown = markdown;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks that the viewer may create dialogues (admins and platform facilitators);
	 * anyone else is told the page does not exist.
	 */
	public static void requireCreator(AccountPrincipal viewer) {
		if (viewer == null || (viewer.getRole() != AccountRole.ADMIN && viewer.getRole() != AccountRole.FACILITATOR)) {
			throw new org.commonground.shared.web.NotFoundException();
		}
	}

	/**
	 * Whether a dialogue with this slug exists, whoever may see it. For start-up tasks
	 * such as the demo data; never answer a visitor with it.
	 */
	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return this.dialogues.existsBySlug(slug);
	}

	/** Active themes in display order. */
	@Transactional(readOnly = true)
	public List<Theme> themes() {
		return this.themes.findByActiveTrueOrderBySortOrder();
	}

	/**
	 * Creates a dialogue written in English as a draft, as
	 * {@link #create(DialogueDetails, String, AccountPrincipal)}.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
	public Dialogue create(DialogueDetails details, AccountPrincipal creator) {
		return create(details, "en", null, creator);
	}

	/**
	 * Creates a dialogue from a form, as a draft; its creator becomes its first
	 * facilitator. A second post of the same form (same token, same creator) creates
	 * nothing and answers with the dialogue the first made. Two posts at once (of one
	 * form, or two dialogues given the same slug) make one of them fail with a
	 * {@link DataIntegrityViolationException} on the unique key; posted again, it finds
	 * what the other stored (see {@code DialogueController}).
	 * @param language the language its title, summary and description are written in (its
	 * original, and the one language it is held in until facilitators add others);
	 * English when not one of the five
	 * @param formToken the form's one-time token, or {@code null}
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
	public Dialogue create(DialogueDetails details, String language, String formToken, AccountPrincipal creator) {
		if (formToken != null) {
			Optional<Dialogue> made = this.dialogues.findByCreatedByAndFormToken(creator.getId(), formToken);
			if (made.isPresent()) {
				return made.get();
			}
		}
		Instant now = this.clock.instant();
		Dialogue dialogue = new Dialogue(uniqueSlug(details.title()), creator.getId(), now, formToken);
		dialogue.describe(details, this.markdown.toHtml(details.description()), themesFor(details.themes(), Set.of()),
				now);
		String original = SupportedLanguages.isSupported(language) ? language : "en";
		dialogue.holdIn(original, List.of(original), now);
		dialogue.expectGroups(this.groups.activeGroups()
			.stream()
			.map(StakeholderGroup::getId)
			.collect(Collectors.toCollection(LinkedHashSet::new)), now);
		this.dialogues.save(dialogue);
		this.memberships.insertIfAbsent(dialogue.getId(), creator.getId());
		Membership membership = this.memberships.findOneForUpdate(dialogue.getId(), creator.getId()).orElseThrow();
		membership.activate(DisplayMode.NAMED, now);
		membership.changeRole(MembershipRole.FACILITATOR);
		this.events
			.publishEvent(AuditEvent.onDialogue(creator.getId(), AuditAction.DIALOGUE_CREATED, dialogue.getId(), null));
		log.info("Account {} created dialogue {}", creator.getId(), dialogue.getSlug());
		return dialogue;
	}

	/**
	 * Saves a new description.
	 * @param expectedVersion the version the editor started from; if someone saved in
	 * between, nothing is saved and an {@link OptimisticLockingFailureException} says so
	 */
	public Dialogue update(String slug, DialogueDetails details, long expectedVersion, AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		if (dialogue.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Dialogue " + slug + " was changed by someone else");
		}
		dialogue.describe(details, this.markdown.toHtml(details.description()),
				themesFor(details.themes(), dialogue.getThemes()), this.clock.instant());
		this.dialogues.flush();
		this.events
			.publishEvent(AuditEvent.onDialogue(viewer.getId(), AuditAction.DIALOGUE_EDITED, dialogue.getId(), null));
		return dialogue;
	}

	/**
	 * Chooses the stakeholder groups the dialogue expects; the panel warns about missing
	 * ones.
	 */
	public void expectGroups(String slug, List<String> groupCodes, AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		Set<Long> chosen = new LinkedHashSet<>();
		for (StakeholderGroup group : this.groups.activeGroups()) {
			if (groupCodes != null && groupCodes.contains(group.getCode())) {
				chosen.add(group.getId());
			}
		}
		this.dialogues.findWithExpectedGroups(dialogue.getId())
			.orElseThrow()
			.expectGroups(chosen, this.clock.instant());
	}

	/**
	 * Moves the dialogue to another status: DRAFT → OPEN → CLOSED ⇄ OPEN, CLOSED ⇄
	 * ARCHIVED.
	 */
	public void changeStatus(String slug, DialogueStatus target, AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		if (!TRANSITIONS.getOrDefault(dialogue.getStatus(), Set.of()).contains(target)) {
			throw new DialogueRuleException("dialogue.status.not-allowed");
		}
		dialogue.changeStatus(target, this.clock.instant());
		this.events.publishEvent(AuditEvent.onDialogue(viewer.getId(), AuditAction.DIALOGUE_STATUS_CHANGED,
				dialogue.getId(), target.name()));
		log.info("Account {} moved dialogue {} to {}", viewer.getId(), slug, target);
	}

	/** Dialogues by status, for the admin console. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<DialogueStatus, Long> countByStatus() {
		Map<DialogueStatus, Long> counts = new java.util.EnumMap<>(DialogueStatus.class);
		for (Object[] row : this.dialogues.countByStatus()) {
			counts.put((DialogueStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	/**
	 * Every dialogue, drafts and archived ones too, newest first, for the admin console.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Page<Dialogue> all(int page) {
		return this.dialogues.findAll(PageRequest.of(Math.max(page, 0), 50, Sort.by(Sort.Direction.DESC, "id")));
	}

	/**
	 * Dialogues by id with their translations, for lists and messages that name them (the
	 * audit log, the global queue, notifications): one statement.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Dialogue> byIds(java.util.Collection<Long> ids) {
		Map<Long, Dialogue> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.dialogues.findWithTranslations(ids.toArray(Long[]::new)).forEach((d) -> found.put(d.getId(), d));
		}
		return found;
	}

	/**
	 * The dialogues' titles (and summaries) in a language where they are translated into
	 * it, else the originals, by slug, for messages that name them (digests): one
	 * statement whatever the number of dialogues.
	 */
	@Transactional(readOnly = true)
	public Map<String, DialogueText> texts(java.util.Collection<String> slugs, String language) {
		Map<String, DialogueText> texts = new HashMap<>();
		if (!slugs.isEmpty()) {
			this.dialogues.findWithTranslationsBySlugIn(slugs).forEach((d) -> texts.put(d.getSlug(), d.text(language)));
		}
		return texts;
	}

	/**
	 * The dialogues' time zones by slug, with their titles in a language as
	 * {@link #texts}: one statement whatever the number of dialogues.
	 */
	@Transactional(readOnly = true)
	public Map<String, DialogueHeading> headings(java.util.Collection<String> slugs, String language) {
		Map<String, DialogueHeading> headings = new HashMap<>();
		if (!slugs.isEmpty()) {
			this.dialogues.findWithTranslationsBySlugIn(slugs)
				.forEach((d) -> headings.put(d.getSlug(), new DialogueHeading(d.text(language), d.zone())));
		}
		return headings;
	}

	/** Codes of the stakeholder groups a dialogue the caller facilitates expects. */
	@Transactional(readOnly = true)
	public List<String> expectedGroupCodes(DialogueView view) {
		return this.dialogues.findWithExpectedGroups(view.dialogue().getId())
			.orElseThrow()
			.getExpectedGroupIds()
			.stream()
			.map(this.groups::codeOf)
			.toList();
	}

	/** The statuses this dialogue may move to next. */
	public static Set<DialogueStatus> nextStatuses(Dialogue dialogue) {
		return TRANSITIONS.getOrDefault(dialogue.getStatus(), Set.of());
	}

	/** Dialogues the viewer may see, newest first. Runs a fixed number of queries. */
	@Transactional(readOnly = true)
	public Page<DialogueSummary> list(DialogueFilter filter, AccountPrincipal viewer, int page) {
		return list(filter, viewer, page, viewerDialogues(viewer));
	}

	/**
	 * The home page's lists: open dialogues, and for a signed-in person their own (empty
	 * for visitors), with one lookup of the viewer's memberships for both.
	 */
	@Transactional(readOnly = true)
	public HomeDialogues home(AccountPrincipal viewer) {
		ViewerDialogues mine = viewerDialogues(viewer);
		Page<Dialogue> openFound = find(new DialogueFilter(DialogueStatus.OPEN, null, null, false), viewer, 0, mine);
		Page<Dialogue> ownFound = (viewer != null) ? find(new DialogueFilter(null, null, null, true), viewer, 0, mine)
				: Page.empty();
		// One statement for the themes and translations and one for the member counts of
		// both lists.
		Map<Long, long[]> counts = themesAndMemberCounts(
				Stream.concat(openFound.stream(), ownFound.stream()).map(Dialogue::getId).distinct().toList());
		Page<DialogueSummary> open = summaries(openFound, counts);
		Page<DialogueSummary> own = summaries(ownFound, counts);
		List<Long> facilitated = own.getContent()
			.stream()
			.map((s) -> s.dialogue().getId())
			.filter(mine.facilitatorOf()::contains)
			.toList();
		return new HomeDialogues(open, own, this.waitingWork.in(facilitated));
	}

	private Page<DialogueSummary> list(DialogueFilter filter, AccountPrincipal viewer, int page,
			ViewerDialogues viewerDialogues) {
		Page<Dialogue> found = find(filter, viewer, page, viewerDialogues);
		return summaries(found, themesAndMemberCounts(found.stream().map(Dialogue::getId).toList()));
	}

	private Page<Dialogue> find(DialogueFilter filter, AccountPrincipal viewer, int page,
			ViewerDialogues viewerDialogues) {
		boolean admin = viewer != null && viewer.getRole() == AccountRole.ADMIN;
		Long themeId = (filter.theme() != null && !filter.theme().isBlank())
				? this.themes.findByCode(filter.theme()).map(Theme::getId).orElse(-1L) : null;
		String country = (filter.country() != null && !filter.country().isBlank()) ? filter.country() : null;
		return this.dialogues.findVisible(statuses(filter), country, themeId, filter.mine() && viewer != null,
				orNone(viewerDialogues.memberOf()), orNone(viewerDialogues.facilitatorOf()), admin,
				PageRequest.of(Math.max(0, page), this.properties.pageSize(),
						Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
	}

	/**
	 * Loads the dialogues' themes and translations into the persistence context and
	 * counts their active members: two statements whatever the number of dialogues.
	 */
	private Map<Long, long[]> themesAndMemberCounts(List<Long> ids) {
		Map<Long, long[]> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			Long[] array = ids.toArray(Long[]::new);
			this.dialogues.findWithThemesAndTranslations(array);
			for (Object[] row : this.memberships.countActiveByDialogue(array)) {
				counts.put(((Number) row[0]).longValue(),
						new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() });
			}
		}
		return counts;
	}

	private static Page<DialogueSummary> summaries(Page<Dialogue> found, Map<Long, long[]> counts) {
		List<DialogueSummary> summaries = new ArrayList<>();
		for (Dialogue dialogue : found.getContent()) {
			long[] members = counts.getOrDefault(dialogue.getId(), new long[2]);
			summaries.add(new DialogueSummary(dialogue, members[0], members[1]));
		}
		return new PageImpl<>(summaries, found.getPageable(), found.getTotalElements());
	}

	private ViewerDialogues viewerDialogues(AccountPrincipal viewer) {
		List<Long> memberOf = new ArrayList<>();
		List<Long> facilitatorOf = new ArrayList<>();
		if (viewer != null) {
			for (Object[] row : this.memberships.findActiveDialogueRoles(viewer.getId())) {
				memberOf.add((Long) row[0]);
				if (row[1] == MembershipRole.FACILITATOR) {
					facilitatorOf.add((Long) row[0]);
				}
			}
		}
		return new ViewerDialogues(memberOf, facilitatorOf);
	}

	private record ViewerDialogues(List<Long> memberOf, List<Long> facilitatorOf) {
	}

	/**
	 * The ids of every dialogue the viewer may read (the rule of
	 * {@link ViewerContext#canRead}), for searches across dialogues.
	 */
	@Transactional(readOnly = true)
	public List<Long> readableIds(AccountPrincipal viewer) {
		boolean admin = viewer != null && viewer.getRole() == AccountRole.ADMIN;
		ViewerDialogues mine = viewerDialogues(viewer);
		return this.dialogues.findReadableIds(mine.memberOf().toArray(Long[]::new),
				mine.facilitatorOf().toArray(Long[]::new), admin);
	}

	/** Whether the viewer facilitates any dialogue now. */
	@Transactional(readOnly = true)
	public boolean facilitatesAny(AccountPrincipal viewer) {
		return viewer != null && !viewerDialogues(viewer).facilitatorOf().isEmpty();
	}

	/** The accounts that facilitate the dialogue (active facilitator memberships). */
	@Transactional(readOnly = true)
	public List<Long> facilitatorIds(long dialogueId) {
		return this.memberships.findFacilitators(dialogueId).stream().map(Membership::getAccountId).toList();
	}

	/** The facilitators of a dialogue the caller may read. */
	@Transactional(readOnly = true)
	public List<Membership> facilitators(DialogueView view) {
		return this.memberships.findFacilitators(view.dialogue().getId());
	}

	private static List<DialogueStatus> statuses(DialogueFilter filter) {
		if (filter.status() != null && filter.status() != DialogueStatus.ARCHIVED) {
			return List.of(filter.status());
		}
		return filter.mine() ? List.of(DialogueStatus.DRAFT, DialogueStatus.OPEN, DialogueStatus.CLOSED)
				: List.of(DialogueStatus.OPEN, DialogueStatus.CLOSED);
	}

	private static List<Long> orNone(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	/** The active themes with these codes, and the retired ones among those it has. */
	private Set<Theme> themesFor(List<String> codes, Set<Theme> held) {
		if (codes == null || codes.isEmpty()) {
			return Set.of();
		}
		Set<Theme> chosen = new LinkedHashSet<>(this.themes.findByCodeInAndActiveTrue(codes));
		held.stream().filter((t) -> !t.isActive() && codes.contains(t.getCode())).forEach(chosen::add);
		return chosen;
	}

	String uniqueSlug(String title) {
		String base = Normalizer.normalize(title, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (base.length() > 80) {
			base = base.substring(0, 80).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			base = "dialogue";
		}
		// On a clash, a random suffix: a counter would tell that a hidden dialogue holds
		// the slug.
		String slug = base;
		while (this.dialogues.existsBySlug(slug)) {
			slug = base + "-" + Long.toString(SLUG_RANDOM.nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36);
		}
		return slug;
	}

}
