package id.siksacademy.certification;

/** Too many unknown codes from one address lately. */
public class VerificationThrottledException extends RuntimeException {

    public VerificationThrottledException() {
        super("too many unknown certificate codes from this address");
    }
}
