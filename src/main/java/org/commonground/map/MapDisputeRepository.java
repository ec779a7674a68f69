package org.commonground.map;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MapDisputeRepository extends JpaRepository<MapDispute, Long> {

	@Query("select d from MapDispute d where d.id = :id and d.dialogueId = :dialogueId")
	Optional<MapDispute> findDispute(long id, long dialogueId);

	@Query("select d from MapDispute d where d.relationId = :relationId and d.accountId = :accountId")
	Optional<MapDispute> findByAccount(long relationId, long accountId);

	@Query("select d from MapDispute d where d.relationId = :relationId")
	List<MapDispute> findByRelation(long relationId);

}
