package org.commonground.api;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.api.ApiJson.ActorJson;
import org.commonground.api.ApiJson.ChallengeDetailJson;
import org.commonground.api.ApiJson.ChallengeJson;
import org.commonground.api.ApiJson.CommentJson;
import org.commonground.api.ApiJson.DialogueJson;
import org.commonground.api.ApiJson.DispositionJson;
import org.commonground.api.ApiJson.GroupStancesJson;
import org.commonground.api.ApiJson.ResourceJson;
import org.commonground.api.ApiJson.ListPage;
import org.commonground.api.ApiJson.MapJson;
import org.commonground.api.ApiJson.MeetingJson;
import org.commonground.api.ApiJson.ParagraphJson;
import org.commonground.api.ApiJson.RelationJson;
import org.commonground.api.ApiJson.ResponseJson;
import org.commonground.api.ApiJson.StancesJson;
import org.commonground.api.ApiJson.VisionJson;
import org.commonground.challenge.ChallengeFilter;
import org.commonground.challenge.ChallengeList;
import org.commonground.challenge.ChallengePage;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeSort;
import org.commonground.challenge.ChallengeSummary;
import org.commonground.comment.CommentNode;
import org.commonground.comment.CommentStatus;
import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueFilter;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueSummary;
import org.commonground.dialogue.ThemeService;
import org.commonground.map.MapService;
import org.commonground.map.StakeholderMap;
import org.commonground.meeting.Meeting;
import org.commonground.meeting.MeetingList;
import org.commonground.meeting.MeetingService;
import org.commonground.shared.web.NotFoundException;
import org.commonground.resource.Resource;
import org.commonground.resource.ResourceService;
import org.commonground.vision.CommentAnswer;
import org.commonground.vision.CommonGround;
import org.commonground.vision.StanceCounts;
import org.commonground.vision.VisionPage;
import org.commonground.vision.VisionService;
import org.commonground.vision.YouSaidWeDid;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * What the read API answers, read through each module's public service with the caller's
 * rights (none for an anonymous caller, the token's account's otherwise), so that the API
 * shows exactly what the web pages would show that caller and no more. Hidden, pending
 * and deleted content is left out even where the caller's rights (a facilitator's token)
 * would show it on the web: the API is for published content. Texts come in the
 * dialogue's original language; times in UTC, meeting times with the offset of the
 * meeting's zone (RFC 3339) and the zone's id.
 */
@Service
public class ApiReader {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final DialogueService dialogues;

	private final DialogueAccess access;

	private final ChallengeService challenges;

	private final MeetingService meetings;

	private final VisionService visions;

	private final MapService maps;

	private final ResourceService resources;

	private final CommentThreads comments;

	private final StakeholderGroupService groups;

	private final ThemeService themes;

	ApiReader(DialogueService dialogues, DialogueAccess access, ChallengeService challenges, MeetingService meetings,
			VisionService visions, MapService maps, ResourceService resources, CommentThreads comments,
			StakeholderGroupService groups, ThemeService themes) {
		this.groups = groups;
		this.themes = themes;
		this.resources = resources;
		this.comments = comments;
		this.dialogues = dialogues;
		this.access = access;
		this.challenges = challenges;
		this.meetings = meetings;
		this.visions = visions;
		this.maps = maps;
	}

	/** The dialogues the caller may read, newest first; the cursor holds the page. */
	public ListPage<DialogueJson> dialogues(AccountPrincipal caller, String cursor) {
		String position = Cursor.decode("dialogues", cursor);
		int page = parsePage(position);
		Page<DialogueSummary> found = this.dialogues.list(new DialogueFilter(null, null, null, false), caller, page);
		List<DialogueJson> items = found.getContent().stream().map((s) -> dialogue(s.dialogue())).toList();
		return new ListPage<>(items, found.hasNext() ? Cursor.encode("dialogues", Integer.toString(page + 1)) : null);
	}

	/** One dialogue. */
	public DialogueJson dialogue(String slug, AccountPrincipal caller) {
		return dialogue(this.access.readable(slug, caller).dialogue());
	}

