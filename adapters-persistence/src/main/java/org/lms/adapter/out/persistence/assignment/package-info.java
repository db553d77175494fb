/** Assignment submissions and their grades, in plain SQL. */
package org.lms.adapter.out.persistence.assignment;
