package org.commonground.dialogue;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountRole;
import org.commonground.account.AccountService;
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

	private final AccountService accounts;

	DialogueAccess(DialogueRepository dialogues, MembershipRepository memberships, AccountService accounts) {
		this.dialogues = dialogues;
		this.memberships = memberships;
		this.accounts = accounts;
	}

	/**
	 * Which of these accounts may read the dialogue now (the rule of
	 * {@link ViewerContext#canRead}): for whatever is sent to people later about a
	 * dialogue's content (notifications, a members-only newsletter), so that someone
	 * removed, or a dialogue made members-only, stops it. One statement, and a second for
	 * the admins among the others only when some remain.
	 */
	public Set<Long> readers(long dialogueId, Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> readers = new HashSet<>(
				this.memberships.findReaders(dialogueId, accountIds.stream().distinct().toArray(Long[]::new)));
		List<Long> others = accountIds.stream().filter((id) -> !readers.contains(id)).distinct().toList();
		if (!others.isEmpty()) {
			readers.addAll(this.accounts.adminIds(others));
		}
		return readers;
	}

	/**
	 * Which of these dialogues the account may read now (the rule of
	 * {@link ViewerContext#canRead}): for what is sent to one person later about several
	 * dialogues at once (a digest), so that someone removed from one, or a dialogue made
	 * members-only, stops it. One statement, and a second (is the account an admin) only
	 * when some remain.
	 */
	public Set<Long> readableBy(long accountId, Collection<Long> dialogueIds) {
		if (dialogueIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> readable = new HashSet<>(
				this.memberships.findReadable(accountId, dialogueIds.stream().distinct().toArray(Long[]::new)));
		if (readable.size() < dialogueIds.stream().distinct().count()
				&& !this.accounts.adminIds(List.of(accountId)).isEmpty()) {
			readable.addAll(dialogueIds);
		}
		return readable;
	}

	/** Whether anyone, signed in or not, may read the dialogue. */
	public static boolean readableByAnyone(Dialogue dialogue) {
		return new ViewerContext(null, null, false).canRead(dialogue);
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
