package id.siksacademy.scenario;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Housing and assets drawn so that they follow a latent welfare level (poorer households have earth
 * floors, bamboo walls, 450 W power, firewood), and programmes that follow the desil and the family:
 * PKH for families with children, elderly or disabled members, Sembako and PBI-JK by desil. Clean
 * households never own a car or an air conditioner (that is the well-off fault).
 */
final class WelfareGenerator {

    private final SplittableRandom rng;

    WelfareGenerator(SplittableRandom rng) {
        this.rng = rng;
    }

    record Welfare(Housing housing, Assets assets) {
    }

    Welfare draw() {
        double w = rng.nextDouble(); // 0 = poorest
        return new Welfare(housing(w), assets(w));
    }

    /** A household among the poorer two fifths (one that comes to propose itself). */
    Welfare drawPoor() {
        double w = rng.nextDouble() * 0.4;
        return new Welfare(housing(w), assets(w));
    }

    private Housing housing(double w) {
        int ownership = pick(85, 1, 10, 3, 5, 2);
        int area = 18 + (int) (w * 60) + rng.nextInt(21);
        int floor = w < 0.25 ? oneOf(9, 7, 6) : w < 0.6 ? oneOf(6, 4, 2) : oneOf(2, 4);
        int wall = w < 0.3 ? oneOf(4, 6, 3) : oneOf(1, 1, 3);
        int roof = pick(75, 4, 15, 5, 10, 6);
        // most village households drink refilled gallon water; the poorest still use wells
        int water = w < 0.2 ? pick(45, 5, 30, 2, 25, 6) : pick(55, 2, 20, 4, 15, 3, 10, 5);
        int lighting = pick(92, 1, 6, 2, 2, 3);
        int power = lighting != 1 ? 6 : w > 0.7 && rng.nextInt(100) < 15 ? 3 : rng.nextInt(100) < 62 ? 1 : 2;
        int fuel = pick(60, 3, 35, 8, 5, 5);
        int toilet = w < 0.2 ? oneOf(4, 2, 3, 1) : pick(80, 1, 15, 2, 5, 3);
        return new Housing(ownership, area, floor, wall, roof, water, lighting, power, fuel, toilet);
    }

    private Assets assets(double w) {
        var codes = new EnumMap<Field, Integer>(Field.class);
        yes(codes, Field.ASSET_GAS, 70);
        yes(codes, Field.ASSET_FRIDGE, w > 0.5 ? 35 : 10);
        yes(codes, Field.ASSET_AC, 0);
        yes(codes, Field.ASSET_WATER_HEATER, w > 0.8 ? 3 : 0);
        yes(codes, Field.ASSET_PHONE, 2);
        yes(codes, Field.ASSET_TV, 75);
        yes(codes, Field.ASSET_GOLD, w > 0.6 ? 10 : 2);
        yes(codes, Field.ASSET_LAPTOP, w > 0.7 ? 8 : 1);
        yes(codes, Field.ASSET_BICYCLE, 45);
        yes(codes, Field.ASSET_MOTORBIKE, 60);
        yes(codes, Field.ASSET_CAR, 0);
        yes(codes, Field.ASSET_BOAT, 3);
        yes(codes, Field.ASSET_LAND, 35);
        yes(codes, Field.ASSET_OTHER_HOUSE, 2);
        return new Assets(codes);
    }

    /**
     * The programmes a household receives, from its desil and its members: PKH needs a child, an
     * elderly or a disabled member; Sembako and PBI-JK go by desil. DTKS 2020 had BST instead of BLT.
     */
    Programs programs(int desil, List<DtksMember> members, LocalDate asOf, Regime regime) {
        boolean component = members.stream().anyMatch(m -> m.ageOn(asOf) < 18 || m.ageOn(asOf) >= 70 || m.disability());
        boolean pkh = false;
        boolean sembako = false;
        boolean pbi = false;
        boolean cash = false;
        if (desil >= 1 && desil <= 4) {
            pkh = component && rng.nextInt(100) < 65;
            sembako = rng.nextInt(100) < 75;
            pbi = rng.nextInt(100) < 90;
            cash = !pkh && (regime.dtsen() ? desil <= 2 && rng.nextInt(100) < 10 : rng.nextInt(100) < 60);
        } else if (desil == 5) {
            sembako = rng.nextInt(100) < 30;
            pbi = rng.nextInt(100) < 55;
        }
        boolean kks = pkh || sembako;
        boolean bank = kks || (cash && rng.nextInt(100) < 40);
        int pengurus = kks || cash ? pengurus(members) : -1;
        return new Programs(pkh, sembako, pbi, cash && regime.dtsen(), cash && !regime.dtsen(), kks, bank, pengurus);
    }

    /** Aid is paid to the mother of the family: the wife, else a woman head, else the head. */
    private static int pengurus(List<DtksMember> members) {
        for (int i = 0; i < members.size(); i++) {
            var m = members.get(i);
            if (m.sex() == Sex.PEREMPUAN && (m.relationship() == Relationship.ISTRI_SUAMI
                    || m.relationship() == Relationship.KEPALA)) {
                return i;
            }
        }
        return 0;
    }

    private void yes(EnumMap<Field, Integer> codes, Field field, int percentYes) {
        codes.put(field, rng.nextInt(100) < percentYes ? field.yesCode() : field.noCode());
    }

    private int oneOf(int... codes) {
        return codes[rng.nextInt(codes.length)];
    }

    /** Percent/code pairs: pick(85, 1, 10, 3, 5, 2) is code 1 at 85 %, 3 at 10 %, 2 at 5 %. */
    private int pick(int... percentCodePairs) {
        int r = rng.nextInt(100);
        int acc = 0;
        for (int i = 0; i < percentCodePairs.length; i += 2) {
            acc += percentCodePairs[i];
            if (r < acc) {
                return percentCodePairs[i + 1];
            }
        }
        return percentCodePairs[percentCodePairs.length - 1];
    }
}
