package id.kinerja.complaints.internal;

/** A downloaded attachment. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
