package org.commonground.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.dialogue.DialogueView;
import org.commonground.export.SummarySection;

import org.springframework.stereotype.Component;

/**
 * The map in the summary exports: actors and agreed relations (with their sentences and
 * the groups disputing them) in the JSON document, the table and sentences in the PDF.
 */
@Component
class MapSummarySection implements SummarySection {

	private final MapService maps;

	MapSummarySection(MapService maps) {
		this.maps = maps;
	}

	@Override
	public String name() {
		return "stakeholderMap";
	}

	@Override
	public SummaryPart part(DialogueView view, Locale locale) {
		StakeholderMap map = this.maps.map(view, locale);
		return new SummaryPart(json(map), "map/fragments", "summary", map);
	}

	static Map<String, Object> json(StakeholderMap map) {
		List<Object> actors = new ArrayList<>();
		for (ActorView actor : map.actors()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", actor.id());
			item.put("label", actor.label());
			item.put("kind", actor.kind().name());
			item.put("group", actor.groupCode());
			item.put("region", actor.region());
			item.put("influence", actor.influence());
			item.put("goal", actor.goal());
			actors.add(item);
		}
		List<Object> relations = new ArrayList<>();
		for (RelationView relation : map.relations()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", relation.id());
			item.put("from", relation.fromId());
			item.put("to", relation.toId());
			item.put("type", relation.type().name());
			item.put("strength", relation.strength());
			item.put("evidence", (relation.evidence() != null) ? Map.of("kind", relation.evidence().kind().name(), "id",
					relation.evidence().id(), "title", relation.evidence().label()) : null);
			item.put("disputedBy", relation.disputedBy());
			item.put("sentence", relation.sentence());
			relations.add(item);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("actors", actors);
		json.put("relations", relations);
		return json;
	}

}
