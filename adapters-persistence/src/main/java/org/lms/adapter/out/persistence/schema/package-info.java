/** The database schema: versioned migrations applied when the application starts. */
package org.lms.adapter.out.persistence.schema;
