package id.siksacademy.scenario;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox's Dukcapil: families, persons and life events, with the look-ups padan needs. */
public final class CivilRegistry {

    private final List<Family> families;
    private final List<LifeEvent> events;
    private final Map<String, Person> byNik = new HashMap<>();
    private final Map<String, Family> byKk = new HashMap<>();
    private final Map<String, List<LifeEvent>> eventsBySubject = new HashMap<>();

    public CivilRegistry(List<Family> families, List<LifeEvent> events) {
        this.families = List.copyOf(families);
        this.events = List.copyOf(events);
        for (Family family : this.families) {
            byKk.put(family.kk(), family);
            for (Person person : family.members()) {
                byNik.put(person.nik(), person);
            }
        }
        for (LifeEvent event : this.events) {
            eventsBySubject.computeIfAbsent(event.subject(), k -> new java.util.ArrayList<>()).add(event);
        }
    }

    public List<Family> families() {
        return families;
    }

    public List<LifeEvent> events() {
        return events;
    }

    public Optional<Person> person(String nik) {
        return Optional.ofNullable(byNik.get(nik));
    }

    public Optional<Family> family(String kk) {
        return Optional.ofNullable(byKk.get(kk));
    }

    public int personCount() {
        return byNik.size();
    }

    /** Events about a NIK or KK that happened on or before the given date, oldest first. */
    public List<LifeEvent> eventsOf(String subject, LocalDate onOrBefore) {
        return eventsBySubject.getOrDefault(subject, List.of()).stream()
                .filter(e -> !e.date().isAfter(onOrBefore)).toList();
    }

    public Optional<LifeEvent> event(String subject, LifeEvent.Type type, LocalDate onOrBefore) {
        return eventsOf(subject, onOrBefore).stream().filter(e -> e.type() == type).findFirst();
    }
}
