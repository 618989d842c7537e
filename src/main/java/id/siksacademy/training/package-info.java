/**
 * Training: cohorts (angkatan) of operators run by trainers, roster import, assignments with due
 * dates, progress and the trainer's view of operators' work. Reads account, attempt and scoring;
 * nothing reads training except the role homes. Its {@link id.siksacademy.training.Oversight} bean
 * decides which operators a trainer may see, for its own services and for attempt's and scoring's.
 */
package id.siksacademy.training;
