package id.siksacademy.e2e;

import id.siksacademy.content.ScenarioSnapshot;
import id.siksacademy.scenario.Scenario;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a test needs to play an attempt well: its scenario, regenerated from the stored inputs. */
final class AttemptAnswers {

    private AttemptAnswers() {
    }

    static Scenario scenario(JdbcTemplate jdbc, long attemptId) {
        return jdbc.queryForObject("select snapshot, seed from attempt where id = ?", (rs, n) -> {
            var input = ScenarioSnapshot.read(rs.getString("snapshot"));
            return input.generator().generate(input.spec(), rs.getLong("seed"));
        }, attemptId);
    }
}
