package org.commonground.account;

import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.commonground.shared.web.Translations;
import org.hibernate.type.SqlTypes;

/**
 * The constituency a person speaks for (artisanal miner, government, buyer…), with a
 * stable code and a label per language.
 */
@Entity
@Table(name = "stakeholder_group")
public class StakeholderGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private Map<String, String> labels;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active = true;

	protected StakeholderGroup() {
	}

	StakeholderGroup(String code, Map<String, String> labels, int sortOrder) {
		this.code = code;
		this.labels = new java.util.HashMap<>(labels);
		this.sortOrder = sortOrder;
	}

	void relabel(Map<String, String> labels, boolean active) {
		this.labels = new java.util.HashMap<>(labels);
		this.active = active;
	}

	/** The label per language code, for editing. */
	public Map<String, String> getLabels() {
		return java.util.Collections.unmodifiableMap(this.labels);
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

	/** The label in the given language, falling back to English and then to the code. */
	public String label(Locale locale) {
		return Translations.pick(this.labels, locale, this.code);
	}

}
