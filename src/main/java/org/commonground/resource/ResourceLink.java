package org.commonground.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A resource as evidence for one thing of its dialogue (a typed reference: a challenge, a
 * vision paragraph, a meeting), with where in the resource to look ("p. 12").
 */
@Entity
@Table(name = "resource_link")
public class ResourceLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false)
	private long resourceId;

	@Column(name = "dialogue_id", nullable = false)
	private long dialogueId;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_type", nullable = false)
	private LinkTarget targetType;

	@Column(name = "target_key", nullable = false)
	private String targetKey;

	@Column(nullable = false)
	private String locator = "";

	protected ResourceLink() {
	}

	ResourceLink(long resourceId, long dialogueId, LinkTarget targetType, String targetKey, String locator) {
		this.resourceId = resourceId;
		this.dialogueId = dialogueId;
		this.targetType = targetType;
		this.targetKey = targetKey;
		this.locator = (locator != null) ? locator.strip() : "";
	}

	public Long getId() {
		return this.id;
	}

	public long getResourceId() {
		return this.resourceId;
	}

	public LinkTarget getTargetType() {
		return this.targetType;
	}

	public String getTargetKey() {
		return this.targetKey;
	}

	public String getLocator() {
		return this.locator;
	}

}
