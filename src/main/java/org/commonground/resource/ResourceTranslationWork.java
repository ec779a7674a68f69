package org.commonground.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.TranslationWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The library entries neither written in nor translated into each language. */
@Component
@Order(2)
class ResourceTranslationWork implements TranslationWork {

	private final ResourceTranslationStore store;

	ResourceTranslationWork(ResourceTranslationStore store) {
		this.store = store;
	}

	@Override
	public String kind() {
		return "resources";
	}

	@Override
	public String path() {
		return "/resources";
	}

	@Override
	public Map<String, Left> left(DialogueView view, List<String> languages) {
		Map<String, Left> left = new LinkedHashMap<>();
		this.store.left(view.dialogue().getId(), languages)
			.forEach((language, counts) -> left.put(language, new Left(counts[0], 0, counts[1])));
		return left;
	}

}
