package id.siksacademy.account;

/** What a trainer sees of an operator: who, where, how to reach them, and whether they can log in yet. */
public record OperatorProfile(String username, String fullName, String desaCode, String contact, boolean enabled,
                              boolean passwordChangeRequired) {
}
