"""The REST API with FastAPI's TestClient over a fresh temporary database."""
from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from onrecord.web.api import MAX_EXTRACT_BYTES, create_app
from tests.fixtures import PESKOV, record_of, same_statement, syndicated

JSON = {"content-type": "application/json"}
#: Integers that can be no stored id: SQLite's (and PostgreSQL's BIGINT) ids run from 1 to 2**63 - 1.
NO_ID = [0, -1, 2**63, 99999999999999999999]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = record_of(tmp_path_factory, "api", PESKOV + same_statement(3) + syndicated(2))
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def test_search_with_filters_and_highlights(client):
    body = client.get("/api/quotes", params={"q": "prisoner swap"}).json()
    assert len(body["results"]) == 1 and "\x02prisoner\x03" in body["results"][0]["highlight"]
    dated = client.get("/api/quotes", params={"q": "talks", "speaker": "Peskov", "since": "2026-01-08"}).json()
    assert [r["date"] for r in dated["results"]] == ["2026-01-09"]
    direct = client.get("/api/quotes", params=[("type", "direct"), ("outlet", "daily"), ("limit", "5")]).json()
    assert direct["results"] and {r["type"] for r in direct["results"]} == {"direct"}


def test_speakers_detail_and_timeline(client):
    top = client.get("/api/speakers", params={"top": 3}).json()["results"]
    peskov = next(s for s in top if s["name"] == "Dmitry Peskov")
    detail = client.get(f"/api/speakers/{peskov['id']}").json()
    assert "Dmitry S. Peskov" in detail["aliases"] and "kremlin spokesman" in detail["roles"]
    assert detail["first_seen"] == "2026-01-05" and detail["last_seen"] == "2026-01-09"
    dates = [r["date"] for r in client.get(f"/api/speakers/{peskov['id']}/timeline").json()["results"]]
    assert dates == sorted(dates) and len(dates) == 3


def test_article_with_quote_offsets(client):
    hit = client.get("/api/quotes", params={"q": "ready talk"}).json()["results"][0]
    art = client.get(f"/api/articles/{hit['article_id']}").json()
    (q,) = art["quotes"]
    assert art["text"][q["content_start"]:q["content_end"]].startswith("“We are ready")
    assert art["text"][q["source_start"]:q["source_end"]] == "Dmitry S. Peskov"


def test_quote_and_its_cluster(client):
    hit = client.get("/api/quotes", params={"q": "bridge reopen"}).json()["results"][0]
    shown = client.get(f"/api/quotes/{hit['id']}").json()
    assert shown["paragraph"][slice(*shown["content"])].lower().count("bridge") == 1
    cluster = client.get(f"/api/clusters/{hit['cluster_id']}").json()
    assert {o["outlet"] for o in cluster["occurrences"]} == {"Wire", "Daily", "Herald"}


def test_extract_text_and_html_without_storing(client):
    before = client.get("/api/speakers", params={"top": 100}).json()
    got = client.post("/api/extract", json={"text": "“We will win,” Mayor Ann Lee said on Monday."}).json()
    assert got["quotes"][0]["speaker"] == "Ann Lee" and got["quotes"][0]["text"] == "“We will win,”"
    page = "<html><body><article><p>The plan is sound, the minister said on Friday.</p></article></body></html>"
    assert client.post("/api/extract", json={"html": page}).json()["quotes"]
    assert client.get("/api/speakers", params={"top": 100}).json() == before


@pytest.mark.parametrize("method, url, kwargs, status, message", [
    ("get", "/api/speakers/999999", {}, 404, "no speaker"),
    ("get", "/api/articles/999999", {}, 404, "no article"),
    ("get", "/api/clusters/999999", {}, 404, "no cluster"),
    ("get", "/api/quotes/q0000", {}, 404, "no quote"),
    ("get", "/api/speakers/abc", {}, 400, "speaker_id"),
    ("get", "/api/quotes", {"params": {"limit": 0}}, 400, "limit"),
    ("get", "/api/quotes", {"params": {"type": "rumour"}}, 400, "type"),
    ("get", "/api/quotes", {"params": {"since": "last tuesday"}}, 400, "not a date"),
    ("get", "/api/quotes", {"params": {"q": "x" * 5000}}, 400, "q"),
    ("post", "/api/extract", {"content": b"not json", "headers": JSON}, 400, "JSON"),
    ("post", "/api/extract", {"json": {"text": "a", "html": "b"}}, 400, "exactly one"),
    ("post", "/api/extract", {"content": b"x" * (MAX_EXTRACT_BYTES + 1), "headers": JSON}, 413, "larger than"),
    ("post", "/api/extract", {"content": b'{"text": "a"}', "headers": {"content-type": "text/plain"}}, 415,
     "application/json"),
    ("post", "/api/extract", {"content": b'{"text": "a"}'}, 415, "application/json"),
    ("get", "/api/nothing", {}, 404, "no such endpoint"),
    ("delete", "/api/quotes", {}, 405, "not allowed"),
])
def test_errors_are_json_with_the_right_status(client, method, url, kwargs, status, message):
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == status and message in response.json()["error"]
    assert "Traceback" not in response.text


