package id.siksacademy.sandbox;

import id.siksacademy.scenario.Field;
import java.util.List;

/**
 * A line of the village's central matching result: one member, padan / tidak padan (with the fields
 * that differ) / NIK tidak ditemukan / NIK tidak valid (refused by the format check), and whether
 * Dukcapil records the person's death; or a person on the household's KK missing from DTKS.
 */
public record PadanRow(String householdId, int memberIndex, String nik, String name, Outcome outcome,
                       List<Field> differing, boolean deceased) {

    /** BELUM_TERDATA: a living person on one of the household's KKs whom no DTKS household lists (index -1). */
    public enum Outcome { PADAN, TIDAK_PADAN, TIDAK_DITEMUKAN, NIK_TIDAK_VALID, BELUM_TERDATA }

    public PadanRow {
        differing = List.copyOf(differing);
    }

    /** Whether the line asks for the operator's attention. */
    public boolean needsAction() {
        return outcome != Outcome.PADAN || deceased;
    }
}