	/** One page of a dialogue's challenges, newest first, by keyset. */
	public ListPage<ChallengeJson> challenges(String slug, AccountPrincipal caller, String cursor) {
		String after = Cursor.decode("challenges", cursor);
		if (after != null && !ChallengeFilter.isCursor(after)) {
			throw new BadCursorException();
		}
		ChallengeList list = this.challenges.list(slug, caller,
				new ChallengeFilter(null, null, null, ChallengeSort.NEWEST, after), LOCALE);
		List<ChallengeSummary> shown = list.challenges()
			.stream()
			.filter((c) -> "VISIBLE".equals(c.moderation()))
			.toList();
		// Comment counts are of visible comments, as on the site's pages.
		List<ChallengeJson> items = shown.stream()
			.map((c) -> new ChallengeJson(c.id(), c.title(), c.status().name(), themeCodes(c.themes()), c.themes(),
					name(c.author()), groupCode(c.author()), group(c.author()), c.endorsements(), c.comments(),
					c.createdAt()))
			.toList();
		return new ListPage<>(items, Cursor.encode("challenges", list.next()));
	}

	/**
	 * A challenge with its facilitators' response and one page of its visible comments
	 * (newest first; the cursor leads to older ones).
	 */
	public ChallengeDetailJson challenge(String slug, AccountPrincipal caller, long id, String cursor) {
		ChallengePage page = this.challenges.page(slug, caller, id, commentsBefore(cursor), LOCALE);
		var c = page.challenge();
		if (!c.isShown()) {
			throw new NotFoundException();
		}
		ResponseJson response = (c.getResponseHtml() != null)
				? new ResponseJson(c.getResponseHtml(), c.getResponderName(), c.getRespondedAt()) : null;
		return new ChallengeDetailJson(c.getId(), c.getTitle(), c.getStatus().name(), c.getBodyHtml(),
				page.themes().stream().map((t) -> t.getCode()).toList(),
				page.themes().stream().map((t) -> t.label(LOCALE)).toList(), name(page.author()),
				groupCode(page.author()), group(page.author()), c.getEndorsementCount(),
				this.comments.visibleCounts(ChallengeService.TARGET_TYPE, List.of(c.getId())).get(c.getId()),
				c.getCreatedAt(), response, thread(page));
	}

	/**
	 * A page of a challenge's comments (the cursor from the one before), without what
	 * {@link #challenge} adds: the open-data archive reads a whole thread this way, with
	 * no count of the thread per page (each one reads every comment of it: a
	 * 100,000-comment thread read 50 at a time counted 100,000 comments 2,000 times).
	 */
	ListPage<CommentJson> comments(String slug, AccountPrincipal caller, long id, String cursor) {
		ChallengePage page = this.challenges.page(slug, caller, id, commentsBefore(cursor), LOCALE);
		if (!page.challenge().isShown()) {
			throw new NotFoundException();
		}
		return thread(page);
	}

	/** The id a comments cursor leads before, or {@code null} for the first page. */
	private static Long commentsBefore(String cursor) {
		String before = Cursor.decode("comments", cursor);
		try {
			return (before != null) ? Long.valueOf(before) : null;
		}
		catch (NumberFormatException ex) {
			throw new BadCursorException();
		}
	}

	private ListPage<CommentJson> thread(ChallengePage page) {
		List<CommentJson> comments = new ArrayList<>();
		String next = null;
		if (page.thread() != null) {
			page.thread().comments().stream().map(this::comment).filter((j) -> j != null).forEach(comments::add);
			next = (page.thread().olderBefore() != null)
					? Cursor.encode("comments", page.thread().olderBefore().toString()) : null;
		}
		return new ListPage<>(comments, next);
	}

	/** A dialogue's meetings, upcoming first (soonest first), then past ones. */
	public ListPage<MeetingJson> meetings(String slug, AccountPrincipal caller) {
		MeetingList list = this.meetings.list(slug, caller);
		List<MeetingJson> items = new ArrayList<>();
		list.upcoming().forEach((m) -> items.add(meeting(m)));
		list.past().forEach((m) -> items.add(meeting(m)));
		return new ListPage<>(items, null);
	}

