package org.commonground.map;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.challenge.ChallengeMention;
import org.commonground.challenge.ChallengeService;
import org.commonground.meeting.MeetingService;
import org.commonground.resource.ResourceService;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.security.PostingLimit;
import org.commonground.shared.web.SupportedLanguages;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stakeholder maps: reading them (drawing, table, sentences), actors' pages,
 * facilitators' editing and decisions, and members' proposals and disputes. Who may read
 * follows the dialogue ({@link DialogueAccess}); what a viewer may not see answers 404.
 */
@Service
@Transactional(readOnly = true)
public class MapService {

	static final int CHALLENGES_PER_ACTOR = 20;

	private final DialogueAccess access;

	private final MapRepository actors;

	private final MapRelationRepository relations;

	private final MapDisputeRepository disputes;

	private final StakeholderGroupService groups;

	private final AccountService accounts;

	private final ChallengeService challenges;

	private final MeetingService meetings;

	private final ResourceService resources;

	private final PostingLimit postingLimit;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MapService(DialogueAccess access, MapRepository actors, MapRelationRepository relations,
			MapDisputeRepository disputes, StakeholderGroupService groups, AccountService accounts,
			ChallengeService challenges, MeetingService meetings, ResourceService resources, PostingLimit postingLimit,
			MessageSource messages, Clock clock, ApplicationEventPublisher events) {
		this.access = access;
		this.actors = actors;
		this.relations = relations;
		this.disputes = disputes;
		this.groups = groups;
		this.accounts = accounts;
		this.challenges = challenges;
		this.meetings = meetings;
		this.resources = resources;
		this.postingLimit = postingLimit;
		this.messages = messages;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The map of a dialogue the viewer may read: three statements after the dialogue's.
	 */
	public StakeholderMap map(String slug, AccountPrincipal viewer, Locale locale) {
		return map(this.access.readable(slug, viewer), locale);
	}

	/** The map of a dialogue the caller has already been allowed to read. */
	public StakeholderMap map(DialogueView view, Locale locale) {
		long dialogueId = view.dialogue().getId();
		List<ActorView> actorViews = this.actors.findActors(dialogueId)
			.stream()
			.map((a) -> actorView(a, locale))
			.toList();
		Map<Long, ActorView> byId = new HashMap<>();
		actorViews.forEach((a) -> byId.put(a.id(), a));
		Map<Long, MapRelation> liveById = new LinkedHashMap<>();
		Map<Long, List<MapDispute>> disputesByRelation = new HashMap<>();
		for (Object[] row : this.relations.findLiveWithDisputes(dialogueId)) {
			MapRelation relation = (MapRelation) row[0];
			liveById.putIfAbsent(relation.getId(), relation);
			if (row[1] instanceof MapDispute dispute) {
				disputesByRelation.computeIfAbsent(relation.getId(), (k) -> new ArrayList<>()).add(dispute);
			}
		}
		List<MapRelation> live = new ArrayList<>(liveById.values());
		boolean facilitates = view.context().facilitates();
		Long viewerId = view.context().viewerId();
		Map<Evidence, Evidence> evidence = titled(view, live);
		List<RelationView> agreed = new ArrayList<>();
		List<RelationView> proposals = new ArrayList<>();
		for (MapRelation relation : live) {
			RelationView relationView = relationView(relation, evidence.get(relation.getEvidence()), byId,
					disputesByRelation.getOrDefault(relation.getId(), List.of()), facilitates, viewerId, locale);
			if (relation.getStatus() == RelationStatus.AGREED) {
				agreed.add(relationView);
			}
			else if (facilitates || (viewerId != null && viewerId.equals(relation.getProposedBy()))) {
				proposals.add(relationView);
			}
		}
		return new StakeholderMap(view, actorViews, agreed, proposals, MapLayout.draw(actorViews, agreed),
				Arrays.stream(RelationType.values())
					.filter((t) -> agreed.stream().anyMatch((r) -> r.type() == t))
					.toList(),
				view.context().canContribute(view.dialogue()));
	}

	/** The map in brief for the dialogue's page, in one statement. */
	public MapSummary summary(DialogueView view) {
		Object[] row = this.actors.countSummary(view.dialogue().getId()).get(0);
		return new MapSummary(view, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
				((Number) row[2]).longValue(), view.context().facilitates() ? ((Number) row[3]).longValue() : 0);
	}

	/** An actor's page: its relations both ways and the challenges that name it. */
	public ActorPage actor(String slug, AccountPrincipal viewer, long actorId, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		StakeholderMap map = map(view, locale);
		ActorView actor = map.actors()
			.stream()
			.filter((a) -> a.id() == actorId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		List<RelationView> outgoing = map.relations().stream().filter((r) -> r.fromId() == actorId).toList();
		List<RelationView> incoming = map.relations().stream().filter((r) -> r.toId() == actorId).toList();
		Set<Long> evidence = new LinkedHashSet<>();
		for (RelationView relation : outgoing) {
			addEvidence(evidence, relation);
		}
		for (RelationView relation : incoming) {
			addEvidence(evidence, relation);
		}
		List<ChallengeMention> named = this.challenges.mentions(view, evidence, actor.name(), CHALLENGES_PER_ACTOR);
		Long groupId = groupIdOf(actor.groupCode());
		String groupName = (groupId != null) ? this.groups.labelOf(groupId, locale) : null;
		return new ActorPage(view, actor, groupName, outgoing, incoming, named);
	}

	private static void addEvidence(Set<Long> ids, RelationView relation) {
		if (relation.evidence() != null && relation.evidence().kind() == EvidenceKind.CHALLENGE) {
			ids.add(relation.evidence().id());
		}
	}

	/** The actor as stored, for a facilitator's form. */
	public MapActor actorForEditing(String slug, AccountPrincipal viewer, long actorId) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return this.actors.findActor(actorId, view.dialogue().getId()).orElseThrow(NotFoundException::new);
	}

	/** The relation as stored, with the codes of the groups disputing it, for a form. */
	public EditableRelation relationForEditing(String slug, AccountPrincipal viewer, long relationId) {
		DialogueView view = this.access.facilitated(slug, viewer);
		MapRelation relation = this.relations.findRelation(relationId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		List<String> codes = this.disputes.findByRelation(relationId)
			.stream()
			.filter((d) -> d.getStatus() == DisputeStatus.ACCEPTED)
			.map((d) -> this.groups.codeOf(d.getGroupId()))
			.distinct()
			.toList();
		return new EditableRelation(relation, codes);
	}

	/** A relation and the groups whose disputes stand. */
	public record EditableRelation(MapRelation relation, List<String> disputedBy) {
	}

	/** The dialogue, for forms, if the viewer facilitates it. */
	public DialogueView facilitated(String slug, AccountPrincipal viewer) {
		return this.access.facilitated(slug, viewer);
	}

	/** The dialogue, for forms, if the viewer may read it. */
	public DialogueView readable(String slug, AccountPrincipal viewer) {
		return this.access.readable(slug, viewer);
	}

	/**
	 * Adds an actor ({@code actorId} null) or changes one, with where it is pinned (both
	 * in percent, or both null).
	 * @return the actor's id
	 * @throws MapRuleException when the label is taken or a group actor has no group
	 */
	@Transactional
	public long saveActor(String slug, AccountPrincipal viewer, Long actorId, ActorDetails details, Double pinX,
			Double pinY) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return saveActor(view.dialogue().getId(), actorId, details, pinX, pinY);
	}

	long saveActor(long dialogueId, Long actorId, ActorDetails details, Double pinX, Double pinY) {
		ActorDetails checked = checkActor(dialogueId, (actorId != null) ? actorId : -1, details);
		MapActor actor = (actorId != null)
				? this.actors.findActor(actorId, dialogueId).orElseThrow(NotFoundException::new)
				: this.actors.save(new MapActor(dialogueId, checked));
		actor.update(checked);
		actor.pin(pinX, pinY);
		this.actors.flush();
		return actor.getId();
	}

	private ActorDetails checkActor(long dialogueId, long exceptId, ActorDetails details) {
		Map<String, String> problems = actorProblems(dialogueId, exceptId, details);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new MapRuleException(first.getValue(), first.getKey());
		}
		String label = label(details);
		Long groupId = (details.kind() == ActorKind.STAKEHOLDER_GROUP) ? details.groupId() : null;
		return new ActorDetails(label, details.kind(), groupId, strip(details.region()), details.influence(),
				strip(details.goal()), strip(details.tags()));
	}

