package id.siksacademy.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file uploaded during an attempt (the Berita Acara of the village meeting). */
@Entity
@Table(name = "attempt_file")
class AttemptFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected AttemptFile() {
    }

    AttemptFile(long attemptId, String fileName, String contentType, byte[] content, Instant uploadedAt) {
        this.attemptId = attemptId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    Long getId() { return id; }
    long getAttemptId() { return attemptId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    byte[] getContent() { return content; }
}
