"""XML parts of DOCX and OFD parsed with the standard library, refusing DTDs (no entity expansion)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from policyparse.errors import CorruptFileError


def parse_xml(data: bytes, kind: str, part: str, path: str | None) -> ET.Element:
    head = data[:2048]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        # Office and OFD parts never carry a DTD; one here can only serve entity expansion
        raise CorruptFileError(f"this {kind} file's part {part} declares a DTD, which these files never do; it is not read", path=path)
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise CorruptFileError(f"this {kind} file is damaged: part {part} is not well-formed XML ({exc}); open and save it again", path=path) from None


def local(tag: str) -> str:
    """A tag without its namespace: '{uri}p' -> 'p'."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