	/**
	 * What is wrong with these details of an actor (its name, its group), every problem
	 * at once, so that a form shows each beside its field in one round: message keys by
	 * field; empty when {@link #saveActor} would accept them. Nothing is saved.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> actorProblems(String slug, AccountPrincipal viewer, Long actorId, ActorDetails details) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return actorProblems(view.dialogue().getId(), (actorId != null) ? actorId : -1, details);
	}

	private Map<String, String> actorProblems(long dialogueId, long exceptId, ActorDetails details) {
		Map<String, String> problems = new LinkedHashMap<>();
		String label = label(details);
		if (details.kind() == ActorKind.STAKEHOLDER_GROUP) {
			if (details.groupId() == null || !this.groups.byId().containsKey(details.groupId())) {
				problems.put("groupCode", "map.error.group");
			}
			else if (label.isEmpty() && this.actors.groupTaken(dialogueId, details.groupId(), exceptId)) {
				problems.put("label", "map.error.label.group");
			}
		}
		else if (label.isEmpty()) {
			problems.put("label", "map.error.label.required");
		}
		if (!label.isEmpty() && this.actors.labelTaken(dialogueId, label, exceptId)) {
			problems.put("label", "map.error.label.taken");
		}
		return problems;
	}

	/**
	 * The name as it is kept: spaces collapsed (" Bank of Tanzania" is "Bank of
	 * Tanzania"), and empty for a group actor named just as its group is in one of the
	 * site's languages, which is then the group itself and named in each reader's
	 * language.
	 */
	private String label(ActorDetails details) {
		String label = (details.label() != null) ? details.label().strip().replaceAll("\\s+", " ") : "";
		if (details.kind() == ActorKind.STAKEHOLDER_GROUP && details.groupId() != null
				&& this.groups.byId().containsKey(details.groupId())) {
			for (String language : SupportedLanguages.CODES) {
				if (label.equalsIgnoreCase(this.groups.labelOf(details.groupId(), Locale.forLanguageTag(language)))) {
					return "";
				}
			}
		}
		return label;
	}

