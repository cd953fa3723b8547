/**
 * The "don't" phrases of {@code conduct.language} as data: {@link org.servicestandards.conduct.PhraseBook}
 * (lists per language, JSON, bundled English under {@code org/servicestandards/conduct/phrases-en.json})
 * and {@link org.servicestandards.conduct.PhraseMatcher} (whole words, case- and punctuation-insensitive,
 * linear in the length of the text). Plain Java, no Drools types.
 */
package org.servicestandards.conduct;
