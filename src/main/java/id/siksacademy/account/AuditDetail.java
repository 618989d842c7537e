package id.siksacademy.account;

import java.time.Instant;
import java.util.List;

/**
 * The "detail" of an audit line, stored as {@code key:arg:arg} so that the audit screen can say it in
 * words in the viewer's language. Lines written before this format are shown as they are.
 */
public record AuditDetail(String key, List<String> args) {

    public AuditDetail {
        args = List.copyOf(args);
    }

    static String role(Role role) {
        return "role:" + role.name();
    }

    static String roleChange(Role from, Role to) {
        return "role-change:" + from.name() + ":" + to.name();
    }

    static String lockout(long failures, Instant until) {
        return "lockout:" + failures + ":" + until;
    }

    static String reason(String exceptionName) {
        return "reason:" + exceptionName;
    }

    static String bootstrap() {
        return "bootstrap";
    }

    private static final java.util.regex.Pattern LEGACY_ROLE_CHANGE = java.util.regex.Pattern.compile("([A-Z_]+) -> ([A-Z_]+)");
    private static final java.util.regex.Pattern LEGACY_LOCKOUT =
            java.util.regex.Pattern.compile("(\\d+) failures; locked until (\\S+)");

    /** The structured form of a stored detail (lines of the first release included), or null for free text. */
    public static AuditDetail parse(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        return parseCurrent(legacy(detail.strip()));
    }

    /** Details as the first release wrote them, in today's form. */
    private static String legacy(String detail) {
        var roleChange = LEGACY_ROLE_CHANGE.matcher(detail);
        var lockout = LEGACY_LOCKOUT.matcher(detail);
        if (detail.startsWith("role=")) {
            return "role:" + detail.substring("role=".length());
        } else if (roleChange.matches()) {
            return "role-change:" + roleChange.group(1) + ":" + roleChange.group(2);
        } else if (lockout.matches()) {
            return "lockout:" + lockout.group(1) + ":" + lockout.group(2);
        } else if (detail.equals("bootstrap DINSOS_ADMIN")) {
            return "bootstrap";
        } else if (detail.matches("[A-Za-z]+Exception")) {
            return "reason:" + detail;
        }
        return detail;
    }

    private static AuditDetail parseCurrent(String detail) {
        String[] parts = detail.split(":", -1);
        var known = switch (parts[0]) {
            case "role" -> parts.length == 2;
            case "role-change" -> parts.length == 3;
            // an Instant holds colons itself: "lockout:5:2026-11-28T04:09:10Z"
            case "lockout" -> parts.length >= 3;
            case "reason" -> parts.length == 2;
            case "bootstrap" -> parts.length == 1;
            default -> false;
        };
        if (!known) {
            return null;
        }
        if (parts[0].equals("lockout")) {
            return new AuditDetail("lockout", List.of(parts[1], detail.substring(("lockout:" + parts[1] + ":").length())));
        }
        return new AuditDetail(parts[0], List.of(parts).subList(1, parts.length));
    }
}
