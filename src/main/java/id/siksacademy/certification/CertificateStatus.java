package id.siksacademy.certification;

/** What the verification page says of a certificate: valid, expired, or revoked. */
public enum CertificateStatus { BERLAKU, KEDALUWARSA, DICABUT }