	/** Removes an actor and its relations. */
	@Transactional
	public void deleteActor(String slug, AccountPrincipal viewer, long actorId) {
		DialogueView view = this.access.facilitated(slug, viewer);
		MapActor actor = this.actors.findActor(actorId, view.dialogue().getId()).orElseThrow(NotFoundException::new);
		this.actors.delete(actor);
		audit(viewer, AuditAction.MAP_ACTOR_REMOVED, view, "MAP_ACTOR", actorId, null, actor.getLabel());
	}

	private void audit(AccountPrincipal viewer, AuditAction action, DialogueView view, String subjectType,
			Long subjectId, Long subjectAccountId, String note) {
		this.events.publishEvent(new AuditEvent(viewer.getId(), action, view.dialogue().getId(), subjectType, subjectId,
				subjectAccountId, null, (note == null || note.isEmpty()) ? null : note));
	}

	/**
	 * A facilitator adds an agreed relation ({@code relationId} null) or edits one, and
	 * says which groups dispute it.
	 * @return the relation's id
	 */
	@Transactional
	public long saveRelation(String slug, AccountPrincipal viewer, Long relationId, RelationDetails details,
			Collection<String> disputedBy) {
		DialogueView view = this.access.facilitated(slug, viewer);
		long dialogueId = view.dialogue().getId();
		checkRelation(view, details);
		checkNotOnMap(dialogueId, details, (relationId != null) ? relationId : -1);
		MapRelation relation;
		if (relationId == null) {
			relation = this.relations.save(new MapRelation(dialogueId, details, RelationStatus.AGREED, "",
					viewer.getId(), this.clock.instant()));
		}
		else {
			relation = this.relations.findRelation(relationId, dialogueId).orElseThrow(NotFoundException::new);
			relation.update(details);
		}
		setDisputedBy(relation, disputedBy, viewer.getId());
		this.relations.flush();
		return relation.getId();
	}

	void setDisputedBy(MapRelation relation, Collection<String> codes, long facilitatorId) {
		Set<Long> wanted = new LinkedHashSet<>();
		for (String code : (codes != null) ? codes : List.<String>of()) {
			Long groupId = groupIdOf(code);
			if (groupId == null) {
				throw new MapRuleException("map.error.group", "disputedBy");
			}
			wanted.add(groupId);
		}
		for (MapDispute dispute : this.disputes.findByRelation(relation.getId())) {
			if (dispute.getStatus() == DisputeStatus.ACCEPTED && !wanted.remove(dispute.getGroupId())) {
				dispute.decide(DisputeStatus.DECLINED, facilitatorId);
			}
			else if (dispute.getStatus() == DisputeStatus.PENDING && wanted.remove(dispute.getGroupId())) {
				dispute.decide(DisputeStatus.ACCEPTED, facilitatorId);
			}
		}
		for (Long groupId : wanted) {
			this.disputes
				.save(new MapDispute(relation, groupId, null, "", DisputeStatus.ACCEPTED, this.clock.instant()));
		}
	}

