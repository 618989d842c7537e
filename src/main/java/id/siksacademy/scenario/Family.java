package id.siksacademy.scenario;

import java.time.LocalDate;
import java.util.List;

/** A Kartu Keluarga in the civil registry: its number, address and members, head first. */
public record Family(String kk, String villageCode, String dukuh, int rt, int rw, LocalDate issuedOn,
                     List<Person> members) {

    public Family {
        members = List.copyOf(members);
    }

    public Person head() {
        return members.getFirst();
    }

    public Family withMembers(List<Person> members) {
        return new Family(kk, villageCode, dukuh, rt, rw, issuedOn, members);
    }
}
