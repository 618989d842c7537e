package id.siksacademy.scenario;

/**
 * A line of a central anomaly list pushed to the village for a field check: a member matched as a
 * civil servant (BKN), paid above the provincial minimum wage (BPJS Ketenagakerjaan), or an online
 * gambler (PPATK). {@code detail} is what the list says (the agency, the wage). The list can be wrong.
 */
public record Anomaly(String id, String householdId, String memberNik, Source source, String detail) {

    public enum Source { BKN, BPJS_TK, PPATK }

    /** The operator's answer after the field check. */
    public enum Verdict { TERBUKTI, TIDAK_TERBUKTI }
}
