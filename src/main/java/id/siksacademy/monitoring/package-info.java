/**
 * Monitoring: the Dinsos dashboard. Certification coverage per kecamatan and desa, the operators
 * behind it, certifications per month; exports. Reads account, scoring and certification.
 */
package id.siksacademy.monitoring;