	/**
	 * A version of the dialogue's vision (0: the newest) with its paragraphs and the
	 * stances taken on each.
	 */
	public VisionJson vision(String slug, AccountPrincipal caller, int number) {
		VisionPage page = this.visions.version(slug, caller, number, LOCALE);
		if (page.version() == null) {
			throw new NotFoundException();
		}
		CommonGround common = this.visions.commonGround(slug, caller, page.version().getNumber(), LOCALE);
		Map<String, CommonGround.Row> rows = new HashMap<>();
		common.rows().forEach((r) -> rows.put(r.paragraph().getKey(), r));
		List<ParagraphJson> paragraphs = new ArrayList<>();
		for (VisionPage.ParagraphView p : page.paragraphs()) {
			CommonGround.Row row = rows.get(p.paragraph().getKey());
			List<GroupStancesJson> byGroup = new ArrayList<>();
			if (row != null) {
				for (int i = 0; i < common.groups().size(); i++) {
					StanceCounts cell = row.cells().get(i);
					byGroup.add(new GroupStancesJson(common.groups().get(i).code(), cell.agree(), cell.canLiveWith(),
							cell.disagree()));
				}
			}
			Integer shownNumber = p.paragraph().isHeading() ? null : page.version().textNumber(p.paragraph());
			paragraphs.add(new ParagraphJson(p.paragraph().getKey(), shownNumber, p.paragraph().getPosition(),
					p.paragraph().isHeading(), p.paragraph().getHtml(),
					new StancesJson(p.stances().agree(), p.stances().canLiveWith(), p.stances().disagree()),
					new StancesJson(p.room().agree(), p.room().canLiveWith(), p.room().disagree()),
					(row != null) ? row.verdict().name() : CommonGround.Verdict.NO_STANCES.name(), byGroup));
		}
		// The answers the public "you said, we did" page shows (visible comments only):
		// on every version's paragraphs, on paragraphs no longer in the vision, on a
		// version as a whole and on replies; numbered as that page numbers paragraphs.
		YouSaidWeDid said = this.visions.youSaidWeDid(slug, caller, null, null, LOCALE);
		List<DispositionJson> dispositions = new ArrayList<>();
		for (YouSaidWeDid.Section section : said.sections()) {
			Integer paragraphNumber = (section.paragraph() != null && !section.paragraph().isHeading())
					? said.latest().textNumber(section.paragraph()) : null;
			for (CommentNode node : section.comments()) {
				CommentAnswer answer = said.answers().get(node.id());
				if (answer != null) {
					dispositions.add(new DispositionJson(node.id(), section.key(), paragraphNumber,
							(section.paragraph() != null) ? "PARAGRAPH"
									: section.key().isEmpty() ? "WHOLE_VERSION" : "REMOVED_PARAGRAPH",
							answer.disposition().name(), answer.reason(), answer.landedVersion()));
				}
			}
		}
		dispositions.sort(java.util.Comparator.comparingLong(DispositionJson::commentId));
		return new VisionJson(page.version().getNumber(), page.version().getChangeSummary(),
				page.version().getPublishedAt(), page.versions().stream().map(VisionPage.VersionInfo::number).toList(),
				paragraphs, dispositions);
	}

	/** One page of the dialogue's resource library, newest first, by keyset. */
	public ListPage<ResourceJson> resources(String slug, AccountPrincipal caller, String cursor) {
		String before = Cursor.decode("resources", cursor);
		Long beforeId;
		try {
			beforeId = (before != null) ? Long.valueOf(before) : null;
		}
		catch (NumberFormatException ex) {
			throw new BadCursorException();
		}
		ResourceService.LibraryPage page = this.resources.library(slug, caller,
				new ResourceService.ResourceFilter(null, null, null, beforeId), LOCALE);
		List<ResourceJson> items = page.entries().stream().map((e) -> {
			Resource r = e.resource();
			return new ResourceJson(r.getId(), r.getKind().name(), r.getTitle(), r.getSummary(), r.getLanguages(),
					r.getAuthors(), r.getOrganisation(), r.getLicence(), r.getPublishedOn(), r.getUrl(),
					(r.getFileId() != null) ? "/dialogues/" + slug + "/files/" + r.getFileId() : null,
					themeCodes(e.themes()), e.themes(), r.getCreatedAt());
		}).toList();
		return new ListPage<>(items,
				(page.olderBefore() != null) ? Cursor.encode("resources", page.olderBefore().toString()) : null);
	}

