package org.commonground.meeting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinuteTextRepository extends JpaRepository<MinuteText, Long> {

	Optional<MinuteText> findByItemIdAndLanguage(long itemId, String language);

}
