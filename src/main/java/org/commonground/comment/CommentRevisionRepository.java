package org.commonground.comment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommentRevisionRepository extends JpaRepository<CommentRevision, Long> {

	@Query("select r from CommentRevision r where r.comment.id = :commentId order by r.id desc")
	List<CommentRevision> findByComment(long commentId);

	@Modifying
	@Query("delete from CommentRevision r where r.comment.id = :commentId")
	void deleteByComment(long commentId);

}
