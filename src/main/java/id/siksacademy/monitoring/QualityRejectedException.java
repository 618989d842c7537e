package id.siksacademy.monitoring;

/** A field-quality import refused because the file is not clean: the check says why. */
public class QualityRejectedException extends RuntimeException {

    private final transient QualityCheck check;

    QualityRejectedException(QualityCheck check) {
        super("field quality file has " + check.problems().size() + " problems");
        this.check = check;
    }

    public QualityCheck check() {
        return check;
    }
}
