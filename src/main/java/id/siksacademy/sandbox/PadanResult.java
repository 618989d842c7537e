package id.siksacademy.sandbox;

import id.siksacademy.sandbox.SandboxAction.PadanKind;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.LifeEvent;
import id.siksacademy.scenario.Person;
import java.util.List;

/**
 * What Padan Dukcapil answers. For a NIK listed in DTKS: padan, or tidak padan with the fields that
 * differ; for a NIK or KK it knows but DTKS does not list: ditemukan; otherwise tidak ditemukan.
 * Life events the registry knows (death, move, name correction) come along.
 */
public record PadanResult(PadanKind kind, String query, Outcome outcome, Person person, Family family,
                          List<Field> differing, List<LifeEvent> events, List<String> dtksHouseholds) {

    public enum Outcome { PADAN, TIDAK_PADAN, DITEMUKAN, TIDAK_DITEMUKAN }

    public PadanResult {
        differing = List.copyOf(differing);
        events = List.copyOf(events);
        dtksHouseholds = List.copyOf(dtksHouseholds);
    }
}
