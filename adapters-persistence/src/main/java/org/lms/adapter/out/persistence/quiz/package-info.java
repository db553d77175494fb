/** Quizzes, their questions and students' attempts in PostgreSQL (or H2), through native SQL. */
package org.lms.adapter.out.persistence.quiz;
