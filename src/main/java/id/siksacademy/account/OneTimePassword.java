package id.siksacademy.account;

/** A generated first password, shown once; it must be changed at the first login. */
public record OneTimePassword(String username, String fullName, String desaCode, String password) {
}
