package org.commonground.dialogue;

import java.util.List;

/**
 * Implemented by a module whose news belongs in a dialogue's Atom feed (the meetings), so
 * that the module that writes the feed (resource) does not depend on it. Each
 * implementation answers with at most one statement, only with what the viewer of the
 * dialogue (already found readable) may see.
 */
public interface DialogueNewsSource {

	List<DialogueNews> news(DialogueView view);

}
