package dev.starling.store;

/** A database problem, with a message that names the file and says what to do. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
