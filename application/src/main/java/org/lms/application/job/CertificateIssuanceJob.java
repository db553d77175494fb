package org.lms.application.job;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobType;
import org.lms.domain.progress.event.CourseCompleted;

/**
 * The CERTIFICATE_ISSUANCE job of one completion: keyed by course and student, so a completion
 * enqueues it once however often it is retried. The payload is the two ids and nothing else.
 */
public record CertificateIssuanceJob(CourseId courseId, UserId studentId) {

    private static final Pattern PAYLOAD = Pattern.compile(
            "\\{\"courseId\":\"([0-9a-f-]{36})\",\"studentId\":\"([0-9a-f-]{36})\"}");

    public static CertificateIssuanceJob of(CourseCompleted completion) {
        return new CertificateIssuanceJob(completion.courseId(), completion.studentId());
    }

    /** Refuses anything it did not write itself. */
    public static CertificateIssuanceJob parse(String payload) {
        Matcher matcher = PAYLOAD.matcher(payload);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Certificate issuance payload is not {\"courseId\",\"studentId\"}");
        }
        return new CertificateIssuanceJob(new CourseId(UUID.fromString(matcher.group(1))),
                new UserId(UUID.fromString(matcher.group(2))));
    }

    public Job toJob(int maxAttempts, Instant now) {
        return Job.enqueue(JobType.CERTIFICATE_ISSUANCE, courseId.value() + ":" + studentId.value(),
                "{\"courseId\":\"" + courseId.value() + "\",\"studentId\":\"" + studentId.value() + "\"}",
                maxAttempts, now);
    }
}
