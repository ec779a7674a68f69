package org.commonground.admin;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.challenge.ChallengeService;
import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueService;
import org.commonground.moderation.AuditFilter;
import org.commonground.moderation.ModerationLogs;
import org.commonground.moderation.ModerationQueues;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin console's own pages: the dashboard and every dialogue. Admins only. */
@Service
@Transactional(readOnly = true)
public class AdminConsole {

	private final AccountService accounts;

	private final DialogueService dialogues;

	private final ChallengeService challenges;

	private final CommentThreads comments;

	private final ModerationQueues moderationQueues;

	private final ModerationLogs moderationLogs;

	AdminConsole(AccountService accounts, DialogueService dialogues, ChallengeService challenges,
			CommentThreads comments, ModerationQueues moderationQueues, ModerationLogs moderationLogs) {
		this.accounts = accounts;
		this.dialogues = dialogues;
		this.challenges = challenges;
		this.comments = comments;
		this.moderationQueues = moderationQueues;
		this.moderationLogs = moderationLogs;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public AdminDashboard dashboard(AccountPrincipal viewer) {
		return new AdminDashboard(this.accounts.countByStatus(), this.accounts.countDeletionRequested(),
				this.dialogues.countByStatus(), this.challenges.countAll(), this.comments.countAll(),
				this.moderationQueues.waitingCount(), this.moderationLogs.globalAudit(viewer, AuditFilter.none()));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Page<Dialogue> dialogues(int page) {
		return this.dialogues.all(page);
	}

}
