package org.commonground.dialogue;

import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.commonground.shared.persistence.LabelledEntity;

/** A topic tag of dialogues and challenges, with a label per language. */
@Entity
@Table(name = "theme")
public class Theme extends LabelledEntity {

	protected Theme() {
	}

	Theme(String code, Map<String, String> labels, int sortOrder) {
		super(code, labels, sortOrder);
	}

	@Override
	protected void relabel(Map<String, String> labels, boolean active) {
		super.relabel(labels, active);
	}

}
