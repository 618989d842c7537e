package id.siksacademy.scenario;

import java.time.LocalDate;

/**
 * A simulation of BPS's welfare ranking (desil 1-10), clearly ours: BPS ranks every household from
 * about 39 variables of housing, assets and demographics; this proxy-means index uses the ones the
 * sandbox has, with the weights below, and cuts it into ten classes. Higher is better off. Desil 1-4
 * are eligible for every programme, desil 5 for Sembako/BPNT and PBI-JK only.
 */
public final class Desil {

    /** Index values where desil 2, 3, ... 10 begin. */
    static final double[] CUTS = {2.6, 3.4, 4.1, 4.8, 5.6, 6.5, 7.6, 8.8, 10.2};
    /** A household ranks on its housing survey: 0 until it has one (a new proposal). */
    public static final int NOT_RANKED = 0;
    /** From this desil up a household is well off: aid there is an inclusion error. */
    public static final int WELL_OFF = 8;
    /** The highest desil each programme reaches: every programme to desil 4, Sembako and PBI-JK to 5. */
    public static final int ALL_PROGRAMMES_UP_TO = 4;
    public static final int SEMBAKO_PBI_UP_TO = 5;

    private Desil() {
    }

    public static int of(DtksHousehold h, LocalDate asOf) {
        if (h.housing().floorArea() == 0) {
            return NOT_RANKED;
        }
        double index = index(h, asOf);
        int desil = 1;
        for (double cut : CUTS) {
            if (index >= cut) {
                desil++;
            }
        }
        return desil;
    }

    /** The proxy-means index: housing, assets and demographics, each weighted as documented in README. */
    public static double index(DtksHousehold h, LocalDate asOf) {
        Housing g = h.housing();
        int size = Math.max(1, h.members().size());
        double v = 2.0 * Math.min(40, g.floorArea() / (double) size) / 40;
        v += switch (g.floor()) {
            case 1, 2, 3, 4, 5 -> 1.0;
            case 6 -> 0.4;
            default -> 0;
        };
        v += switch (g.wall()) {
            case 1 -> 0.8;
            case 3 -> 0.4;
            case 2 -> 0.3;
            default -> 0;
        };
        v += switch (g.roof()) {
            case 1 -> 0.6;
            case 2, 3 -> 0.4;
            case 4 -> 0.3;
            case 5, 6 -> 0.15;
            default -> 0;
        };
        v += switch (g.water()) {
            case 1 -> 0.6;
            case 3 -> 0.4;
            case 2 -> 0.3;
            case 4 -> 0.2;
            default -> 0;
        };
        v += g.lighting() != 1 ? 0 : switch (g.power()) {
            case 2 -> 0.3;
            case 3 -> 0.7;
            case 4 -> 1.2;
            case 5 -> 1.5;
            default -> 0;
        };
        v += switch (g.cookingFuel()) {
            case 1, 2 -> 0.6;
            case 3 -> 0.3;
            default -> 0;
        };
        v += g.toilet() == 1 ? 0.4 : g.toilet() == 2 ? 0.1 : 0;
        v += g.ownership() == 1 ? 0.2 : 0;
        v += asset(h, Field.ASSET_CAR, 2.5) + asset(h, Field.ASSET_AC, 1.0) + asset(h, Field.ASSET_OTHER_HOUSE, 1.0)
                + asset(h, Field.ASSET_WATER_HEATER, 0.6) + asset(h, Field.ASSET_GOLD, 0.6)
                + asset(h, Field.ASSET_FRIDGE, 0.5) + asset(h, Field.ASSET_LAPTOP, 0.5) + asset(h, Field.ASSET_LAND, 0.5)
                + asset(h, Field.ASSET_MOTORBIKE, 0.4) + asset(h, Field.ASSET_BOAT, 0.3) + asset(h, Field.ASSET_TV, 0.2)
                + asset(h, Field.ASSET_GAS, 0.2) + asset(h, Field.ASSET_PHONE, 0.1);
        v -= 0.15 * Math.max(0, size - 4);
        var head = h.members().stream().filter(m -> m.relationship() == Relationship.KEPALA).findFirst()
                .orElse(h.members().getFirst());
        v -= head.ageOn(asOf) >= 60 ? 0.3 : 0;
        v -= head.sex() == Sex.PEREMPUAN ? 0.2 : 0;
        long dependants = h.members().stream().filter(m -> m.ageOn(asOf) < 15 || m.ageOn(asOf) >= 65).count();
        v -= 0.8 * dependants / size;
        v += head.education().code >= Education.DIPLOMA_I_II.code ? 1.0
                : head.education().code >= Education.SLTA.code ? 0.5 : 0;
        v += h.members().stream().anyMatch(m -> m.occupation() == Occupation.KARYAWAN_SWASTA
                || m.occupation() == Occupation.WIRASWASTA) ? 0.3 : 0;
        return v;
    }

    private static double asset(DtksHousehold h, Field field, double weight) {
        return h.assets().has(field) ? weight : 0;
    }
}
