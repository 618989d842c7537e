package id.siksacademy.sandbox;

import java.time.LocalDate;

/** The recorded musyawarah desa and its Berita Acara file, or the SPTJM that stands in for it. */
public record Meeting(LocalDate date, int participants, String decisions, long fileId, String fileName,
                      SandboxAction.MeetingKind kind) {
}