	private void checkRelation(DialogueView view, RelationDetails details) {
		long dialogueId = view.dialogue().getId();
		if (this.actors.findActor(details.fromActorId(), dialogueId).isEmpty()) {
			throw new MapRuleException("map.error.actor", "fromActorId");
		}
		if (this.actors.findActor(details.toActorId(), dialogueId).isEmpty()) {
			throw new MapRuleException("map.error.actor", "toActorId");
		}
		if (details.fromActorId() == details.toActorId()) {
			throw new MapRuleException("map.error.self", "toActorId");
		}
		Evidence evidence = details.evidence();
		if (evidence != null && !titles(view, evidence.kind(), Set.of(evidence.id())).containsKey(evidence.id())) {
			throw new MapRuleException("map.error.evidence", "evidence");
		}
	}

	/**
	 * Refuses a relation the map already holds (the same actors, the same way round, the
	 * same type), as the Kumu import does, beside the relation's type.
	 */
	private void checkNotOnMap(long dialogueId, RelationDetails details, long exceptId) {
		if (this.relations.taken(dialogueId, details.fromActorId(), details.toActorId(), details.type(),
				RelationStatus.AGREED, exceptId)) {
			throw new MapRuleException("map.error.relation.taken", "type");
		}
	}

	/**
	 * A member proposes a relation, with a reason; it waits for a facilitator.
	 * @return the proposal's id
	 */
	@Transactional
	public long propose(String slug, AccountPrincipal viewer, RelationDetails details, String reason) {
		DialogueView view = contributor(slug, viewer);
		checkRelation(view, details);
		checkNotOnMap(view.dialogue().getId(), details, -1);
		if (this.relations.taken(view.dialogue().getId(), details.fromActorId(), details.toActorId(), details.type(),
				RelationStatus.PROPOSED, -1)) {
			throw new MapRuleException("map.error.relation.proposed", "type");
		}
		if (reason == null || reason.isBlank()) {
			throw new MapRuleException("map.error.reason.required", "reason");
		}
		this.postingLimit.take(viewer.getId());
		long id = this.relations
			.save(new MapRelation(view.dialogue().getId(), details, RelationStatus.PROPOSED, reason.strip(),
					viewer.getId(), this.clock.instant()))
			.getId();
		this.events.publishEvent(new MapContributionWaiting(view.dialogue().getId(), viewer.getId(), id, id,
				MapDecisionMade.Subject.PROPOSAL));
		return id;
	}

	/** A member disputes an agreed relation for their group, with a reason. */
	@Transactional
	public void dispute(String slug, AccountPrincipal viewer, long relationId, String reason) {
		DialogueView view = contributor(slug, viewer);
		MapRelation relation = this.relations.findRelation(relationId, view.dialogue().getId())
			.filter((r) -> r.getStatus() == RelationStatus.AGREED)
			.filter((r) -> !Long.valueOf(viewer.getId()).equals(r.getProposedBy()))
			.orElseThrow(NotFoundException::new);
		if (reason == null || reason.isBlank()) {
			throw new MapRuleException("map.error.reason.required", "reason");
		}
		if (this.disputes.findByAccount(relationId, viewer.getId()).isPresent()) {
			throw new MapRuleException("map.error.disputed", "reason");
		}
		this.postingLimit.take(viewer.getId());
		long groupId = this.accounts.get(viewer.getId()).getStakeholderGroup().getId();
		long disputeId = this.disputes
			.save(new MapDispute(relation, groupId, viewer.getId(), reason.strip(), DisputeStatus.PENDING,
					this.clock.instant()))
			.getId();
		this.events.publishEvent(new MapContributionWaiting(view.dialogue().getId(), viewer.getId(), relationId,
				disputeId, MapDecisionMade.Subject.DISPUTE));
	}

