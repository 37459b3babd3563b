package io.veritag.service;

/** A labeling action that cannot be done as asked; the message is one line, fit to show the annotator. */
public class LabelingException extends RuntimeException {
    public LabelingException(String message) {
        super(message);
    }

    public LabelingException(String message, Throwable cause) {
        super(message, cause);
    }
}
