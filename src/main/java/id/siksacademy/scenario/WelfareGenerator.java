package id.siksacademy.scenario;

import java.util.SplittableRandom;

/**
 * Housing, assets, programmes and welfare decile, drawn so that they correlate with a latent
 * welfare level: poorer households have earth floors, bamboo walls, 450 W power, firewood.
 * Clean households never own a car or an air conditioner (that is the well-off fault).
 */
final class WelfareGenerator {

    private final SplittableRandom rng;

    WelfareGenerator(SplittableRandom rng) {
        this.rng = rng;
    }

    record Welfare(Housing housing, Assets assets, Programs programs, int desil) {
    }

    Welfare draw() {
        double w = rng.nextDouble(); // 0 = poorest
        int desil = w < 0.3 ? 1 : w < 0.55 ? 2 : w < 0.8 ? 3 : w < 0.95 ? 4 : 5;
        return new Welfare(housing(w), assets(w), programs(w), desil);
    }

    private Housing housing(double w) {
        int ownership = pick(85, 1, 10, 3, 5, 2);
        int area = 18 + (int) (w * 60) + rng.nextInt(21);
        int floor = w < 0.25 ? oneOf(9, 7, 6) : w < 0.6 ? oneOf(6, 4, 2) : oneOf(2, 4);
        int wall = w < 0.3 ? oneOf(4, 6, 3) : oneOf(1, 1, 3);
        int roof = pick(75, 4, 15, 5, 10, 6);
        int water = oneOf(3, 4, 5, 6);
        int lighting = pick(92, 1, 6, 2, 2, 3);
        int power = lighting != 1 ? 6 : w > 0.7 && rng.nextInt(100) < 15 ? 3 : rng.nextInt(100) < 62 ? 1 : 2;
        int fuel = pick(60, 3, 35, 8, 5, 5);
        int toilet = w < 0.2 ? oneOf(4, 2, 3, 1) : pick(80, 1, 15, 2, 5, 3);
        return new Housing(ownership, area, floor, wall, roof, water, lighting, power, fuel, toilet);
    }

    private Assets assets(double w) {
        return new Assets(
                yesNo(w > 0.5 ? 12 : 3), yesNo(w > 0.5 ? 35 : 10), Assets.NO, yesNo(75), yesNo(w > 0.7 ? 8 : 1),
                yesNo(60), Assets.NO, yesNo(3),
                yesNo34(35), yesNo34(3), yesNo34(25));
    }

    private Programs programs(double w) {
        return new Programs(rng.nextInt(100) < (w < 0.4 ? 50 : 20), rng.nextInt(100) < 60,
                rng.nextInt(100) < 40, rng.nextInt(100) < 75);
    }

    private int yesNo(int percentYes) {
        return rng.nextInt(100) < percentYes ? Assets.YES : Assets.NO;
    }

    private int yesNo34(int percentYes) {
        return rng.nextInt(100) < percentYes ? Assets.YES_34 : Assets.NO_34;
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
