"""`intake serve`: the review workspace over an output folder. Server-rendered pages; every
change is a POST with a CSRF token that becomes one event in the chain (store.append), then
the page is loaded again (post/redirect/get) with the rules run on the corrected facts."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.engine import Engine

from pipeline.model import DOCUMENT_TYPES

from . import auth, decisions, letters, store
from .decisions import BadValue, document_evidence, field_evidence, field_type, parse_value
from .queue import CaseIndex, queue

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates" / "workspace"))
CASE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
PAGE_IMAGE = re.compile(r"pages/[0-9a-f]{16}-p\d+\.jpg")
LETTER_PDF = re.compile(r"requests/request-[0-9a-f]{16}\.pdf")


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class LoginNeeded(Exception):
    pass


@dataclass
class Workspace:
    out_dir: Path
    engine: Engine
    secret: bytes
    index: CaseIndex


def create_app(out_dir: Path, db_url: str | None = None) -> FastAPI:
    out_dir = out_dir.resolve()
    ws = Workspace(out_dir, store.open_db(db_url or store.default_url(out_dir)), auth.secret_for(out_dir), CaseIndex(out_dir))
    app = FastAPI(title="ASMTP Intake workspace", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.ws = ws

    @app.exception_handler(LoginNeeded)
    def _login(request: Request, _exc: LoginNeeded):
        return RedirectResponse(f"/login?next={quote(str(request.url.path))}", status_code=303)

    @app.exception_handler(Refused)
    def _refused(request: Request, exc: Refused):
        return TEMPLATES.TemplateResponse(request, "message.html", {"title": "Not done", "message": exc.message,
                                                                    "back": request.headers.get("referer", "/")},
                                          status_code=exc.status)

    def who(request: Request) -> auth.SessionData:
        s = auth.read_cookie(ws.secret, request.cookies.get(auth.COOKIE))
        if s is None:
            raise LoginNeeded()
        role = auth.current_role(ws.engine, s)
        if role is None:
            raise LoginNeeded()
        s.role = role
        return s

    async def posted(request: Request, roles: tuple[str, ...]) -> tuple[auth.SessionData, dict]:
        s = who(request)
        form = dict(await request.form())
        if not auth.csrf_ok(s, str(form.get("csrf", ""))):
            raise Refused(403, "This form has no valid security token (CSRF): reload the page and send it again.")
        if s.role not in roles:
            raise Refused(403, f"Your role ({s.role}) may not do this. An auditor reads everything and changes nothing.")
        return s, {k: str(v) for k, v in form.items()}

    def case_dir(case_id: str) -> Path:
        path = ws.out_dir / case_id
        if not CASE_ID.fullmatch(case_id) or not (path / "report.json").is_file():
            raise Refused(404, f"There is no case {case_id!r} in this output folder.")
        return path

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "/"):
        return TEMPLATES.TemplateResponse(request, "login.html", {"next": next, "error": ""})

    @app.post("/login")
    async def login(request: Request):
        form = await request.form()
        target = str(form.get("next") or "/")
        target = target if target.startswith("/") and not target.startswith("//") else "/"
        try:
            user = auth.login(ws.engine, str(form.get("name", "")), str(form.get("password", "")))
        except auth.AuthError as exc:
            return TEMPLATES.TemplateResponse(request, "login.html", {"next": target, "error": str(exc)}, status_code=401)
        resp = RedirectResponse(target, status_code=303)
        resp.set_cookie(auth.COOKIE, auth.make_cookie(ws.secret, user), max_age=auth.SESSION_SECONDS, httponly=True,
                        samesite="strict", secure=request.url.scheme == "https")
        return resp

    @app.post("/logout")
    async def logout(request: Request):
        await posted(request, store.ROLES)
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(auth.COOKIE)
        return resp

    @app.get("/", response_class=HTMLResponse)
    def queue_page(request: Request, status: str = "", item: str = "", check: str = "", min_age: int = 0):
        s = who(request)
        rows, counts = queue(ws.index.rows(), store.case_states(ws.engine), status, item, check, min_age)
        return TEMPLATES.TemplateResponse(request, "queue.html", {"s": s, "rows": rows, "counts": counts, "status": status,
                                                                  "item": item, "check": check, "min_age": min_age})

    @app.get("/cases/{case_id}", response_class=HTMLResponse)
    def case_page(request: Request, case_id: str):
        s = who(request)
        out_case = case_dir(case_id)
        report, sha = decisions.read_report(out_case)
        # Every view of a case's personal data is itself recorded.
        store.append(ws.engine, s.user, s.role, store.Decision(case_id, "view", case_id, None, None, "", sha))
        events = store.case_events(ws.engine, case_id)
        result = decisions.outcome(out_case, report, events)
        store.set_status(ws.engine, case_id, result.status, sha)
        return TEMPLATES.TemplateResponse(request, "case.html", {
            "s": s, "r": report, "result": result, "sha": sha, "machine": {d.id: d for d in report.documents},
            "flagged": _flagged_fields(result), "version": store.case_version(ws.engine, case_id),
            "pages": _page_images(out_case), "types": DOCUMENT_TYPES, "field_type": field_type,
            "reasons": decisions.settings()["reject_reasons"], "four_eyes": decisions.settings()["four_eyes"],
            "events": [e for e in events if e.kind != "view"][-30:], "letters": [e for e in events if e.kind == "letter"]})

    @app.get("/cases/{case_id}/{kind}/{name}")
    def case_file(request: Request, case_id: str, kind: str, name: str):
        who(request)
        rel = f"{kind}/{name}"
        path = case_dir(case_id) / rel
        if not (PAGE_IMAGE.fullmatch(rel) or LETTER_PDF.fullmatch(rel)) or not path.is_file():
            raise Refused(404, "No such file in this case.")
        return FileResponse(path)

    @app.post("/cases/{case_id}/decide")
    async def decide(request: Request, case_id: str):
        s, form = await posted(request, auth.CAN_DECIDE)
        out_case = case_dir(case_id)
        report, sha = decisions.read_report(out_case)
        d = _decision(report, sha, s, form, store.case_events(ws.engine, case_id))
        _append(ws, s, d, form, out_case, report)
        return RedirectResponse(f"/cases/{case_id}#{form.get('anchor', '')}", status_code=303)

    @app.get("/cases/{case_id}/letter", response_class=HTMLResponse)
    def letter_page(request: Request, case_id: str):
        s = who(request)
        out_case = case_dir(case_id)
        report = decisions.load_report(out_case)
        result = decisions.outcome(out_case, report, store.case_events(ws.engine, case_id))
        return TEMPLATES.TemplateResponse(request, "letter.html", {"s": s, "r": report, "version": store.case_version(ws.engine, case_id),
                                                                   "text": letters.draft(case_id, result, report.as_of)})

    @app.post("/cases/{case_id}/letter")
    async def issue_letter(request: Request, case_id: str):
        s, form = await posted(request, auth.CAN_DECIDE)
        out_case = case_dir(case_id)
        text = form.get("text", "").replace("\r\n", "\n").strip()
        if not text:
            raise Refused(400, "The letter is empty: write what is asked of the applicant.")
        rel, digest = letters.keep(out_case, text)
        report, sha = decisions.read_report(out_case)
        d = store.Decision(case_id, "letter", case_id, None, {"pdf": rel, "sha256": digest, "text": text}, "", sha)
        _append(ws, s, d, form, out_case, report)
        return RedirectResponse(f"/cases/{case_id}#letters", status_code=303)

    @app.get("/cases/{case_id}/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, case_id: str):
        s = who(request)
        out_case = case_dir(case_id)
        # The timeline shows readings before and after: personal data, so its view is recorded too.
        store.append(ws.engine, s.user, s.role, store.Decision(case_id, "view", "timeline", None, None, "",
                                                               decisions.read_report(out_case)[1]))
        return TEMPLATES.TemplateResponse(request, "timeline.html", {"s": s, "case_id": case_id,
                                                                     "events": store.case_events(ws.engine, case_id)})

    @app.get("/health")
    def health():
        return Response("ok")

    return app


def _append(ws: Workspace, s: auth.SessionData, d: store.Decision, form: dict, out_case: Path, report) -> None:
    try:
        version = int(form.get("version", ""))
    except ValueError:
        raise Refused(400, "The form has no case version: reload the case and decide again.") from None
    try:
        store.append(ws.engine, s.user, s.role, d, expect_version=version)
    except store.Conflict as exc:
        raise Refused(409, str(exc)) from None
    result = decisions.outcome(out_case, report, store.case_events(ws.engine, d.case_id))
    store.set_status(ws.engine, d.case_id, result.status, d.report_sha256)


def _decision(report, sha: str, s: auth.SessionData, form: dict, events: list[store.Event]) -> store.Decision:
    """The decision a form asks for, checked against the machine's report it was made on."""
    kind, target, reason = form.get("kind", ""), form.get("target", ""), form.get("reason", "").strip()
    docs = {d.id: d for d in report.documents}
    doc_id, _, name = target.partition(".")
    if kind in ("accept", "correct"):
        doc = docs.get(doc_id)
        if doc is None or name not in doc.fields:
            raise Refused(404, f"No field {target} in this case's report.")
        before = field_evidence(doc, name)
        if kind == "accept":
            return store.Decision(report.case_id, kind, target, before, before["value"], reason, sha)
        try:
            value = parse_value(field_type(doc.type, name, doc.fields[name].value), form.get("value", ""))
        except BadValue as exc:
            raise Refused(400, f"{target}: {exc}. Nothing was saved.") from None
        return store.Decision(report.case_id, kind, target, before, value, reason, sha)
    if kind in ("retype", "reject"):
        doc = docs.get(doc_id)
        if doc is None:
            raise Refused(404, f"No document {target} in this case's report.")
        if kind == "retype":
            if form.get("value") not in DOCUMENT_TYPES:
                raise Refused(400, f"{form.get('value')!r} is not a document type.")
            return store.Decision(report.case_id, kind, target, document_evidence(doc), form["value"], reason, sha)
        code = form.get("code", "")
        if code not in decisions.settings()["reject_reasons"]:
            raise Refused(400, "Choose a reason for rejecting the document from the list.")
        if code == "other" and not reason:
            raise Refused(400, "Say why the document is rejected (the reason 'other' needs a note).")
        return store.Decision(report.case_id, kind, target, document_evidence(doc), {"code": code}, reason, sha)
    if kind in ("request", "withdraw_request"):
        if target not in {i.item for i in report.checklist}:
            raise Refused(404, f"No checklist item {target}.")
        if kind == "request" and not reason:
            raise Refused(400, "Say what the applicant is asked for.")
        return store.Decision(report.case_id, kind, target, None, kind == "request", reason, sha)
    if kind in ("override", "approve"):
        check = next((c for c in report.checks if c.id == target), None)
        if check is None:
            raise Refused(404, f"No check {target} in this case's report.")
        if kind == "override":
            if not reason:
                raise Refused(400, "An override needs a reason.")
            return store.Decision(report.case_id, kind, target, {"outcome": check.outcome, "message": check.message}, "pass",
                                  reason, sha)
        if s.role not in auth.CAN_APPROVE:
            raise Refused(403, "Only a supervisor approves an override.")
        asked = [e for e in events if e.kind == "override" and e.target == target]
        if not asked:
            raise Refused(400, f"No override of {target} awaits approval.")
        if asked[-1].actor == s.user:
            raise Refused(403, "Four eyes: an override is approved by someone other than the person who asked for it.")
        return store.Decision(report.case_id, kind, target, None, {"override": asked[-1].seq}, reason, sha)
    raise Refused(400, f"Unknown decision {kind!r}.")


