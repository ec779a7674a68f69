package org.commonground.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

	List<Theme> findByActiveTrueOrderBySortOrder();

	List<Theme> findByCodeInAndActiveTrue(Collection<String> codes);

	Optional<Theme> findByCode(String code);

}
