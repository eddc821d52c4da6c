# British-style dates for the English site ("18 December 2021"), as the office writes them.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
