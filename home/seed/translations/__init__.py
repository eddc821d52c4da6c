"""Our own French, Dutch and German translations of the seeded content, keyed by the English string."""

from . import de, fr, nl

TRANSLATIONS = {"fr": fr.STRINGS, "nl": nl.STRINGS, "de": de.STRINGS}

# Names and other strings that stay as they are in every language.
KEEP_AS_IS = {"António Vitorino", "home", "iom-global", "2030-agenda", "IOM Belgium and Luxembourg"}
