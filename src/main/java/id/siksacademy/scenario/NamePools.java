package id.siksacademy.scenario;

import java.util.List;
import java.util.Map;

/**
 * Given names by sex and generation (born before about 1970, 1970-1994, from 1995), and formal name to
 * nickname pairs (for the name-mismatch fault). A grandmother is Painem, her granddaughter Nabila.
 */
public record NamePools(List<String> male, List<String> female, List<String> maleOld, List<String> femaleOld,
                        List<String> maleYoung, List<String> femaleYoung, Map<String, String> nicknames) {

    public NamePools {
        male = List.copyOf(male);
        female = List.copyOf(female);
        maleOld = List.copyOf(maleOld);
        femaleOld = List.copyOf(femaleOld);
        maleYoung = List.copyOf(maleYoung);
        femaleYoung = List.copyOf(femaleYoung);
        nicknames = Map.copyOf(nicknames);
    }

    /** Every pool of one sex, for checks that do not care about generation. */
    public List<String> all(Sex sex) {
        return sex == Sex.LAKI_LAKI ? concat(maleOld, male, maleYoung) : concat(femaleOld, female, femaleYoung);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        var all = new java.util.ArrayList<String>(a.size() + b.size() + c.size());
        all.addAll(a);
        all.addAll(b);
        all.addAll(c);
        return List.copyOf(all);
    }
}
