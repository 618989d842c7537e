package id.siksacademy.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** For every household: the fault planted in it (or CLEAN) and the action that fixes it. */
public record AnswerKey(List<Entry> entries) {

    /** {@code memberNik} is the NIK the member carries in DTKS (possibly the faulty one). */
    public record Entry(String householdId, FaultType fault, String memberNik, ExpectedAction action) {
    }

    public AnswerKey {
        entries = List.copyOf(entries);
    }

    public Map<String, Entry> byHousehold() {
        var map = new LinkedHashMap<String, Entry>();
        entries.forEach(e -> map.put(e.householdId(), e));
        return map;
    }

    public long faultyCount() {
        return entries.stream().filter(e -> e.fault() != FaultType.CLEAN).count();
    }
}
