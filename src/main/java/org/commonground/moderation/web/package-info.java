/**
 * Moderation pages: report and review-request forms, the queues, a contribution's case
 * page with the moderators' decisions, settings, the audit and public logs, the community
 * guidelines. Controllers are thin: one service call, then a redirect with a flash
 * message.
 */
package org.commonground.moderation.web;
