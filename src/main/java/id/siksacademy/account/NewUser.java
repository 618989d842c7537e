package id.siksacademy.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account an administrator asks to create. */
public record NewUser(
        @NotBlank @Size(min = 3, max = UserAccount.USERNAME_MAX)
        @Pattern(regexp = NewUser.USERNAME_PATTERN)
        String username,
        @NotBlank @Size(max = UserAccount.FULL_NAME_MAX) String fullName,
        @NotNull Role role,
        @NotBlank String password,
        /** The operator's desa (Kemendagri code); required for operators, ignored for other roles. */
        String desaCode) {

    /** Lower-case letters, digits, dot, dash and underscore: easy to type on a phone. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]+";
    public static final int USERNAME_MAX = UserAccount.USERNAME_MAX;
    public static final int FULL_NAME_MAX = UserAccount.FULL_NAME_MAX;
}
