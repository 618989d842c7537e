package id.siksacademy.scenario;

/**
 * An usulan baru: a family comes to the village office with its Kartu Keluarga, the head's KTP and a
 * photo of the house. The KTP may carry an older address than the KK (the trap: the KK's address is
 * the one to key). The registry knows the family; DTKS does not yet.
 */
public record Proposal(Family family, String ktpDukuh, int ktpRt, int ktpRw, Housing house) {

    public boolean ktpDiffers() {
        return !ktpDukuh.equals(family.dukuh()) || ktpRt != family.rt() || ktpRw != family.rw();
    }
}
