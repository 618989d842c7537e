package id.siksacademy.sandbox;

import id.siksacademy.scenario.HouseholdStatus;

/** A line of the Data DTKS grid. */
public record HouseholdRow(String id, String headName, String kk, String dukuh, int rt, int rw, int members,
                           HouseholdStatus status, boolean edited, boolean newHousehold) {
}
