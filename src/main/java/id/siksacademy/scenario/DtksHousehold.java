package id.siksacademy.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A rumah tangga as the welfare database (DTKS) holds it: ID DTKS (10-digit BPS village code +
 * 6-digit serial), address, No KK, housing, assets, programmes, welfare decile and members.
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

    public DtksHousehold withMember(int index, UnaryOperator<DtksMember> change) {
        var list = new ArrayList<>(members);
        list.set(index, change.apply(list.get(index)));
        return withMembers(list);
    }

    public DtksHousehold withMembers(List<DtksMember> members) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, kk, housing, assets, programs, desil, members);
    }

    public DtksHousehold withKk(String v) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, v, housing, assets, programs, desil, members);
    }

    public DtksHousehold withVillageCode(String v) {
        return new DtksHousehold(id, v, dukuh, rt, rw, kk, housing, assets, programs, desil, members);
    }

    public DtksHousehold withHousing(Housing v) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, kk, v, assets, programs, desil, members);
    }

    public DtksHousehold withAssets(Assets v) {
        return new DtksHousehold(id, villageCode, dukuh, rt, rw, kk, housing, v, programs, desil, members);
    }
}
