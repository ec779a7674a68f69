package org.commonground.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PhotoFrameRepository extends JpaRepository<PhotoFrame, Long> {

	@Query("select f from PhotoFrame f where f.resourceId = :resourceId order by f.position")
	List<PhotoFrame> findStory(long resourceId);

	@Query("select coalesce(max(f.position), 0) from PhotoFrame f where f.resourceId = :resourceId")
	int lastPosition(long resourceId);

}