	/** The dialogue's stakeholder map: actors and accepted relations (no proposals). */
	public MapJson map(String slug, AccountPrincipal caller) {
		StakeholderMap map = this.maps.map(slug, caller, LOCALE);
		return new MapJson(
				map.actors()
					.stream()
					.map((a) -> new ActorJson(a.id(), a.name(), a.kind().name(), a.groupCode(), a.region(),
							a.influence(), a.goal(), a.tagList()))
					.toList(),
				map.relations()
					.stream()
					.map((r) -> new RelationJson(r.id(), r.fromId(), r.toId(), r.type().name(), r.strength(),
							r.status().name(), r.disputedCodes(),
							(r.evidence() != null) ? new ApiJson.EvidenceJson(r.evidence().kind().name(),
									r.evidence().id(), r.evidence().title()) : null))
					.toList());
	}

	private CommentJson comment(CommentNode node) {
		if (node.status() != CommentStatus.VISIBLE || node.html() == null) {
			return null;
		}
		List<CommentJson> replies = node.replies().stream().map(this::comment).filter((j) -> j != null).toList();
		return new CommentJson(node.id(), node.parentId(), node.html(), name(node.author()), groupCode(node.author()),
				group(node.author()), node.createdAt(), node.editedAt(), replies);
	}

	private static MeetingJson meeting(Meeting m) {
		// RFC 3339 with the offset the meeting's zone has then; the zone itself beside
		// it.
		return new MeetingJson(m.getId(), m.getKind().name(), m.getTitle(), m.getPlace(),
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.getStart()),
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.getEnd()), m.getTimeZone().getId(), m.getLanguages(),
				m.getDescriptionHtml(), m.isCancelled() ? "CANCELLED" : "SCHEDULED");
	}

	private static DialogueJson dialogue(Dialogue d) {
		return new DialogueJson(d.getSlug(), d.getTitle(), d.getSummary(), d.getStatus().name(),
				d.getVisibility().name(), d.getCountry(), d.getLocation(), d.getStartDate(), d.getEndDate(),
				d.getOriginalLanguage(), d.getLanguages(), d.getCreatedAt());
	}

	/** The name the web shows (a pseudonym stays a pseudonym; the real name never). */
	private static String name(AuthorLabel label) {
		return (label != null) ? label.name() : null;
	}

	private static String group(AuthorLabel label) {
		return (label != null && !label.groupWithheld()) ? label.group() : null;
	}

	/**
	 * The code of the group an author's label names (labels are read in English here), as
	 * the vision's {@code byGroup} and the map give it; from the groups in memory.
	 */
	private String groupCode(AuthorLabel label) {
		String shown = group(label);
		if (shown == null) {
			return null;
		}
		return this.groups.byId()
			.values()
			.stream()
			.filter((g) -> g.label(LOCALE).equals(shown))
			.map(StakeholderGroup::getCode)
			.findFirst()
			.orElse(null);
	}

	/** The codes of themes given by their English labels; from the themes in memory. */
	private List<String> themeCodes(List<String> labels) {
		Map<String, String> codes = new HashMap<>();
		this.themes.byId().values().forEach((t) -> codes.putIfAbsent(t.label(LOCALE), t.getCode()));
		return labels.stream().map((l) -> codes.getOrDefault(l, l)).toList();
	}

	private static int parsePage(String position) {
		if (position == null) {
			return 0;
		}
		try {
			int page = Integer.parseInt(position);
			if (page < 0 || page > 100_000) {
				throw new BadCursorException();
			}
			return page;
		}
		catch (NumberFormatException ex) {
			throw new BadCursorException();
		}
	}

}
