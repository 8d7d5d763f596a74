"""The body renderer reads Markdown as the build does: same extensions, same options, same HTML."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html
from mkdocs.config import load_config

from conftest import REPO
from newsroom.markdown_render import BodyRenderer, markdown_extensions

# Every extension mkdocs.yml loads has something to do here: footnotes, an admonition, a table,
# details, a fenced block, attributes, an abbreviation, smart symbols and a heading for the toc.
BODY = """\
Rents rose 30% (c) in two years[^1] for the HUD tenants of the city.

## What members won

!!! note "A first"
    The ordinance passed 7 to 2.

| City | Year |
|---|---|
| Newark | 2022 |

??? info "How the count was made"
    Members counted by hand.

```text
[not a link](/nowhere.md)
```

A paragraph with attributes.
{: .lead }

*[HUD]: Department of Housing and Urban Development
[^1]: The network's survey, 2026 --> published in March.
"""


def _body_of(page_html: str) -> str:
    body = lxml_html.fromstring(page_html).find_class("nr-item__body")[0]
    return "".join(lxml_html.tostring(child, encoding="unicode") for child in body)


def test_the_renderer_uses_the_extensions_and_options_mkdocs_loads() -> None:
    config = load_config(str(REPO / "mkdocs.yml"))
    renderer = BodyRenderer.from_mkdocs_yml(REPO)

    assert list(renderer.extensions) == config.markdown_extensions
    assert dict(renderer.configs) == {name: dict(options) for name, options in config.mdx_configs.items()}
    assert renderer.skipped == ()


def test_a_body_renders_as_on_its_page(site) -> None:
    site.item("posts/rents.md", BODY, title="Rents", date="2024-05-05")

    result = site.build(strict=True)

    assert not result.failed, result.warnings
    renderer = BodyRenderer.from_mkdocs_yml(site.root)
    ours = lxml_html.fragment_fromstring(renderer.html(BODY), create_parent="div")
    expected = _body_of(result.page("blog/2024/05/rents/"))
    assert "".join(lxml_html.tostring(child, encoding="unicode") for child in ours).strip() == expected.strip()


def test_each_body_is_rendered_once_and_a_sweep_keeps_only_what_the_last_build_used() -> None:
    renderer = BodyRenderer.from_mkdocs_yml(REPO)
    first = renderer.render("One [link](/a.md).")
    assert renderer.render("One [link](/a.md).") is first
    renderer.render("Two.")
    renderer.sweep()
    renderer.render("Two.")
    renderer.sweep()
    assert renderer.render("One [link](/a.md).") is not first


def test_a_tree_is_a_copy_the_caller_may_change() -> None:
    renderer = BodyRenderer.from_mkdocs_yml(REPO)
    tree = renderer.tree("A [link](/a.md).")
    tree.find(".//a").set("href", "changed")
    assert renderer.tree("A [link](/a.md).").find(".//a").get("href") == "/a.md"


def test_options_only_mkdocs_can_read_are_left_out_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "markdown_extensions:\n"
        "  - pymdownx.superfences:\n"
        "      custom_fences:\n"
        "        - name: mermaid\n"
        "          class: mermaid\n"
        "          format: !!python/name:pymdownx.superfences.fence_code_format\n"
        "  - not_an_extension\n",
        encoding="utf-8",
    )

    renderer = BodyRenderer.from_mkdocs_yml(tmp_path)

    assert renderer.extensions == ("toc", "tables", "fenced_code", "pymdownx.superfences")
    assert renderer.configs == {"pymdownx.superfences": {"custom_fences": [{"name": "mermaid", "class": "mermaid"}]}}
    assert any(line.startswith("pymdownx.superfences: its options custom_fences[].format")
               for line in renderer.skipped)
    assert any(line.startswith("not_an_extension: it cannot be loaded") for line in renderer.skipped)


def test_extension_entries_read_as_mkdocs_reads_them() -> None:
    names, configs = markdown_extensions(["tables", {"toc": {"permalink": True}}, "abbr", 3])

    assert names == ["toc", "tables", "fenced_code", "abbr"]
    assert configs == {"toc": {"permalink": True}}


def test_renderings_kept_on_disk_serve_the_next_run(tmp_path: Path) -> None:
    import sqlite3

    store = tmp_path / ".cache" / "rendered.sqlite3"
    first = BodyRenderer.from_mkdocs_yml(REPO)
    first.keep_on_disk(store)
    assert first.html("## Rent relief\n\nIt passed.") .startswith('<h2 id="rent-relief">')
    first.close()
    # Mark the stored rendering, so that the next run shows where its HTML came from.
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE renders SET html = '<p>from the store</p>'")

    second = BodyRenderer.from_mkdocs_yml(REPO)
    second.keep_on_disk(store)
    assert second.html("## Rent relief\n\nIt passed.") == "<p>from the store</p>"
    assert second.render("## Rent relief\n\nIt passed.").toc_tokens[0]["id"] == "rent-relief"
    other = BodyRenderer(["tables"])
    other.keep_on_disk(store)
    assert other.html("## Rent relief\n\nIt passed.") == "<h2>Rent relief</h2>\n<p>It passed.</p>"


def test_a_store_that_cannot_be_read_only_costs_time(tmp_path: Path) -> None:
    store = tmp_path / "rendered.sqlite3"
    store.write_bytes(b"not a database at all" * 100)
    renderer = BodyRenderer.from_mkdocs_yml(REPO)
    renderer.keep_on_disk(store)

    assert renderer.html("It passed.") == "<p>It passed.</p>"
    renderer.sweep()
    renderer.close()
