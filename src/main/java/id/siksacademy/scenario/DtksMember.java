package id.siksacademy.scenario;

import java.time.LocalDate;

/**
 * An anggota rumah tangga (ART) as the welfare database holds it, with the KK it is on: a rumah
 * tangga may hold more than one KK (KK01 the head's, KK02 a married child's family living with them).
 */
public record DtksMember(String nik, String kk, String name, Sex sex, String birthPlace, LocalDate birthDate,
                         Relationship relationship, MaritalStatus maritalStatus, String motherName,
                         Education education, Occupation occupation, boolean disability, boolean chronicIllness) {

    /** The registry's person, with the relationship to the rumah tangga's head (which may differ from the KK's). */
    static DtksMember from(Person p, Relationship relationship, boolean disability, boolean chronicIllness) {
        return new DtksMember(p.nik(), p.kk(), p.name(), p.sex(), p.birthPlace(), p.birthDate(), relationship,
                p.maritalStatus(), p.motherName(), p.education(), p.occupation(), disability, chronicIllness);
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    public DtksMember withNik(String v) {
        return new DtksMember(v, kk, name, sex, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withKk(String v) {
        return new DtksMember(nik, v, name, sex, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withName(String v) {
        return new DtksMember(nik, kk, v, sex, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withBirthDate(LocalDate v) {
        return new DtksMember(nik, kk, name, sex, birthPlace, v, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withSex(Sex v) {
        return new DtksMember(nik, kk, name, v, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withRelationship(Relationship v) {
        return new DtksMember(nik, kk, name, sex, birthPlace, birthDate, v, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withBirthPlace(String v) {
        return new DtksMember(nik, kk, name, sex, v, birthDate, relationship, maritalStatus, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withMaritalStatus(MaritalStatus v) {
        return new DtksMember(nik, kk, name, sex, birthPlace, birthDate, relationship, v, motherName,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withMotherName(String v) {
        return new DtksMember(nik, kk, name, sex, birthPlace, birthDate, relationship, maritalStatus, v,
                education, occupation, disability, chronicIllness);
    }

    public DtksMember withEducation(Education v) {
        return new DtksMember(nik, kk, name, sex, birthPlace, birthDate, relationship, maritalStatus, motherName,
                v, occupation, disability, chronicIllness);
    }

    public DtksMember withOccupation(Occupation v) {
        return new DtksMember(nik, kk, name, sex, birthPlace, birthDate, relationship, maritalStatus, motherName,
                education, v, disability, chronicIllness);
    }
}
