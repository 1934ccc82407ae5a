"""Every export format, checked the way its reader would check it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from briefing.export import WRITERS, Selection, markdown_brief
from briefing.ingest import ingest_paths, ingest_samples
from briefing.store import Store


@pytest.fixture
def judged_store(tmp_path: Path) -> Store:
    """The samples, with one claim judged by an analyst."""
    store = Store(tmp_path / "judged.db")
    ingest_samples(store)
    marinka = next(c for c in store.all_claims() if "Marinka" in c.summary)
    store.set_claim_status(marinka.id, "disputed", "General Staff says the town holds", "analyst")
    return store


def exported(store: Store, format: str, selection: Selection | None = None) -> str:
    out = io.StringIO()
    WRITERS[format](store, out, selection or Selection())
    return out.getvalue()


def test_json_export_ingested_into_an_empty_store_exports_equal(
    judged_store: Store, tmp_path: Path
) -> None:
    first = exported(judged_store, "json")
    path = tmp_path / "export.json"
    path.write_text(first, encoding="utf-8")
    with Store(tmp_path / "again.db") as again:
        summary = ingest_paths(again, [str(path)])
        assert (summary.failed, summary.warnings) == (0, [])
        second = exported(again, "json")
    assert json.loads(second) == json.loads(first)
    claims = json.loads(second)["claims"]
    judged = next(c for c in claims if "Marinka" in c["summary"])
    assert judged["status"] == "disputed"
    assert judged["history"][-1]["note"] == "General Staff says the town holds"


def test_csv_opens_with_the_csv_module_one_row_per_statement(judged_store: Store) -> None:
    text = exported(judged_store, "csv").removeprefix("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    statements = list(judged_store.all_statements())
    assert len(rows) == len(statements)
    by_id = {int(r["statement_id"]): r for r in rows}
    for statement in statements:
        row = by_id[statement.id]
        assert row["text"] == statement.text
        assert row["speaker"] == (statement.speaker or "")
        assert row["places"] == "; ".join(statement.places)
    assert any(r["claim_status"] == "disputed" and "Marinka" in r["claim"] for r in rows)


def test_markdown_brief_has_every_claim_and_linked_quotes(judged_store: Store) -> None:
    brief = exported(judged_store, "markdown")
    claims = list(judged_store.all_claims())
    for claim in claims:
        assert f"**{markdown_brief._inline(claim.summary)}**" in brief
    assert "### Disputed" in brief
    assert "General Staff says the town holds" in brief
    assert "(https://meridian-wire.example/2023/12/13/maryinka-withdrawal)" in brief
    assert brief.count("\n- ") >= len(list(judged_store.all_statements()))
    assert "### 2023-12-13, Wednesday" in brief


def test_claimreview_has_the_schema_org_fields(judged_store: Store) -> None:
    document = json.loads(exported(judged_store, "claimreview"))
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert len(reviews) == len(list(judged_store.all_claims()))
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
        assert item["appearance"] and all(a["@type"] == "CreativeWork" for a in item["appearance"])
        assert all(a["url"].startswith("https://") for a in item["appearance"])
    judged = next(r for r in reviews if "Marinka" in r["claimReviewed"])
    assert judged["reviewRating"]["alternateName"] == "disputed"
    assert judged["author"] == {"@type": "Person", "name": "analyst"}


def test_filters_narrow_every_format(judged_store: Store) -> None:
    only = Selection(speaker="zelenskyy")  # any spelling, as in search
    rows = list(csv.DictReader(io.StringIO(exported(judged_store, "csv", only).lstrip("\ufeff"))))
    assert rows and {r["speaker"] for r in rows} == {"Volodymyr Zelensky"}
    data = json.loads(exported(judged_store, "json", only))
    assert {s["speaker"] for s in data["statements"]} == {"Volodymyr Zelensky"}
    assert {d["id"] for d in data["documents"]} == {s["document_id"] for s in data["statements"]}
    place = json.loads(exported(judged_store, "json", Selection(place="odessa")))
    assert place["statements"]
    assert all(any("Odesa" in p for p in s["places"]) for s in place["statements"])


def test_cli_export_formats_and_filters(judged_store: Store, capsys) -> None:
    from briefing.cli import main

    db = str(judged_store.path)
    assert main(["export", "--db", db, "--format", "markdown", "--status", "disputed"]) == 0
    brief = capsys.readouterr().out
    assert brief.startswith("# Briefing") and "disputed" in brief
    assert main(["export", "--db", db, "--format", "csv", "--since", "2023-12-10"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    assert rows and all(r["said_to"] >= "2023-12-10" for r in rows)
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--db", db, "--since", "last tuesday"])
    assert exit_info.value.code == 2
    assert "not an ISO date" in capsys.readouterr().err


def test_a_csv_cell_a_spreadsheet_would_run_opens_with_an_apostrophe(tmp_path: Path) -> None:
    article = tmp_path / "levy.md"
    article.write_text(
        '---\ntitle: "=HYPERLINK(\\"https://example.org\\",\\"Levy\\")"\n'
        'publisher: "+1 Wire"\npublished: 2024-03-04\n---\n'
        "Ruth Ames said the levy on grain would stay until the harvest.\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "s.db") as store:
        assert ingest_paths(store, [str(article)]).failed == 0
        rows = list(csv.DictReader(io.StringIO(exported(store, "csv").removeprefix("\ufeff"))))
    (row,) = rows
    assert row["title"] == '\'=HYPERLINK("https://example.org","Levy")'
    assert row["publisher"] == "'+1 Wire"
    assert row["text"].startswith("Ruth Ames said") and row["statement_id"] == "1"
