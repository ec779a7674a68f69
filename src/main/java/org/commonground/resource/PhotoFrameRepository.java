package org.commonground.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PhotoFrameRepository extends JpaRepository<PhotoFrame, Long> {

	@Query("select f from PhotoFrame f where f.resourceId = :resourceId order by f.position")
	List<PhotoFrame> findStory(long resourceId);

	@Query("select coalesce(max(f.position), 0) from PhotoFrame f where f.resourceId = :resourceId")
	int lastPosition(long resourceId);

	/** Those of these stories that have at least one frame. */
	@Query("select distinct f.resourceId from PhotoFrame f where f.resourceId in :resourceIds")
	List<Long> findStoriesWithFrames(java.util.Collection<Long> resourceIds);

	/**
	 * Swaps two frames of a story (through negative positions: the order is unique at
	 * every row).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(nativeQuery = true, value = """
			update photo_frame set position = -position where resource_id = :resourceId and position in (:a, :b)
			""")
	int setAside(long resourceId, int a, int b);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(nativeQuery = true, value = """
			update photo_frame set position = case when position = -:a then :b else :a end
			where resource_id = :resourceId and position in (-:a, -:b)
			""")
	int swapBack(long resourceId, int a, int b);

	/** Closes the gap a removed frame left: the frames after it move up one. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(nativeQuery = true, value = """
			update photo_frame set position = -(position - 1) where resource_id = :resourceId and position > :removed
			""")
	int moveUpAside(long resourceId, int removed);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(nativeQuery = true,
			value = "update photo_frame set position = -position where resource_id = :resourceId and position < 0")
	int restoreAside(long resourceId);

}
