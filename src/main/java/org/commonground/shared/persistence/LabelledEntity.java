package org.commonground.shared.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.commonground.shared.web.Translations;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Reference data that admins name in every language (stakeholder groups, themes): a
 * stable code, a label per language stored as JSON, a display order and whether people
 * can still choose it.
 */
@MappedSuperclass
public abstract class LabelledEntity {

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

	protected LabelledEntity() {
	}

	protected LabelledEntity(String code, Map<String, String> labels, int sortOrder) {
		this.code = code;
		this.labels = new HashMap<>(labels);
		this.sortOrder = sortOrder;
	}

	/**
	 * What {@link #relabel} with these values would change, as the audit log's note keeps
	 * it: {@code RENAMED}, {@code RETIRED} or {@code REACTIVATED}, several separated by a
	 * space, or {@code UNCHANGED}.
	 */
	public String changes(Map<String, String> labels, boolean active) {
		List<String> changes = new ArrayList<>();
		if (!filled(this.labels).equals(filled(labels))) {
			changes.add("RENAMED");
		}
		if (this.active != active) {
			changes.add(active ? "REACTIVATED" : "RETIRED");
		}
		return changes.isEmpty() ? "UNCHANGED" : String.join(" ", changes);
	}

	private static Map<String, String> filled(Map<String, String> labels) {
		Map<String, String> filled = new HashMap<>();
		if (labels != null) {
			labels.forEach((language, label) -> {
				if (label != null && !label.isBlank()) {
					filled.put(language, label.strip());
				}
			});
		}
		return filled;
	}

	protected void relabel(Map<String, String> labels, boolean active) {
		this.labels = new HashMap<>(labels);
		this.active = active;
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

	/** The label per language code, for editing. */
	public Map<String, String> getLabels() {
		return Collections.unmodifiableMap(this.labels);
	}

	/** The label in the given language, falling back to English and then to the code. */
	public String label(Locale locale) {
		return Translations.pick(this.labels, locale, this.code);
	}

}