	/** A facilitator accepts a proposed relation onto the map, or declines it. */
	@Transactional
	public void decideRelation(String slug, AccountPrincipal viewer, long relationId, boolean accept) {
		DialogueView view = this.access.facilitated(slug, viewer);
		MapRelation relation = this.relations.findRelation(relationId, view.dialogue().getId())
			.filter((r) -> r.getStatus() == RelationStatus.PROPOSED)
			.orElseThrow(NotFoundException::new);
		if (accept) {
			checkNotOnMap(view.dialogue().getId(), new RelationDetails(relation.getFromActorId(),
					relation.getToActorId(), relation.getType(), relation.getStrength(), null), relationId);
		}
		relation.decide(accept ? RelationStatus.AGREED : RelationStatus.DECLINED, viewer.getId(), this.clock.instant());
		audit(viewer, accept ? AuditAction.MAP_PROPOSAL_ACCEPTED : AuditAction.MAP_PROPOSAL_DECLINED, view,
				"MAP_RELATION", relationId, relation.getProposedBy(), null);
		if (relation.getProposedBy() != null) {
			this.events.publishEvent(new MapDecisionMade(view.dialogue().getId(), relation.getProposedBy(), relationId,
					MapDecisionMade.Subject.PROPOSAL, accept));
		}
	}

	/**
	 * A facilitator accepts a member's dispute (the relation shows it) or declines it.
	 */
	@Transactional
	public void decideDispute(String slug, AccountPrincipal viewer, long disputeId, boolean accept) {
		DialogueView view = this.access.facilitated(slug, viewer);
		MapDispute dispute = this.disputes.findDispute(disputeId, view.dialogue().getId())
			.filter((d) -> d.getStatus() == DisputeStatus.PENDING)
			.orElseThrow(NotFoundException::new);
		dispute.decide(accept ? DisputeStatus.ACCEPTED : DisputeStatus.DECLINED, viewer.getId());
		audit(viewer, accept ? AuditAction.MAP_DISPUTE_ACCEPTED : AuditAction.MAP_DISPUTE_DECLINED, view, "MAP_DISPUTE",
				disputeId, dispute.getAccountId(), null);
		if (dispute.getAccountId() != null) {
			this.events.publishEvent(new MapDecisionMade(view.dialogue().getId(), dispute.getAccountId(),
					dispute.getRelationId(), MapDecisionMade.Subject.DISPUTE, accept));
		}
	}

	private DialogueView contributor(String slug, AccountPrincipal viewer) {
		DialogueView view = this.access.readable(slug, viewer);
		if (!view.context().canContribute(view.dialogue())) {
			throw new NotFoundException();
		}
		return view;
	}

