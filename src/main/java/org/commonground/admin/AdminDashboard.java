package org.commonground.admin;

import java.util.List;
import java.util.Map;

import org.commonground.account.AccountStatus;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.moderation.AuditPage;

/**
 * What the admin console's front page shows.
 *
 * @param deletionRequested accounts whose owner asked for their deletion, not yet carried
 * out (counted among the active ones too)
 * @param waitingCases moderation cases waiting for a decision on the whole platform
 * @param recent the newest audit entries, with the people and dialogues they name
 */
public record AdminDashboard(Map<AccountStatus, Long> accounts, long deletionRequested,
		Map<DialogueStatus, Long> dialogues, long challenges, long comments, long waitingCases, AuditPage recent) {

	public long accountTotal() {
		return this.accounts.values().stream().mapToLong(Long::longValue).sum();
	}

	public long dialogueTotal() {
		return this.dialogues.values().stream().mapToLong(Long::longValue).sum();
	}

	public List<AccountStatus> accountStatuses() {
		return List.of(AccountStatus.values());
	}

	public List<DialogueStatus> dialogueStatuses() {
		return List.of(DialogueStatus.values());
	}

}
