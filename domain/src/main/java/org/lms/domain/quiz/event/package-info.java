/** Events of quizzes: an attempt started, an attempt graded (submitted or expired). */
package org.lms.domain.quiz.event;
