/**
 * Planner: the conference schedule read from talk records that carry times (sessions by day and room, in
 * any time zone), the personal agenda of starred talks (user data kept in the catalog's SQLite file across
 * re-ingests; a starred talk that disappeared is listed as missing), clash detection between starred
 * talks, and the agenda as iCalendar (ical4j) with real IANA zones.
 *
 * <p>Thread-safety: {@link dev.paperscope.planner.Planner} may be shared between threads (its store
 * serialises writes); the records it returns are immutable.
 */
package dev.paperscope.planner;
