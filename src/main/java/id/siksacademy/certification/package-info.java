/**
 * Certification: certificates issued once when an exam is passed under curriculum.yaml's rules, the
 * PDF with its QR code, public verification by an unguessable code, expiry and revocation.
 */
package id.siksacademy.certification;
