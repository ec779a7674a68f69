package org.commonground.resource;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members suggest links for a dialogue's library; its facilitators accept them (each
 * becomes a {@link ResourceKind#LINK} resource crediting the member) or decline them with
 * a reason. A suggestion is seen by the member who made it and the facilitators only: 404
 * for everyone else, and it is in no list, search, feed or API until it is accepted.
 */
@Service
@Transactional(readOnly = true)
public class ResourceSuggestions {

	private final DialogueAccess access;

	private final ResourceSuggestionRepository suggestions;

	private final ResourceRepository resources;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ResourceSuggestions(DialogueAccess access, ResourceSuggestionRepository suggestions, ResourceRepository resources,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.suggestions = suggestions;
		this.resources = resources;
		this.clock = clock;
	}

	/**
	 * Whether the viewer may suggest resources: an active member of the open dialogue.
	 */
	public static boolean maySuggest(DialogueView view) {
		return view.context().facilitates() || (view.context().member() && view.dialogue().isOpen());
	}

	/**
	 * The dialogue, for the suggestion form.
	 * @throws NotFoundException for anyone who may not suggest
	 */
	public DialogueView suggesting(String slug, AccountPrincipal viewer) {
		DialogueView view = this.access.readable(slug, viewer);
		if (!maySuggest(view)) {
			throw new NotFoundException();
		}
		return view;
	}

	/**
	 * A member suggests a link.
	 * @throws ResourceRuleException {@code resource.error.url} at {@code url} when the
	 * address is not http(s)
	 */
	@Transactional
	public long suggest(String slug, AccountPrincipal viewer, String title, String summary, String url, String language,
			List<Long> themeIds) {
		DialogueView view = suggesting(slug, viewer);
		String address = (url != null) ? url.strip() : "";
		if (!address.matches("(?i)https?://[^\\s]+")) {
			throw new ResourceRuleException("resource.error.url", "url");
		}
		String lang = SupportedLanguages.isSupported(language) ? language : view.dialogue().getOriginalLanguage();
		long id = this.suggestions
			.save(new ResourceSuggestion(view.dialogue().getId(), viewer.getId(), title.strip(),
					(summary != null) ? summary.strip() : "", address, lang, themeIds, this.clock.instant()))
			.getId();
		this.events.publishEvent(new ResourceSuggested(view.dialogue().getId(), id, viewer.getId(), title.strip()));
		return id;
	}

	/**
	 * The suggestions a viewer sees: for facilitators, those still to decide with who
	 * made them; for a member, their own with where each stands.
	 */
	public SuggestionsPage page(String slug, AccountPrincipal viewer) {
		DialogueView view = suggesting(slug, viewer);
		long dialogueId = view.dialogue().getId();
		List<ResourceSuggestion> own = this.suggestions.findOfMember(dialogueId, viewer.getId());
		if (!view.context().facilitates()) {
			return new SuggestionsPage(view, own, List.of(), Map.of());
		}
		Map<Long, String> names = this.suggestions.findPendingNames(dialogueId)
			.stream()
			.collect(Collectors.toMap((row) -> ((Number) row[0]).longValue(), (row) -> (String) row[1]));
		return new SuggestionsPage(view, own, this.suggestions.findPending(dialogueId), names);
	}

	/**
	 * A facilitator accepts a suggestion: it joins the library as a link, crediting the
	 * member who suggested it.
	 * @return the new resource's id
	 */
	@Transactional
	public long accept(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ResourceSuggestion suggestion = pending(view, id);
		ResourceDetails details = new ResourceDetails(ResourceKind.LINK, suggestion.getTitle(), suggestion.getSummary(),
				"", "", List.of(suggestion.getLanguage()), "", "", List.of(), suggestion.getThemeIds(), "", null,
				suggestion.getUrl(), "", suggestion.getLanguage());
		Resource resource = new Resource(view.dialogue().getId(), details, suggestion.getLanguage(), "", null,
				viewer.getId(), this.clock.instant());
		resource.creditSuggester(suggestion.getSuggestedBy());
		long resourceId = this.resources.save(resource).getId();
		suggestion.accept(viewer.getId(), resourceId, this.clock.instant());
		decided(viewer, view, suggestion, AuditAction.RESOURCE_SUGGESTION_ACCEPTED, resourceId, null);
		return resourceId;
	}

	/**
	 * A facilitator declines a suggestion, saying why (the member reads it).
	 * @throws ResourceRuleException {@code resource.suggestion.error.reason} at
	 * {@code reason} when none is given or it is longer than 500 characters
	 */
	@Transactional
	public void decline(String slug, AccountPrincipal viewer, long id, String reason) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ResourceSuggestion suggestion = pending(view, id);
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > 500) {
			throw new ResourceRuleException("resource.suggestion.error.reason", "reason");
		}
		suggestion.decline(viewer.getId(), why, this.clock.instant());
		decided(viewer, view, suggestion, AuditAction.RESOURCE_SUGGESTION_DECLINED, null, why);
	}

	/**
	 * Audits a decision (noting the suggestion's title, and the reason it was declined)
	 * and tells the member who suggested it.
	 */
	private void decided(AccountPrincipal viewer, DialogueView view, ResourceSuggestion suggestion, AuditAction action,
			Long resourceId, String reason) {
		long dialogueId = view.dialogue().getId();
		this.events.publishEvent(new AuditEvent(viewer.getId(), action, dialogueId, "RESOURCE_SUGGESTION",
				suggestion.getId(), suggestion.getSuggestedBy(), null,
				(reason == null) ? suggestion.getTitle() : suggestion.getTitle() + " \u2014 " + reason));
		this.events.publishEvent(new SuggestionDecided(dialogueId, suggestion.getId(), suggestion.getSuggestedBy(),
				suggestion.getTitle(), resourceId, reason));
	}

	private ResourceSuggestion pending(DialogueView view, long id) {
		return this.suggestions.findInDialogue(id, view.dialogue().getId())
			.filter((s) -> s.getStatus() == ResourceSuggestion.Status.PENDING)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The suggestions one viewer sees.
	 *
	 * @param own the viewer's own suggestions, newest first
	 * @param pending for facilitators: those still to decide, oldest first (else empty)
	 * @param names for facilitators: who suggested each pending one, by its id
	 */
	public record SuggestionsPage(DialogueView view, List<ResourceSuggestion> own, List<ResourceSuggestion> pending,
			Map<Long, String> names) {

		public boolean facilitates() {
			return this.view.context().facilitates();
		}

	}

}
