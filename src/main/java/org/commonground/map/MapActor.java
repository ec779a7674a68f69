package org.commonground.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One actor of a dialogue's map: a stakeholder group (its id, named by the account
 * module) or a named organisation, with its kind, region, influence (0–5), goal and the
 * position a facilitator pinned it at, if any.
 */
@Entity
@Table(name = "map_actor")
public class MapActor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false, updatable = false)
	private long dialogueId;

	@Column(name = "group_id")
	private Long groupId;

	@Column(nullable = false, length = 120)
	private String label;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActorKind kind;

	@Column(nullable = false, length = 120)
	private String region;

	@Column(nullable = false)
	private int influence;

	@Column(nullable = false, length = 1000)
	private String goal;

	@Column(nullable = false, length = 500)
	private String tags;

	@Column(name = "pin_x")
	private Double pinX;

	@Column(name = "pin_y")
	private Double pinY;

	protected MapActor() {
	}

	MapActor(long dialogueId, ActorDetails details) {
		this.dialogueId = dialogueId;
		update(details);
	}

	void update(ActorDetails details) {
		this.label = details.label();
		this.kind = details.kind();
		this.groupId = (details.kind() == ActorKind.STAKEHOLDER_GROUP) ? details.groupId() : null;
		this.region = (details.region() != null) ? details.region() : "";
		this.influence = details.influence();
		this.goal = (details.goal() != null) ? details.goal() : "";
		this.tags = (details.tags() != null) ? details.tags() : "";
	}

	void pin(Double x, Double y) {
		this.pinX = (x != null && y != null) ? x : null;
		this.pinY = (x != null && y != null) ? y : null;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public String getLabel() {
		return this.label;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public String getRegion() {
		return this.region;
	}

	public int getInfluence() {
		return this.influence;
	}

	public String getGoal() {
		return this.goal;
	}

	public String getTags() {
		return this.tags;
	}

	public Double getPinX() {
		return this.pinX;
	}

	public Double getPinY() {
		return this.pinY;
	}

	public boolean isPinned() {
		return this.pinX != null;
	}

	/** A group actor's members speak with many voices: sentences use plural verbs. */
	public boolean isGroup() {
		return this.kind == ActorKind.STAKEHOLDER_GROUP;
	}

}
