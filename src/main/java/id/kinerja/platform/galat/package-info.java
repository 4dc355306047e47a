/**
 * Domain-neutral refusals every layer may throw: a broken business rule (400 at the field) and a
 * missing record (404). The web layer maps them to pages and problem+json; services know no web.
 */
package id.kinerja.platform.galat;
