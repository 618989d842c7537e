package id.siksacademy.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "attempt_comment")
class AttemptComment {

    static final int BODY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AttemptComment() {
    }

    AttemptComment(long attemptId, String author, String body, Instant createdAt) {
        this.attemptId = attemptId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    TrainerComment toRecord() {
        return new TrainerComment(id, author, body, createdAt);
    }
}
