package org.commonground.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

	Page<OutboundEmail> findByRecipientContainingIgnoreCaseOrderByCreatedAtDescIdDesc(String recipient,
			Pageable pageable);

}
