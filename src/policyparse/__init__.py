"""policyparse: Chinese government policy documents -> validated, structured JSON.

    >>> import policyparse
    >>> doc = policyparse.parse("一、总体要求\n（一）工作目标。到2025年，比例达到18.5%。")
    >>> doc.sections[0].marker
    '一、'
"""

__version__ = "0.1.0"

from policyparse.models import SCHEMA_VERSION, Document  # noqa: E402
from policyparse.pipeline import parse, parse_file  # noqa: E402

__all__ = ["Document", "SCHEMA_VERSION", "parse", "parse_file", "__version__"]
