"""The slug rule of the site contract, for items, issue areas and partners."""

import pytest

from newsroom.slugs import slug_from_filename, slugify


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
