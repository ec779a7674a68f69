/**
 * The comment module's web layer: the one route family through which every comment and
 * reply is posted, read, edited and deleted, whatever it is about.
 */
package org.commonground.comment.web;
