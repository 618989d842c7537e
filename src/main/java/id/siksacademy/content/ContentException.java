package id.siksacademy.content;

/** A broken content file: says which file, which line and which field, in plain words. */
public class ContentException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public ContentException(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (field != null ? ", field '" + field + "'" : "") + ": "
                + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
