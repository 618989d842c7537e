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

    public static final int VERSION = 2;

    private final Kabupaten kabupaten;
    private final NamePools names;
    private final Origins origins;

    public ScenarioGenerator(Kabupaten kabupaten, NamePools names, Origins origins) {
        this.kabupaten = kabupaten;
        this.names = names;
        this.origins = origins;
    }

    /** Seeds drawn per attempt until one fits: a small village can miss what a fault needs (a married child, say). */
    public static final int SEED_TRIES = 20;

    /**
     * The first seed from {@code seeds} whose village can hold the spec's fault mix, within
     * {@link #SEED_TRIES} draws; the last refusal otherwise.
     */
    public long fittingSeed(ScenarioSpec spec, java.util.function.LongSupplier seeds) {
        IllegalArgumentException last = null;
        for (int i = 0; i < SEED_TRIES; i++) {
            long seed = seeds.getAsLong();
            try {
                generate(spec, seed);
                return seed;
            } catch (IllegalArgumentException doesNotFit) {
                last = doesNotFit;
            }
        }
        throw last;
    }

    public Scenario generate(ScenarioSpec spec, long seed) {
        var rng = new SplittableRandom(seed);
        List<Village> villages = villagesFor(spec, rng);
        int[] perVillage = spread(spec.households(), villages, rng);

        var population = new PopulationGenerator(rng.split(), names, origins, spec.asOf());
        var welfare = new WelfareGenerator(rng.split());
        var families = new ArrayList<Family>(spec.households() + spec.households() / 16);
        var households = new ArrayList<DtksHousehold>(spec.households());
        for (int v = 0; v < villages.size(); v++) {
            Village village = villages.get(v);
            for (int serial = 1; serial <= perVillage[v]; serial++) {
                var household = population.household(village);
                families.addAll(household.families());
                households.add(dtks(village, serial, household, welfare, spec, rng));
            }
        }

        var planter = new FaultPlanter(rng.split(), spec.asOf(), names, population,
                code -> kabupaten.village(code).orElseThrow(), this::neighbours, households, families);
        spec.faults().forEach(planter::plant); // EnumMap: catalogue order
        planter.finish();
        var registryFamilies = new ArrayList<>(planter.families());
        var proposals = new ArrayList<Proposal>();
        if (spec.proposals() > 0) { // drawn last, so specs without proposals generate as before
            var newcomers = new PopulationGenerator(rng.split(), population);
            var proposalRng = rng.split();
            for (int i = 0; i < spec.proposals(); i++) {
                Village village = villages.get(i % villages.size());
                Family family = newcomers.family(village);
                registryFamilies.add(family);
                proposals.add(proposal(village, family, welfare, proposalRng));
            }
        }
        var registry = new CivilRegistry(registryFamilies, planter.events());
        return new Scenario(spec, seed, VERSION, villages, registry, planter.households(), planter.notes(),
                planter.anomalies(), planter.answerKey(), proposals);
    }

    /**
     * An usulan baru: the KK, the head's KTP (one in three still carries the address before the
     * family moved within the village: the KK's address is the one to key), and the house as photographed.
     */
    private static Proposal proposal(Village village, Family family, WelfareGenerator welfare, SplittableRandom rng) {
        String dukuh = family.dukuh();
        int rt = family.rt();
        int rw = family.rw();
        if (rng.nextInt(100) < 35) {
            var others = village.dukuh().stream().filter(d -> !d.equals(family.dukuh())).toList();
            if (!others.isEmpty() && rng.nextBoolean()) {
                dukuh = others.get(rng.nextInt(others.size()));
            }
            rt = rt % village.rtPerRw() + 1;
        }
        return new Proposal(family, dukuh, rt, rw, welfare.drawPoor().housing());
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

    /** The DTKS record of a registry household: ranked into a desil, with the programmes that follow from it. */
    private static DtksHousehold dtks(Village village, int serial, PopulationGenerator.Household household,
                                      WelfareGenerator welfare, ScenarioSpec spec, SplittableRandom rng) {
        var members = new ArrayList<DtksMember>(household.members().size());
        for (int i = 0; i < household.members().size(); i++) {
            Person p = household.members().get(i);
            int age = p.ageOn(spec.asOf());
            members.add(DtksMember.from(p, household.relationships().get(i), rng.nextInt(100) < 3,
                    age > 40 && rng.nextInt(100) < 12));
        }
        Family kk01 = household.kk01();
        String id = village.bpsCode() + String.format(java.util.Locale.ROOT, "%06d", serial);
        var w = welfare.draw();
        var record = new DtksHousehold(id, village.code(), kk01.dukuh(), kk01.rt(), kk01.rw(), kk01.kk(), w.housing(),
                w.assets(), Programs.NONE, Desil.NOT_RANKED, members);
        int desil = Desil.of(record, spec.asOf());
        return record.withDesil(desil).withPrograms(welfare.programs(desil, members, spec.asOf(), spec.regime()));
    }

    /** Other villages of the same kecamatan: where a mistyped region code points. */
    private List<String> neighbours(String villageCode) {
        String kecamatan = villageCode.substring(0, villageCode.lastIndexOf('.'));
        return kabupaten.villagesIn(kecamatan).stream().map(Village::code)
                .filter(c -> !c.equals(villageCode)).toList();
    }
}
