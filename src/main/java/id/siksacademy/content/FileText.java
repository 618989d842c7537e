package id.siksacademy.content;

/** A content file's name as shown in messages, and its text. */
record FileText(String name, String text) {
}