@pytest.mark.parametrize("hostile", ['"unbalanced', "x'); DROP TABLE quotes; --", "NEAR(a b)", "\x00"])
def test_hostile_searches_are_harmless(client, hostile):
    assert client.get("/api/quotes", params={"q": hostile}).status_code == 200
    assert client.get("/api/quotes", params={"q": "prisoner"}).json()["results"]


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/quotes", "/api/speakers", "/api/speakers/{speaker_id}", "/api/speakers/{speaker_id}/timeline",
            "/api/articles/{article_id}", "/api/quotes/{quote_id}", "/api/clusters/{cluster_id}",
            "/api/extract"} <= set(paths)


def test_api_docs_work_without_a_network(client):
    html = client.get("/docs").text
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html) + re.findall(r'<link[^>]+href="([^"]+)"', html)
    assert scripts and all(src.startswith("/") for src in scripts)
    assert all(client.get(src).status_code == 200 for src in scripts)


@pytest.mark.parametrize("number", NO_ID)
@pytest.mark.parametrize("path", ["/api/articles/{}", "/api/speakers/{}", "/api/speakers/{}/timeline",
                                  "/api/clusters/{}"])
def test_ids_out_of_range_are_unknown_ids(client, path, number):
    response = client.get(path.format(number))
    assert response.status_code == 404 and response.json()["error"].startswith("no ")


@pytest.mark.parametrize("speaker", ["99999999999999999999", "0", "²"])
def test_a_speaker_filter_that_names_nobody_finds_nothing(client, speaker):
    response = client.get("/api/quotes", params={"speaker": speaker})
    assert response.status_code == 200 and response.json()["results"] == []


def test_a_wrong_method_says_which_are_allowed(client):
    response = client.put("/api/extract", json={"text": "a"})
    assert response.status_code == 405 and response.headers["allow"] == "POST" and "error" in response.json()


@pytest.mark.parametrize("path", ["/", "/api/quotes?q=bridge", "/api/speakers", "/static/app.css", "/docs",
                                  "/openapi.json"])
def test_head_answers_what_get_does_without_the_body(client, path):
    head, get = client.head(path), client.get(path)
    assert head.status_code == get.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


def test_the_app_reads_the_record_through_a_connection_that_cannot_write(client):
    assert client.app.state.tracker().read_only


def test_search_answers_with_total_facets_and_a_cursor(client):
    body = client.get("/api/quotes", params=[("q", "bridge"), ("facet", "outlet"), ("facet", "month"),
                                             ("limit", "2")]).json()
    assert body["total"] == 3 and len(body["results"]) == 2 and body["first"] == 0 and body["next"]
    assert {v["label"]: v["count"] for v in body["facets"]["outlet"]} == {"Daily": 1, "Herald": 1, "Wire": 1}
    for value in body["facets"]["outlet"] + body["facets"]["month"]:
        narrowed = client.get("/api/quotes", params={"q": "bridge", **value["filter"]}).json()
        assert narrowed["total"] == value["count"]
    rest = client.get("/api/quotes", params={"q": "bridge", "limit": 2, "cursor": body["next"]}).json()
    assert rest["first"] == 2 and len(rest["results"]) == 1 and rest["next"] is None
    hit = rest["results"][0]
    assert {"context_before", "context_after", "speaker_role", "kind", "no_quotation", "title"} <= set(hit)


@pytest.mark.parametrize("params, message", [({"facet": "colour"}, "facet"), ({"kind": "rumour"}, "kind"),
                                             ({"cursor": "not-one"}, "cursor"), ({"cursor": "x" * 500}, "cursor"),
                                             ({"order": "random"}, "order")])
def test_bad_search_values_are_clear_errors(client, params, message):
    response = client.get("/api/quotes", params={"q": "bridge", **params})
    assert response.status_code == 400 and message in response.json()["error"]


def test_a_search_downloads_as_csv_and_jsonl(client):
    csv = client.get("/api/export", params={"q": "bridge", "format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.splitlines()
    assert lines[0].startswith("quoteID,quotation") and "headlines" in lines[0] and len(lines) == 2
    jsonl = client.get("/api/export", params={"q": "bridge", "outlet": "wire"}).text.splitlines()
    assert len(jsonl) == 1 and json.loads(jsonl[0])["outlets"] == ["Wire"]
    assert client.get("/api/export", params={"format": "xml"}).status_code == 400