def _flagged_fields(result: decisions.Outcome) -> list[str]:
    """"D03.field" of every field a failed or doubtful check points at, in check order."""
    out: list[str] = []
    for c in result.checks:
        if c.outcome in ("fail", "review"):
            out += [f"{e['document']}.{e['field']}" for e in c.evidence if e.get("document") and e.get("field")]
    return list(dict.fromkeys(out))


def _page_images(out_case: Path) -> dict[str, list[dict]]:
    try:
        return json.loads((out_case / decisions.FACTS_FILE).read_text(encoding="utf-8")).get("page_images", {})
    except (OSError, ValueError):
        return {}


def from_environment() -> FastAPI:
    """The app for each of several server processes (`intake serve --workers N`)."""
    return create_app(Path(os.environ["INTAKE_WORKSPACE_OUT"]), os.environ.get("INTAKE_WORKSPACE_DB") or None)


def serve(out_dir: Path, db_url: str | None, host: str, port: int, workers: int = 1) -> None:
    import uvicorn
    print(f"workspace over {out_dir}: http://{host}:{port}/ ({workers} process(es))", flush=True)
    if workers <= 1:
        uvicorn.run(create_app(out_dir, db_url), host=host, port=port, log_level="warning")
        return
    os.environ["INTAKE_WORKSPACE_OUT"], os.environ["INTAKE_WORKSPACE_DB"] = str(out_dir.resolve()), db_url or ""
    uvicorn.run("flows.workspace.app:from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning")
