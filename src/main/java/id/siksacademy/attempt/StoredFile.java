package id.siksacademy.attempt;

/** A file uploaded during an attempt. */
public record StoredFile(long id, String fileName, String contentType, byte[] content) {
}
