/** Pages, forms and calendar files of meetings. */
package org.commonground.meeting.web;
