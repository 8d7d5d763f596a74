"""The front matter authors write, declared once: read by validation, `newsroom new` and the guide.

The fields and their meaning come from the site contract ("Content: what authors write").
"""

from __future__ import annotations

from .schema import Field, Schema

UPDATE_SCHEMA = Schema.of(
    "an update",
    Field("date", "moment", True, "When the item was updated or corrected; not before the item's date.",
          "date: 2026-10-03 16:30"),
    Field("note", "text", True, "What changed, in one or two sentences readers see at the top of the item.",
          'note: "Adds the county\'s response, received after publication."'),
    Field("correction", "flag", False,
          "true marks the update as a correction of a mistake, shown as \"Corrected\" instead of \"Updated\".",
          "correction: true"),
)
"""One entry of `updates:` (site contract, "Press releases as journalists expect them")."""

ITEM_SCHEMA = Schema.of(
    "every item",
    Field("title", "text", True, "The headline, shown as plain text everywhere.",
          'title: "Tenants win the right to counsel in Newark"'),
    Field("date", "moment", True,
          "Publication date, with an optional time and UTC offset; without an offset it is in the site's time zone.",
          "date: 2024-05-05 14:00"),
    Field("issues", "areas", True, "One or more issue areas from the site's list.",
          "issues: [Affordable Housing, Economic Justice]"),
    Field("partners", "names", False, "Partner organisations; each gets its own page.",
          "partners: [Center for Tenant Power]"),
    Field("authors", "names", False, "Author names, or keys from the authors list in newsroom.yml.",
          "authors: [maria-okafor]"),
    Field("summary", "text", False,
          "One or two sentences for listings, feeds and social cards; defaults to the first paragraph.",
          "summary: Three cities show how a right to counsel keeps families housed."),
    Field("draft", "flag", False, "true keeps the item out of the published site; it shows in the local preview.",
          "draft: true"),
    Field("embargo", "moment", False, "The item does not exist on the site before this moment.",
          "embargo: 2024-05-07 09:00"),
    Field("slug", "text", False, "The last part of the URL, instead of the file name.",
          "slug: right-to-counsel"),
    Field("image", "text", False, "An image for listings and social cards: a path under docs/ or a full URL.",
          "image: /images/newark-tenants.jpg"),
    Field("image_alt", "text", False,
          "What the image shows, for readers who cannot see it; required with image (\"\" only if purely decorative).",
          'image_alt: "Tenants outside Newark City Hall holding signs for the right to counsel"'),
    Field("featured", "flag", False,
          "true shows the item among the featured items on the home page; the newest featured item leads it.",
          "featured: true"),
    Field("dateline", "text", False,
          "Press releases: the place the release is issued from, printed in capitals before the first paragraph.",
          "dateline: WASHINGTON, DC"),
    Field("contacts", "names", False,
          "Press releases: keys of press contacts or spokespeople in data/media.yml shown at the top; "
          "default: the press office (the first contact there).",
          "contacts: [jordan-ellis, priya-raman]"),
    Field("updates", "records", False,
          "Corrections and updates after publication, each with its date and a note; shown newest first.",
          'updates: [{date: 2026-10-03 16:30, note: "Adds the county\'s response."}]', UPDATE_SCHEMA),
    Field("signatories", "text", False,
          "A sign-on letter's signers: a CSV file beside the item with columns name,title,jurisdiction,state.",
          "signatories: heat-letter-signers.csv"),
)
ITEM_FIELDS = ITEM_SCHEMA.fields

CHAPTER_SCHEMA = Schema.of(
    "every chapter",
    Field("title", "text", True, "The chapter's heading.", 'title: "The model ordinance"'),
)
CHAPTER_FIELDS = CHAPTER_SCHEMA.fields
