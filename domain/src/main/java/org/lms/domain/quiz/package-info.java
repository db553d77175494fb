/**
 * Quizzes of QUIZ lessons: questions with their answer keys, settings (pass mark, time limit, attempts,
 * scoring policy, shuffling, revealing answers), students' attempts and their grading.
 */
package org.lms.domain.quiz;