	/**
	 * Reads both Kumu sheets and says what is wrong with each row; writes nothing. Names
	 * of group actors without a name of their own are their groups' English names.
	 */
	public KumuCsv.Sheets previewImport(String slug, AccountPrincipal viewer, String elements, String connections) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return KumuCsv.parse(elements, connections, groupCodes(), existingByName(view).keySet());
	}

	/**
	 * Imports both sheets in one transaction, if every row is right: actors whose name is
	 * on the map already are updated, others added; connections are added as agreed
	 * relations (an existing one of the same type between the same actors is updated).
	 * @return the number of rows imported
	 * @throws MapRuleException if any row is wrong (nothing is written)
	 */
	@Transactional
	public int importMap(String slug, AccountPrincipal viewer, String elements, String connections) {
		DialogueView view = this.access.facilitated(slug, viewer);
		long dialogueId = view.dialogue().getId();
		Map<String, Long> byName = existingByName(view);
		KumuCsv.Sheets sheets = KumuCsv.parse(elements, connections, groupCodes(), byName.keySet());
		if (!sheets.ok()) {
			throw new MapRuleException("map.import.error.invalid", "elementsFile");
		}
		for (KumuCsv.ElementRow row : sheets.elements()) {
			Long groupId = (row.kind() == ActorKind.STAKEHOLDER_GROUP) ? groupIdOf(row.groupCode()) : null;
			String label = (groupId != null
					&& row.label().equalsIgnoreCase(this.groups.labelOf(groupId, Locale.ENGLISH))) ? "" : row.label();
			ActorDetails details = new ActorDetails(label, row.kind(), groupId, row.region(),
					row.influence().isEmpty() ? 0 : Integer.parseInt(row.influence()), row.description(),
					stripGroupTag(row.tags()));
			Long existing = byName.get(row.label().toLowerCase(Locale.ROOT));
			MapActor actor = (existing != null) ? this.actors.findActor(existing, dialogueId).orElseThrow() : null;
			long id = saveActor(dialogueId, existing, details, (actor != null) ? actor.getPinX() : null,
					(actor != null) ? actor.getPinY() : null);
			byName.put(row.label().toLowerCase(Locale.ROOT), id);
		}
		List<MapRelation> live = this.relations.findLive(dialogueId);
		for (KumuCsv.ConnectionRow row : sheets.connections()) {
			RelationDetails details = new RelationDetails(byName.get(row.from().toLowerCase(Locale.ROOT)),
					byName.get(row.to().toLowerCase(Locale.ROOT)), row.relationType(), row.strengthValue(), null);
			MapRelation relation = live.stream()
				.filter((r) -> r.getStatus() == RelationStatus.AGREED && r.getFromActorId() == details.fromActorId()
						&& r.getToActorId() == details.toActorId() && r.getType() == details.type())
				.findFirst()
				.orElse(null);
			if (relation == null) {
				relation = this.relations.save(new MapRelation(dialogueId, details, RelationStatus.AGREED, "",
						viewer.getId(), this.clock.instant()));
				live = new ArrayList<>(live);
				live.add(relation);
			}
			else {
				relation.update(new RelationDetails(details.fromActorId(), details.toActorId(), details.type(),
						details.strength(), relation.getEvidence()));
			}
			setDisputedBy(relation, row.disputedCodes(), viewer.getId());
		}
		this.relations.flush();
		audit(viewer, AuditAction.MAP_IMPORTED, view, "DIALOGUE", dialogueId, null,
				sheets.elements().size() + " elements, " + sheets.connections().size() + " connections");
		return sheets.elements().size() + sheets.connections().size();
	}

	/** The map as Kumu's two sheets, by file name. */
	public Map<String, String> exportCsv(String slug, AccountPrincipal viewer) {
		StakeholderMap map = map(this.access.facilitated(slug, viewer), Locale.ENGLISH);
		Map<String, String> files = new java.util.LinkedHashMap<>();
		files.put("elements.csv", KumuCsv.elements(map.actors()));
		files.put("connections.csv", KumuCsv.connections(map.relations()));
		return files;
	}

	private Map<String, Long> existingByName(DialogueView view) {
		Map<String, Long> byName = new HashMap<>();
		for (MapActor actor : this.actors.findActors(view.dialogue().getId())) {
			byName.put(actorView(actor, Locale.ENGLISH).name().toLowerCase(Locale.ROOT), actor.getId());
		}
		return byName;
	}

	private Set<String> groupCodes() {
		Set<String> codes = new java.util.HashSet<>();
		this.groups.byId().values().forEach((g) -> codes.add(g.getCode()));
		return codes;
	}

	private Long groupIdOf(String code) {
		return this.groups.byId()
			.values()
			.stream()
			.filter((g) -> g.getCode().equals(code))
			.map(StakeholderGroup::getId)
			.findFirst()
			.orElse(null);
	}

	private static String stripGroupTag(String tags) {
		return String.join("|",
				Arrays.stream(tags.split("[|,;]"))
					.map(String::strip)
					.filter((t) -> !t.isEmpty() && !t.toLowerCase(Locale.ROOT).startsWith("group:"))
					.toList());
	}

	/** The active stakeholder groups, for forms. */
	public List<StakeholderGroup> groups() {
		return this.groups.activeGroups();
	}

	/** The id of the group with this code, if it is active. */
	public Long groupId(String code) {
		return this.groups.findActive(code).map(StakeholderGroup::getId).orElse(null);
	}

	ActorView actorView(MapActor actor, Locale locale) {
		boolean group = actor.isGroup() && actor.getGroupId() != null;
		boolean named = !actor.getLabel().isEmpty();
		return new ActorView(actor.getId(), named ? actor.getLabel() : this.groups.labelOf(actor.getGroupId(), locale),
				actor.getLabel(), actor.getKind(), group ? this.groups.codeOf(actor.getGroupId()) : null,
				actor.getRegion(), actor.getInfluence(), actor.getGoal(), actor.getTags(), actor.getPinX(),
				actor.getPinY());
	}

	/**
	 * The relations' evidence with its titles, keyed by the evidence as stored: one
	 * statement per kind of evidence cited, none when none is. Evidence that is no longer
	 * there for everyone to see (a hidden challenge, a deleted meeting) is left out.
	 */
	private Map<Evidence, Evidence> titled(DialogueView view, List<MapRelation> relations) {
		Map<EvidenceKind, Set<Long>> ids = new java.util.EnumMap<>(EvidenceKind.class);
		for (MapRelation relation : relations) {
			Evidence evidence = relation.getEvidence();
			if (evidence != null) {
				ids.computeIfAbsent(evidence.kind(), (k) -> new LinkedHashSet<>()).add(evidence.id());
			}
		}
		Map<Evidence, Evidence> titled = new HashMap<>();
		ids.forEach((kind, wanted) -> titles(view, kind, wanted)
			.forEach((id, evidence) -> titled.put(new Evidence(kind, id), evidence)));
		return titled;
	}

	/**
	 * These things of one kind in the dialogue, titled (a challenge's in the language it
	 * was written in), by id: one statement.
	 */
	private Map<Long, Evidence> titles(DialogueView view, EvidenceKind kind, Set<Long> ids) {
		Map<Long, Evidence> titles = new HashMap<>();
		switch (kind) {
			case CHALLENGE -> this.challenges.refs(view, ids)
				.forEach((id, ref) -> titles.put(id, new Evidence(kind, id, ref.title(), ref.language())));
			case MEETING -> this.meetings.refs(view, ids)
				.forEach((id, ref) -> titles.put(id, new Evidence(kind, id, ref.title(), null)));
			case RESOURCE -> this.resources.refs(view, ids)
				.forEach((id, ref) -> titles.put(id, new Evidence(kind, id, ref.title(), null)));
		}
		return titles;
	}

	/**
	 * What a relation may cite as evidence in this dialogue: its challenges, meetings and
	 * resources (three statements, for the relation form).
	 */
	public EvidenceChoices evidenceChoices(DialogueView view) {
		return new EvidenceChoices(this.challenges.linkable(view), this.meetings.linkable(view),
				this.resources.linkable(view));
	}

	private RelationView relationView(MapRelation relation, Evidence evidence, Map<Long, ActorView> actorsById,
			List<MapDispute> relationDisputes, boolean facilitates, Long viewerId, Locale locale) {
		ActorView from = actorsById.get(relation.getFromActorId());
		ActorView to = actorsById.get(relation.getToActorId());
		List<Long> disputing = relationDisputes.stream()
			.filter((d) -> d.getStatus() == DisputeStatus.ACCEPTED)
			.map(MapDispute::getGroupId)
			.distinct()
			.toList();
		List<String> disputedBy = disputing.stream().map((id) -> this.groups.labelOf(id, locale)).toList();
		List<String> disputedCodes = disputing.stream().map(this.groups::codeOf).toList();
		List<RelationView.DisputeView> pending = relationDisputes.stream()
			.filter((d) -> d.getStatus() == DisputeStatus.PENDING)
			.filter((d) -> facilitates || (viewerId != null && viewerId.equals(d.getAccountId())))
			.map((d) -> new RelationView.DisputeView(d.getId(), this.groups.labelOf(d.getGroupId(), locale),
					d.getReason()))
			.toList();
		boolean mine = viewerId != null && (viewerId.equals(relation.getProposedBy())
				|| relationDisputes.stream().anyMatch((d) -> viewerId.equals(d.getAccountId())));
		return new RelationView(relation.getId(), from.id(), from.name(), to.id(), to.name(), relation.getType(),
				relation.getStrength(), evidence, relation.getStatus(), relation.getReason(), disputedBy, disputedCodes,
				pending, sentence(from, to, relation.getType(), relation.getStrength(), disputedBy, locale), mine);
	}

	/** "Gold buyers pre-finance artisanal miners — strong; disputed by …". */
	String sentence(ActorView from, ActorView to, RelationType type, int strength, List<String> disputedBy,
			Locale locale) {
		String verb = this.messages.getMessage("map.sentence." + type.name() + (from.plural() ? ".many" : ".one"),
				new Object[] { from.name(), to.name() }, locale);
		String text = this.messages.getMessage("map.sentence.strength",
				new Object[] { verb, this.messages.getMessage("map.strength." + strength, null, locale) }, locale);
		if (!disputedBy.isEmpty()) {
			text = this.messages.getMessage("map.sentence.disputed",
					new Object[] { text, String.join(", ", disputedBy) }, locale);
		}
		return text;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
