package id.siksacademy.sandbox;

import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.Anomaly;
import id.siksacademy.scenario.Eligibility;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import java.util.List;

/** Everything an operator can do in the sandbox. Each is appended to the attempt's log, then applied. */
public sealed interface SandboxAction {

    /** Perbaikan data: one field of a household ({@code memberIndex} null) or of one of its members. */
    record Edit(String householdId, Integer memberIndex, Field field, String value) implements SandboxAction {
    }

    /**
     * Hasil verval of a household; ganda and "bagian dari rumah tangga lain" name the household the
     * record belongs to ({@code linkedHouseholdId}, absent in logs written before it existed).
     */
    record SetHouseholdStatus(String householdId, HouseholdStatus status, String reason, String linkedHouseholdId)
            implements SandboxAction {

        public SetHouseholdStatus(String householdId, HouseholdStatus status, String reason) {
            this(householdId, status, reason, null);
        }
    }

    /** Hasil verval of a member; ganda and pindah name the other household (the other half, or where they live now). */
    record SetMemberStatus(String householdId, int memberIndex, MemberStatus status, String reason,
                           String linkedHouseholdId) implements SandboxAction {
    }

    /** The eligibility decision, apart from the verval result: layak, sudah mampu, tidak layak. */
    record SetEligibility(String householdId, Eligibility eligibility, String reason) implements SandboxAction {
    }

    /** The head has died: marks the death and makes another member the head. */
    record ReplaceHead(String householdId, int deceasedIndex, int newHeadIndex, String reason) implements SandboxAction {
    }

    /** A person on the household's KK added to its DTKS record (a newborn, an omitted spouse). */
    record AddMember(String householdId, NewMember member) implements SandboxAction {
    }

    /** The answer to a line of a central anomaly list after the field check, with what was found. */
    record AnswerAnomaly(String anomalyId, Anomaly.Verdict verdict, String evidence) implements SandboxAction {
    }

    /** A Padan Dukcapil look-up of a NIK or a KK number. Changes no data; kept for review. */
    record Padan(PadanKind kind, String query) implements SandboxAction {
    }

    /** Usulan baru: a household keyed in from its paper KK ({@code proposal} = which form). */
    record AddHousehold(int proposal, String kk, String dukuh, int rt, int rw, List<NewMember> members)
            implements SandboxAction {

        public AddHousehold {
            members = List.copyOf(members);
        }
    }

    /**
     * Musyawarah desa with its Berita Acara, or an SPTJM (statement of absolute responsibility) where
     * no meeting is needed; either with its uploaded file. {@code kind} is absent in older logs: a meeting.
     */
    record RecordMeeting(String date, int participants, String decisions, long fileId, String fileName,
                         MeetingKind kind) implements SandboxAction {

        public RecordMeeting {
            kind = kind == null ? MeetingKind.MUSDES : kind;
        }

        public RecordMeeting(String date, int participants, String decisions, long fileId, String fileName) {
            this(date, participants, decisions, fileId, fileName, MeetingKind.MUSDES);
        }
    }

    enum MeetingKind { MUSDES, SPTJM }

    /** A guided step checked against its part of the answer key ("Periksa langkah"). */
    record CheckStep(String stepId) implements SandboxAction {
    }

    /** A hint taken: hints come in stages; {@code cost} is the points it takes off the score. */
    record UseHint(String stepId, int level, int cost) implements SandboxAction {
    }

    /**
     * Help that names a household a guided step is still wrong about ("Tunjukkan rumah tangga"); it
     * costs like a hint. {@code householdId} is the one shown, kept for the trainer's review.
     */
    record ShowHousehold(String stepId, String householdId, int cost) implements SandboxAction {
    }

    /** Finalisasi: the month's changes go to the kabupaten. The attempt is then submitted. */
    record Finalise() implements SandboxAction {
    }

    enum PadanKind { NIK, KK }

    /** One member as keyed for an usulan baru. */
    record NewMember(String nik, String name, String sex, String birthPlace, String birthDate, String relationship,
                     String maritalStatus, String motherName, String education, String occupation) {
    }
}
