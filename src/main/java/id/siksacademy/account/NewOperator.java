package id.siksacademy.account;

/** An operator account a trainer creates from a roster; the password is generated. */
public record NewOperator(String username, String fullName, String desaCode, String contact) {
}
