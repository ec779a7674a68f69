package org.commonground.resource;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

	/** A file of the library (not one kept for the facilitators only). */
	@Query("select f from StoredFile f where f.id = :id and f.dialogueId = :dialogueId and f.facilitatorsOnly = false")
	Optional<StoredFile> findInDialogue(long id, long dialogueId);

	@Query("select f from StoredFile f where f.id = :id and f.dialogueId = :dialogueId and f.facilitatorsOnly = true")
	Optional<StoredFile> findFacilitatorsOnly(long id, long dialogueId);

	@Query("select f from StoredFile f where f.id in :ids")
	List<StoredFile> findAllByIdIn(Collection<Long> ids);

}
