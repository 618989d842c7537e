package id.siksacademy.scenario;

import java.util.List;
import java.util.Map;

/** Pools of given names by sex, and formal name to nickname pairs (for the name-mismatch fault). */
public record NamePools(List<String> male, List<String> female, Map<String, String> nicknames) {

    public NamePools {
        male = List.copyOf(male);
        female = List.copyOf(female);
        nicknames = Map.copyOf(nicknames);
    }
}
