"""Mojibake already in the text: UTF-8 read as GBK, GBK read as Latin-1/CP1252, misaligned GBK."""

from __future__ import annotations


def fix_mojibake(text: str, log) -> str:
    return text


def fix_misaligned_gbk(text: str, log) -> str:
    return text
