package id.siksacademy.scenario;

/**
 * The social-assistance programmes a household receives and how: PKH (conditional cash), Sembako
 * (BPNT, food), PBI-JK (health insurance contributions), BLT (village cash aid) and, in 2020-2021
 * only, BST; the KKS card and bank account the aid is paid through; and the member who manages it
 * (pengurus), as an index into the household's members, -1 for none.
 */
public record Programs(boolean pkh, boolean sembako, boolean pbiJk, boolean blt, boolean bst, boolean kks,
                       boolean bankAccount, int pengurus) {

    public static final Programs NONE = new Programs(false, false, false, false, false, false, false, -1);

    /** Receives any cash or food aid (PBI-JK alone is health cover). */
    public boolean activeAid() {
        return pkh || sembako || blt || bst;
    }

    public boolean any() {
        return activeAid() || pbiJk;
    }

    public Programs withPengurus(int index) {
        return new Programs(pkh, sembako, pbiJk, blt, bst, kks, bankAccount, index);
    }
}
