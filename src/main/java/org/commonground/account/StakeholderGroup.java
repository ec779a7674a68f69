package org.commonground.account;

import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.commonground.shared.persistence.LabelledEntity;

/**
 * The constituency a person speaks for (artisanal miner, government, buyer…), with a
 * stable code and a label per language.
 */
@Entity
@Table(name = "stakeholder_group")
public class StakeholderGroup extends LabelledEntity {

	protected StakeholderGroup() {
	}

	StakeholderGroup(String code, Map<String, String> labels, int sortOrder) {
		super(code, labels, sortOrder);
	}

	@Override
	protected void relabel(Map<String, String> labels, boolean active) {
		super.relabel(labels, active);
	}

}
