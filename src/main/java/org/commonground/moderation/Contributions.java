package org.commonground.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The moderated contributions, found through the modules that own them
 * ({@link ModeratedContent}), with their cases: what the moderation services share.
 */
@Component
class Contributions {

	private final Map<String, ModeratedContent> contentByType;

	private final Map<String, ModeratedContent> contentBySegment;

	private final ModerationCaseRepository cases;

	private final Clock clock;

	Contributions(List<ModeratedContent> content, ModerationCaseRepository cases, Clock clock) {
		this.contentByType = content.stream().collect(Collectors.toMap(ModeratedContent::type, Function.identity()));
		this.contentBySegment = content.stream()
			.collect(Collectors.toMap(ModeratedContent::pathSegment, Function.identity()));
		this.cases = cases;
		this.clock = clock;
	}

	/** Every kind of moderated content. */
	Collection<ModeratedContent> all() {
		return this.contentByType.values();
	}

	/**
	 * The module that owns this type of content.
	 * @throws NotFoundException if none does
	 */
	ModeratedContent ofType(String type) {
		ModeratedContent content = this.contentByType.get(type);
		if (content == null) {
			throw new NotFoundException();
		}
		return content;
	}

	/** The contribution in the viewed dialogue, with its case if any. */
	ContributionRef find(DialogueView view, String segment, long id) {
		ModeratedContent content = this.contentBySegment.get(segment);
		if (content == null) {
			throw new NotFoundException();
		}
		ModeratedItem item = content.find(List.of(id))
			.stream()
			.filter((i) -> i.dialogueId() == view.dialogue().getId())
			.findFirst()
			.orElseThrow(NotFoundException::new);
		ModerationCase found = this.cases.find(item.type(), id).orElse(null);
		return new ContributionRef(view, item, found, "/dialogues/" + view.dialogue().getSlug() + "/" + item.path());
	}

	/**
	 * The contribution, if the viewer may see it where it lives (the rule of its own
	 * pages: a comment under a challenge hidden from the viewer is hidden too); for
	 * routes open to members. Moderators' routes use {@link #find}, since moderators see
	 * everything in their dialogue.
	 */
	ContributionRef findReadable(DialogueView view, String segment, long id) {
		ContributionRef ref = find(view, segment, id);
		if (!ofType(ref.item().type()).readable(id, view)) {
			throw new NotFoundException();
		}
		return ref;
	}

	/** The contributions of these cases, by {@link #key}; one query per content type. */
	Map<String, ModeratedItem> itemsOf(List<ModerationCase> found) {
		Map<String, List<Long>> idsByType = new HashMap<>();
		for (ModerationCase c : found) {
			idsByType.computeIfAbsent(c.getContentType(), (k) -> new ArrayList<>()).add(c.getContentId());
		}
		Map<String, ModeratedItem> itemsByKey = new HashMap<>();
		idsByType.forEach((type, ids) -> {
			ModeratedContent content = this.contentByType.get(type);
			if (content != null) {
				content.find(ids).forEach((i) -> itemsByKey.put(key(type, i.id()), i));
			}
		});
		return itemsByKey;
	}

	static String key(String type, long id) {
		return type + ":" + id;
	}

	/** The moderators' page of a contribution. */
	String moderatePath(Dialogue dialogue, String type, long id) {
		return "/dialogues/" + dialogue.getSlug() + "/moderation/" + ofType(type).pathSegment() + "/" + id;
	}

	/** The contribution's case, opened if it had none, locked for a decision. */
	ModerationCase lockedCase(ContributionRef ref) {
		ModeratedItem item = ref.item();
		this.cases.open(item.dialogueId(), item.type(), item.id(), item.authorId(), CaseState.VISIBLE.name(),
				this.clock.instant());
		return this.cases.lockForDecision(item.type(), item.id());
	}

}
