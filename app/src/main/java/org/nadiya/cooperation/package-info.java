/**
 * International cooperation: requests to and from foreign authorities (mutual legal assistance, extradition,
 * transfer of proceedings, joint investigation teams, Europol, Eurojust, Interpol, liaison contacts), attached to a
 * proceeding and seen under the same need-to-know; their dated lifecycle, expected answers and the overdue ones;
 * drafts of the request document in which victims appear by pseudonym unless they consented to identity sharing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cooperation")
package org.nadiya.cooperation;
