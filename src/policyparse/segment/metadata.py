"""Document metadata after GB/T 9704-2012 and what government web pages carry."""

from __future__ import annotations

import regex as re

from policyparse.models import Metadata

_DOC_NUMBER = re.compile(r"[\p{Han}]{1,8}[〔\[［（(](\d{4})[〕\]］）)]\d{1,4}[号號]")


def extract_metadata(text: str, html_meta: dict[str, str]) -> Metadata:
    lines = [line for line in text.split("\n") if line.strip()]
    title = lines[0] if lines else None
    m = _DOC_NUMBER.search(text)
    doc_number = None
    if m:
        doc_number = re.sub(r"[\[［（(](\d{4})[\]］）)]", r"〔\1〕", m.group(0)).replace("號", "号")
    return Metadata(title=title, doc_number=doc_number, publish_date=html_meta.get("publish_date"))
