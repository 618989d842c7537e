package id.siksacademy.sandbox;

import id.siksacademy.sandbox.SandboxAction.PadanKind;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.LifeEvent;
import id.siksacademy.scenario.Person;
import java.util.List;
import java.util.Map;

/**
 * What Padan Dukcapil answers. For a NIK listed in DTKS: padan, or tidak padan with the fields that
 * differ; for a NIK or KK it knows but DTKS does not list: ditemukan; otherwise tidak ditemukan.
 * Life events the registry knows (death, move, name correction) come along. For a KK, {@code listedIn}
 * tells for each member's NIK which DTKS household lists it (none: the person is not in DTKS).
 */
public record PadanResult(PadanKind kind, String query, Outcome outcome, Person person, Family family,
                          List<Field> differing, List<LifeEvent> events, List<String> dtksHouseholds,
                          Map<String, String> listedIn) {

    public enum Outcome { PADAN, TIDAK_PADAN, DITEMUKAN, TIDAK_DITEMUKAN }

    public PadanResult {
        differing = List.copyOf(differing);
        events = List.copyOf(events);
        dtksHouseholds = List.copyOf(dtksHouseholds);
        listedIn = listedIn == null ? Map.of() : Map.copyOf(listedIn);
    }
}
