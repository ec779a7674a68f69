package org.commonground.map.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.map.RelationType;

/** A relation a facilitator adds or edits, or a member proposes (with a reason). */
public class RelationForm {

	@NotNull(message = "{map.error.actor}")
	private Long fromActorId;

	@NotNull(message = "{map.error.actor}")
	private Long toActorId;

	@NotNull(message = "{map.error.type}")
	private RelationType type;

	@NotNull(message = "{map.error.strength}")
	@Min(value = 1, message = "{map.error.strength}")
	@Max(value = 3, message = "{map.error.strength}")
	private Integer strength;

	/** What the relation cites, as {@code "MEETING:12"}; blank for nothing. */
	private String evidence;

	@Size(max = 1000, message = "{map.error.reason}")
	private String reason;

	private List<String> disputedBy = new ArrayList<>();

	public Long getFromActorId() {
		return this.fromActorId;
	}

	public void setFromActorId(Long fromActorId) {
		this.fromActorId = fromActorId;
	}

	public Long getToActorId() {
		return this.toActorId;
	}

	public void setToActorId(Long toActorId) {
		this.toActorId = toActorId;
	}

	public RelationType getType() {
		return this.type;
	}

	public void setType(RelationType type) {
		this.type = type;
	}

	public Integer getStrength() {
		return this.strength;
	}

	public void setStrength(Integer strength) {
		this.strength = strength;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public List<String> getDisputedBy() {
		return this.disputedBy;
	}

	public void setDisputedBy(List<String> disputedBy) {
		this.disputedBy = disputedBy;
	}

}
