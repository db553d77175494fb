/** Admin-only endpoints: user roles. */
package org.lms.adapter.in.rest.admin;
