package org.commonground.map.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.map.ActorKind;

/** What a facilitator says about an actor; pins are in percent of the drawing. */
public class ActorForm {

	@Size(max = 120, message = "{map.error.label}")
	private String label;

	@NotNull(message = "{map.error.kind}")
	private ActorKind kind;

	private String groupCode;

	@Size(max = 120, message = "{map.error.region}")
	private String region;

	@NotNull(message = "{map.error.influence}")
	@Min(value = 0, message = "{map.error.influence}")
	@Max(value = 5, message = "{map.error.influence}")
	private Integer influence;

	@Size(max = 1000, message = "{map.error.goal}")
	private String goal;

	@Size(max = 500, message = "{map.error.tags}")
	private String tags;

	/** As typed (checked by the controller), so that it comes back as typed. */
	private String pinX;

	private String pinY;

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public void setKind(ActorKind kind) {
		this.kind = kind;
	}

	public String getGroupCode() {
		return this.groupCode;
	}

	public void setGroupCode(String groupCode) {
		this.groupCode = groupCode;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public Integer getInfluence() {
		return this.influence;
	}

	public void setInfluence(Integer influence) {
		this.influence = influence;
	}

	public String getGoal() {
		return this.goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getPinX() {
		return this.pinX;
	}

	public void setPinX(String pinX) {
		this.pinX = pinX;
	}

	public String getPinY() {
		return this.pinY;
	}

	public void setPinY(String pinY) {
		this.pinY = pinY;
	}

}
