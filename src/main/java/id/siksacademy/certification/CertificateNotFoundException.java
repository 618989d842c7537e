package id.siksacademy.certification;

/** No certificate with that code (or not one the user may see). */
public class CertificateNotFoundException extends RuntimeException {

    public CertificateNotFoundException() {
        super("certificate not found");
    }
}
