package id.siksacademy.base.text;

/**
 * Text that came from outside (file names, usernames typed at the login form) made safe to store and
 * to show: control characters, bidi overrides and other invisible formatting are removed or made
 * visible, so that "exe.pdf" written backwards cannot pass for "fdp.exe".
 */
public final class SafeText {

    /** Longest file name kept (the end of a longer one, where its extension is). */
    public static final int FILE_NAME_MAX = 200;

    private SafeText() {
    }

    /** Control, format (bidi, zero-width), unassigned, private and separator characters. */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The name without invisible characters, without any path, trimmed, at most {@link #FILE_NAME_MAX} long. */
    public static String fileName(String name) {
        if (name == null) {
            return "";
        }
        var clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> !invisible(c)).forEach(clean::appendCodePoint);
        String s = clean.toString();
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1).strip();
        return s.length() <= FILE_NAME_MAX ? s : s.substring(s.length() - FILE_NAME_MAX);
    }

    /** For display: every invisible character shown as its code, e.g. "[U+202E]". */
    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (invisible(c)) {
                out.append(String.format(java.util.Locale.ROOT, "[U+%04X]", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
