package id.siksacademy.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "attempt_action")
class AttemptAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "action_type", nullable = false, length = 40)
    private String type;

    @Column(nullable = false, length = 20_000)
    private String payload;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AttemptAction() {
    }

    AttemptAction(long attemptId, int seq, String type, String payload, Instant recordedAt) {
        this.attemptId = attemptId;
        this.seq = seq;
        this.type = type;
        this.payload = payload;
        this.recordedAt = recordedAt;
    }

    RecordedAction toRecord() {
        return new RecordedAction(seq, type, payload, recordedAt);
    }
}
