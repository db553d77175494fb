/** File uploads and downloads over HTTP: raw bodies with explicit limits, Range requests, safe names. */
package org.lms.adapter.in.rest.file;
