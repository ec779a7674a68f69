package org.commonground.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

	@org.springframework.transaction.annotation.Transactional
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update OutboundEmail e set e.status = :status, e.error = :error where e.id = :id")
	void updateStatus(Long id, OutboundEmail.Status status, String error);

	Page<OutboundEmail> findByRecipientContainingIgnoreCaseOrderByCreatedAtDescIdDesc(String recipient,
			Pageable pageable);

}
