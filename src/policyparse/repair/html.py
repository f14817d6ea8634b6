"""A saved government web page -> its article text (and its <meta> publish date)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<meta|<body|<div)", re.I)


def looks_like_html(text: str, filename: str | None = None) -> bool:
    if filename and filename.lower().endswith((".htm", ".html")):
        return True
    return bool(_HTML_START.match(text[:1000]))


def extract_article(text: str, log) -> tuple[str, dict[str, str]]:
    tree = HTMLParser(text)
    meta = {}
    for node in tree.css("meta"):
        name = (node.attributes.get("name") or "").lower()
        if name in {"pubdate", "publishdate", "firstpublishedtime"} and node.attributes.get("content"):
            meta["publish_date"] = node.attributes["content"]
    for node in tree.css("script, style, noscript"):
        node.decompose()
    body = tree.body or tree.root
    article = body.text(separator="\n") if body is not None else ""
    log.record(f"<html {len(text)} chars>", f"<article {len(article)} chars>")
    return article, meta
