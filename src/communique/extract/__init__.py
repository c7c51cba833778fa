"""Extract: parsed sentences -> PLOVER event records (triggers, roles, modality, quotes).

The stage is a pipeline of registered components (:mod:`communique.extract.registry`) over one
document state per article (:mod:`communique.extract.state`). It reads the resolvers through
protocols (:mod:`communique.extract.resources`) and never imports another stage; the assembled
extractor users call is :class:`communique.extraction.Extractor`.
"""

from __future__ import annotations

__all__ = ["STAGE_NAME"]

STAGE_NAME = "communique.extract.v1"
