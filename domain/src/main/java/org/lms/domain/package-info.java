/**
 * The learning domain: aggregates, value objects, domain events and policies in plain Java.
 * Nothing here knows about HTTP, databases, CDI or metrics; adapters translate to and from it.
 */
package org.lms.domain;
