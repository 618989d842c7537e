package id.siksacademy.scoring;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Signal detection for trainers: hits (faulty households flagged) against false alarms (clean
 * households flagged), with the log-linear correction so that rates of 0 or 1 stay finite.
 */
public record SignalDetection(int hits, int faulty, int falseAlarms, int clean, double dPrime, double bias) {

    private static final NormalDistribution NORMAL = new NormalDistribution();

    public static SignalDetection of(int hits, int faulty, int falseAlarms, int clean) {
        double h = (hits + 0.5) / (faulty + 1.0);
        double f = (falseAlarms + 0.5) / (clean + 1.0);
        double zh = NORMAL.inverseCumulativeProbability(h);
        double zf = NORMAL.inverseCumulativeProbability(f);
        return new SignalDetection(hits, faulty, falseAlarms, clean, zh - zf, -(zh + zf) / 2);
    }
}
