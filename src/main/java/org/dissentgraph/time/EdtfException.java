package org.dissentgraph.time;

/** A date that is not valid EDTF; the message says why, in words a data author can act on. */
public final class EdtfException extends IllegalArgumentException {

    public EdtfException(String message) {
        super(message);
    }
}
