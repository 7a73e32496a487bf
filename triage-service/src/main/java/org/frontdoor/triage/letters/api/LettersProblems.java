package org.frontdoor.triage.letters.api;

import org.frontdoor.triage.letters.domain.LetterNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A letter the reader may not see answers 404, as if it did not exist, in {@code application/problem+json}. */
@RestControllerAdvice(assignableTypes = LettersController.class)
class LettersProblems {

    @ExceptionHandler(LetterNotFound.class)
    ResponseEntity<ProblemDetail> notFound(LetterNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Outcome letter not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
