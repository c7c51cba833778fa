"""The closed vocabularies of an event record, as plain literals: PLOVER's types, sectors and
contexts, modalities and date sources (``shared/spec/event.schema.json``).

:mod:`communique.model` builds its records on these; code that only checks or names a value (the
store's filters, the command line) imports them from here, so a read-only command such as
``communique events`` starts without importing pydantic.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["CONTEXTS", "EVENT_TYPES", "SECTORS", "SYMMETRIC_TYPES", "DateSource", "EventType", "Modality",
           "Precision", "Sector"]

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

#: CONSULT, AGREE and COOPERATE are scored on the set of participants (codebook section 2).
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

Sector = Literal[
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
]
SECTORS: tuple[str, ...] = Sector.__args__  # type: ignore[attr-defined]

Modality = Literal["asserted", "future", "hypothetical", "negated"]
DateSource = Literal["text", "discourse", "publication"]

#: PLOVER contexts (``event.schema.json``): what an event is about.
CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
)
Precision = Literal["day", "month", "year"]
