package id.siksacademy.scenario;

import java.time.LocalDate;

/**
 * Something the registry knows happened: a death (subject = NIK), a family's move (subject = KK,
 * detail = destination), or a name correction (subject = NIK, detail = previous name).
 */
public record LifeEvent(Type type, String subject, LocalDate date, String detail) {

    public enum Type { DEATH, MOVE, NAME_CORRECTION }
}
