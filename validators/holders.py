"""Whose document is it? A case may hold a dependant's travel document beside the applicant's;
by its look it is a travel document, by its holder a dependant's. When a case has more than
one, the one that names the person the other documents name is the applicant's, and the
others become `dependant_document` (their fields kept, the reason noted on them)."""
from __future__ import annotations

from pipeline.model import DocError, Document
from pipeline.names import same_person

# Where the applicant is named outside the travel document.
APPLICANT_NAMES = [("applicant_form", ("name_zh", "surname")), ("employment_contract", ("employee_name",)),
                   ("degree_certificate", ("holder_name",)), ("graduation_certificate", ("holder_name",)),
                   ("consent_letter", ("applicant_name",)), ("qualification_report", ("holder_name",))]


def _travel_names(doc: Document) -> list[str]:
    f = doc.fields
    names = []
    if f.get("surname"):
        names.append(f"{f['surname'].value} {f['given_names'].value if f.get('given_names') else ''}".strip())
    if f.get("name_zh"):
        names.append(str(f["name_zh"].value))
    return names


def _applicant_names(documents: list[Document]) -> list[str]:
    out = []
    for doc_type, keys in APPLICANT_NAMES:
        for d in documents:
            if d.type != doc_type:
                continue
            fs = d.fields
            if "surname" in keys and fs.get("surname") and fs.get("given_names"):
                out.append(f"{fs['surname'].value} {fs['given_names'].value}")
            out += [str(fs[k].value) for k in keys if k != "surname" and fs.get(k) and fs[k].value]
    return out


def assign_holders(documents: list[Document], dependants: int) -> list[Document]:
    """The documents with every travel document of someone else made a dependant's (new
    objects; the documents given are not changed)."""
    travel = [d for d in documents if d.type == "travel_document"]
    if len(travel) < 2:
        return documents
    others = _applicant_names(documents)

    def votes(d: Document) -> int:
        return sum(any(same_person(n, o)[0] for n in _travel_names(d)) for o in others)

    ranked = sorted(travel, key=lambda d: -votes(d))
    best = ranked[0]
    if votes(best) == 0 or (len(ranked) > 1 and votes(ranked[1]) == votes(best)):
        return documents  # cannot tell; the name check will show the conflict to a person
    note = "a travel document of someone other than the applicant" + ("" if dependants else "; case.yaml declares no dependants")
    others = {d.id for d in ranked[1:] if votes(d) == 0}
    return [d.model_copy(update={"type": "dependant_document", "errors": d.errors + [DocError(code="warning", message=note)]})
            if d.id in others else d for d in documents]
