package id.siksacademy.sandbox;

import id.siksacademy.scenario.HouseholdStatus;

/**
 * The Data DTKS search: text matches a NIK, No KK or name (any member) or an RT/RW such as
 * "3/2"; {@code status} filters by verval result; {@code unverifiedOnly} shows what is left.
 */
public record DtksFilter(String text, HouseholdStatus status, boolean unverifiedOnly) {

}
