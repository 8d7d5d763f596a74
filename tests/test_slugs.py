"""The slug rule of the site contract, for items, issue areas and partners."""

import pytest

from newsroom.slugs import foreign_letters, shorten, slug_from_filename, slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Rent Relief Now", "rent-relief-now"),
        ("Peñasco", "penasco"),
        ("Workers' Rights", "workers-rights"),
        ("Workers’ Rights", "workers-rights"),
        ("São Paulo & Bogotá: a tale", "sao-paulo-bogota-a-tale"),
        ("Straße", "strasse"),
        ("  --Police   Reform!!  ", "police-reform"),
        ("2024 Budget (Final)", "2024-budget-final"),
        ("Ñandú Über Œuvre", "nandu-uber-oeuvre"),
        ("<script>", "script"),
        ("¿?", ""),
        # Letters Unicode does not decompose are transliterated, never dropped.
        ("Þingvellir Ðà Nẵng", "thingvellir-da-nang"),
        ("Łódź Øresund Æble", "lodz-oresund-aeble"),
        ("Rent ½ off — “now”", "rent-1-2-off-now"),
        ("🏠 Homes Now", "homes-now"),
        ("Жильё для всех", "zhilio-dlia-vsekh"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize(
    ("stem", "slug"),
    [
        ("2024-05-05-rent-relief", "rent-relief"),
        ("rent-relief", "rent-relief"),
        ("2024-05-rent-relief", "2024-05-rent-relief"),
        ("2024-05-05-Peñasco_Council Vote", "penasco-council-vote"),
    ],
)
def test_slug_from_filename_drops_date_prefix(stem: str, slug: str) -> None:
    assert slug_from_filename(stem) == slug


@pytest.mark.parametrize(("text", "foreign"), [
    ("Peñasco Þórr Straße Łódź ª", ""),
    ("Workersʼ Rights 🏠 ½", ""),
    ("Жильё для всех", "Жильёдлявсех"),
    ("Rent 住房 now", "住房"),
    ("δήμος", "δήμος"),
])
def test_foreign_letters_are_those_of_other_scripts_than_latin(text: str, foreign: str) -> None:
    assert foreign_letters(text) == foreign


@pytest.mark.parametrize(("slug", "length", "short"), [
    ("rent-relief", 60, "rent-relief"),
    ("rent-relief-passes-in-newark", 20, "rent-relief-passes"),
    ("rent-relief-passes-in-newark", 18, "rent-relief-passes"),
    ("rent-relief-passes-in-newark", 17, "rent-relief"),
    ("a" * 80, 60, "a" * 60),
    ("march-from-the-riverfront", 16, "march"),
])
def test_shorten_cuts_at_a_hyphen(slug: str, length: int, short: str) -> None:
    assert shorten(slug, length) == short
