package id.siksacademy.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A rumah tangga as the welfare database holds it: ID DTKS (10-digit BPS village code + 6-digit
 * serial), address, No KK (the head's, KK01), housing, assets, programmes, desil and members.
 */
public record DtksHousehold(String id, String villageCode, String dukuh, int rt, int rw, String kk,
                            Housing housing, Assets assets, Programs programs, int desil, List<DtksMember> members) {

    public DtksHousehold {
        members = List.copyOf(members);
    }

    /** Nama kepala rumah tangga: the first member listed as head. */
    public String headName() {
        return members.stream().filter(m -> m.relationship() == Relationship.KEPALA)
                .map(DtksMember::name).findFirst().orElse("");
    }

    /** The KK numbers in the rumah tangga, the head's first. */
    public List<String> kks() {
        var kks = new ArrayList<String>();
        kks.add(kk);
        members.stream().map(DtksMember::kk).filter(k -> !kks.contains(k)).forEach(kks::add);
        return kks;
    }

    public DtksHousehold withMember(int index, UnaryOperator<DtksMember> change) {
        var list = new ArrayList<>(members);
        list.set(index, change.apply(list.get(index)));
        return withMembers(list);
    }

    public DtksHousehold withMembers(List<DtksMember> members) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, kk, housing, assets, programs, desil, members);
    }

    public DtksHousehold plusMember(DtksMember member) {
        var list = new ArrayList<>(members);
        list.add(member);
        return withMembers(list);
    }

    /** A new KK01 for the household and for every member that was on the old one. */
    public DtksHousehold withKk(String v) {
        var list = members.stream().map(m -> m.kk().equals(kk) ? m.withKk(v) : m).toList();
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, v, housing, assets, programs, desil, list);
    }

    public DtksHousehold withVillageCode(String v) {
        return new DtksHousehold(id, v, dukuh, rt, rw, kk, housing, assets, programs, desil, members);
    }

    public DtksHousehold withAddress(String newDukuh, int newRt, int newRw) {
        return new DtksHousehold(id, villageCode, newDukuh, newRt, newRw, kk, housing, assets, programs, desil, members);
    }

    public DtksHousehold withHousing(Housing v) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, kk, v, assets, programs, desil, members);
    }

    public DtksHousehold withAssets(Assets v) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, kk, housing, v, programs, desil, members);
    }

    public DtksHousehold withPrograms(Programs v) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, kk, housing, assets, v, desil, members);
    }

    public DtksHousehold withDesil(int v) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, kk, housing, assets, programs, v, members);
    }

    public DtksHousehold withId(String v) {
        return new DtksHousehold(v, villageCode, dukuh, rt, rw, kk, housing, assets, programs, desil, members);
    }
}
