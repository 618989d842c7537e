package id.siksacademy.scenario;

/** Social-assistance programmes the household receives. */
public record Programs(boolean pkh, boolean bpnt, boolean bst, boolean pbi) {
}
