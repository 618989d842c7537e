package id.siksacademy.training;

import id.siksacademy.scenario.FaultType;
import id.siksacademy.scoring.ValidityAgents;
import java.util.List;
import java.util.Map;

/**
 * The builder's check of a draft before it may be saved: the exercise file it makes, a sample village
 * generated from it (name, households, the faults actually planted), the perfect and idle trainees'
 * scores on it, and any problem in words. Savable only without problems and with valid agents.
 */
public record BuilderPreview(String yaml, String villageName, String villageCode, int households,
                             Map<FaultType, Integer> planted, ValidityAgents.Report validity, List<Problem> problems) {

    public BuilderPreview {
        planted = planted == null ? Map.of() : Map.copyOf(planted);
        problems = List.copyOf(problems);
    }

    /** A translation key with its arguments, and the form field it concerns (null: the whole draft). */
    public record Problem(String field, String messageKey, List<String> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    public boolean savable() {
        return problems.isEmpty() && validity != null && validity.valid();
    }
}
