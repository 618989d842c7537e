package id.siksacademy.scenario;

import java.time.LocalDate;

/** A person as the civil registry (Dukcapil) knows them: the truth the trainee matches against. */
public record Person(String nik, String kk, String name, Sex sex, String birthPlace, LocalDate birthDate,
                     Religion religion, Education education, Occupation occupation, MaritalStatus maritalStatus,
                     Relationship relationship, String motherName) {

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    public Person withOccupation(Occupation occupation) {
        return new Person(nik, kk, name, sex, birthPlace, birthDate, religion, education, occupation, maritalStatus,
                relationship, motherName);
    }
}
