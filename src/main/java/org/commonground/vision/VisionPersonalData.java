package org.commonground.vision;

import java.util.List;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/** A person's stances on vision paragraphs, for their data archive. */
@Component
class VisionPersonalData implements PersonalDataSource {

	private final VisionRepository visions;

	VisionPersonalData(VisionRepository visions) {
		this.visions = visions;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("stances", List.of("dialogue_id", "version", "paragraph_key", "stance", "updated_at"),
				this.visions.findStancesOf(accountId));
	}

}
