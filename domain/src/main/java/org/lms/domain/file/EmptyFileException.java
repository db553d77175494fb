package org.lms.domain.file;

import org.lms.domain.shared.InvalidValueException;

/** An upload carried no bytes. */
public class EmptyFileException extends InvalidValueException {

    public EmptyFileException() {
        super("file", "The uploaded file is empty");
    }
}
