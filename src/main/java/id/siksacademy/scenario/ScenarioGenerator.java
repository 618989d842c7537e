package id.siksacademy.scenario;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Spec + seed -&gt; a village's (or region's) civil registry, DTKS records with planted faults,
 * field notes and answer key. Pure and deterministic: the same spec, seed and {@link #VERSION}
 * give byte-identical output on any machine. Change generation on purpose: bump VERSION.
 */
public final class ScenarioGenerator {

    public static final int VERSION = 1;

    private final Kabupaten kabupaten;
    private final NamePools names;

    public ScenarioGenerator(Kabupaten kabupaten, NamePools names) {
        this.kabupaten = kabupaten;
        this.names = names;
    }

    public Scenario generate(ScenarioSpec spec, long seed) {
        var rng = new SplittableRandom(seed);
        List<Village> villages = villagesFor(spec, rng);
        int[] perVillage = spread(spec.households(), villages, rng);

        var population = new PopulationGenerator(rng.split(), names, spec.asOf());
        var welfare = new WelfareGenerator(rng.split());
        var families = new ArrayList<Family>(spec.households());
        var households = new ArrayList<DtksHousehold>(spec.households());
        for (int v = 0; v < villages.size(); v++) {
            Village village = villages.get(v);
            for (int serial = 1; serial <= perVillage[v]; serial++) {
                Family family = population.family(village);
                families.add(family);
                households.add(dtks(village, serial, family, welfare.draw(), rng));
            }
        }

        var planter = new FaultPlanter(rng.split(), spec.asOf(), names, this::neighbours, households, families);
        spec.faults().forEach(planter::plant); // EnumMap: catalogue order
        planter.finish();
        var registryFamilies = new ArrayList<>(planter.families());
        var proposals = new ArrayList<Family>();
        if (spec.proposals() > 0) { // drawn last, so specs without proposals generate as before
            var newcomers = new PopulationGenerator(rng.split(), names, spec.asOf(), population);
            for (int i = 0; i < spec.proposals(); i++) {
                proposals.add(newcomers.family(villages.get(i % villages.size())));
            }
            registryFamilies.addAll(proposals);
        }
        var registry = new CivilRegistry(registryFamilies, planter.events());
        return new Scenario(spec, seed, VERSION, villages, registry, planter.households(), planter.notes(),
                planter.answerKey(), proposals);
    }

    private List<Village> villagesFor(ScenarioSpec spec, SplittableRandom rng) {
        List<Village> all = kabupaten.villagesIn(spec.regionCode());
        if (all.isEmpty()) {
            throw new IllegalArgumentException("Region " + spec.regionCode() + " is not in Kabupaten "
                    + kabupaten.name());
        }
        return spec.allVillages() ? all : List.of(all.get(rng.nextInt(all.size())));
    }

    /** Households per village, in proportion to each village's number of RTs. */
    private static int[] spread(int households, List<Village> villages, SplittableRandom rng) {
        int[] cumulative = new int[villages.size()];
        int total = 0;
        for (int i = 0; i < villages.size(); i++) {
            total += villages.get(i).rwCount() * villages.get(i).rtPerRw();
            cumulative[i] = total;
        }
        int[] counts = new int[villages.size()];
        for (int i = 0; i < households; i++) {
            int r = rng.nextInt(total);
            int v = java.util.Arrays.binarySearch(cumulative, r + 1);
            counts[v < 0 ? -v - 1 : v]++;
        }
        return counts;
    }

    private static DtksHousehold dtks(Village village, int serial, Family family, WelfareGenerator.Welfare w,
                                      SplittableRandom rng) {
        var members = new ArrayList<DtksMember>(family.members().size());
        for (Person p : family.members()) {
            int age = p.ageOn(family.issuedOn());
            members.add(DtksMember.from(p, rng.nextInt(100) < 3, age > 40 && rng.nextInt(100) < 12));
        }
        String id = village.bpsCode() + String.format(java.util.Locale.ROOT, "%06d", serial);
        return new DtksHousehold(id, village.code(), family.dukuh(), family.rt(), family.rw(), family.kk(),
                w.housing(), w.assets(), w.programs(), w.desil(), members);
    }

    /** Other villages of the same kecamatan: where a mistyped region code points. */
    private List<String> neighbours(String villageCode) {
        String kecamatan = villageCode.substring(0, villageCode.lastIndexOf('.'));
        return kabupaten.villagesIn(kecamatan).stream().map(Village::code)
                .filter(c -> !c.equals(villageCode)).toList();
    }
}
