package org.lms.domain.file;

/** Why a file was uploaded, which decides who may read it. */
public enum FilePurpose {
    /** Course material an instructor uploaded; every enrolled student may read it. */
    LESSON_MATERIAL,
    /** A student's assignment submission; only that student and the course's staff may read it. */
    SUBMISSION
}
