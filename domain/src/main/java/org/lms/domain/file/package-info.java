/** Uploaded files: their metadata, which types and names are acceptable, and who may download them. */
package org.lms.domain.file;
