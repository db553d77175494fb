/** Quizzes of QUIZ lessons and students' attempts over HTTP. */
package org.lms.adapter.in.rest.quiz;
