package id.siksacademy.scenario;

import java.time.LocalDate;

/** An anggota rumah tangga (ART) as the welfare database holds it. */
public record DtksMember(String nik, String name, Sex sex, String birthPlace, LocalDate birthDate,
                         Relationship relationship, MaritalStatus maritalStatus, String motherName,
                         Education education, Occupation occupation, boolean disability, boolean chronicIllness) {

    static DtksMember from(Person p, boolean disability, boolean chronicIllness) {
        return new DtksMember(p.nik(), p.name(), p.sex(), p.birthPlace(), p.birthDate(), p.relationship(),
                p.maritalStatus(), p.motherName(), p.education(), p.occupation(), disability, chronicIllness);
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    public DtksMember withNik(String v) {
        return new DtksMember(v, name, sex, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withName(String v) {
        return new DtksMember(nik, v, sex, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withBirthDate(LocalDate v) {
        return new DtksMember(nik, name, sex, birthPlace, v, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withSex(Sex v) {
        return new DtksMember(nik, name, v, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withRelationship(Relationship v) {
        return new DtksMember(nik, name, sex, birthPlace, birthDate, v, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withOccupation(Occupation v) {
        return new DtksMember(nik, name, sex, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, v, disability, chronicIllness);
    }
}
