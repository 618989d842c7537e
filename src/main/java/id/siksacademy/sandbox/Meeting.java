package id.siksacademy.sandbox;

import java.time.LocalDate;

/** The recorded musyawarah desa and its Berita Acara file. */
public record Meeting(LocalDate date, int participants, String decisions, long fileId, String fileName) {
}
