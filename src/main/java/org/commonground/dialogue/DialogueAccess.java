package org.commonground.dialogue;

import java.util.List;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountRole;
import org.commonground.shared.web.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may read, contribute to and facilitate a dialogue. Every
 * route, feed, search and export of every module asks here; what a viewer may not see
 * answers 404.
 */
@Component
@Transactional(readOnly = true)
public class DialogueAccess {

	private final DialogueRepository dialogues;

	private final MembershipRepository memberships;

	DialogueAccess(DialogueRepository dialogues, MembershipRepository memberships) {
		this.dialogues = dialogues;
		this.memberships = memberships;
	}

	/** The viewer's rights in the dialogue. */
	public ViewerContext context(Dialogue dialogue, AccountPrincipal viewer) {
		if (viewer == null) {
			return new ViewerContext(null, null, false);
		}
		Membership membership = this.memberships.findOne(dialogue.getId(), viewer.getId()).orElse(null);
		return new ViewerContext(viewer, membership, viewer.getRole() == AccountRole.ADMIN);
	}

	/**
	 * The dialogue with the viewer's rights.
	 * @throws NotFoundException if it does not exist or the viewer may not read it
	 */
	public DialogueView readable(String slug, AccountPrincipal viewer) {
		Dialogue dialogue;
		ViewerContext context;
		if (viewer == null) {
			dialogue = this.dialogues.findBySlug(slug).orElseThrow(NotFoundException::new);
			context = context(dialogue, null);
		}
		else {
			// The dialogue and the viewer's membership in one statement.
			List<Object[]> rows = this.dialogues.findBySlugWithMembership(slug, viewer.getId());
			if (rows.isEmpty()) {
				throw new NotFoundException();
			}
			dialogue = (Dialogue) rows.get(0)[0];
			context = new ViewerContext(viewer, (Membership) rows.get(0)[1], viewer.getRole() == AccountRole.ADMIN);
		}
		if (!context.canRead(dialogue)) {
			throw new NotFoundException();
		}
		return new DialogueView(dialogue, context);
	}

	/**
	 * Like {@link #readable} but also requires the viewer to facilitate it; others get
	 * 404.
	 */
	public DialogueView facilitated(String slug, AccountPrincipal viewer) {
		DialogueView view = readable(slug, viewer);
		if (!view.context().facilitates()) {
			throw new NotFoundException();
		}
		return view;
	}

	/**
	 * Like {@link #readable} but also requires the viewer to translate its contributions
	 * (a facilitator or a member marked as translator); others get 404.
	 */
	public DialogueView translatable(String slug, AccountPrincipal viewer) {
		DialogueView view = readable(slug, viewer);
		if (!view.context().translatesContributions()) {
			throw new NotFoundException();
		}
		return view;
	}

}
