/** Certificates in table {@code certificate}; the table's unique constraints make issuance exactly-once. */
package org.lms.adapter.out.persistence.certificate;
