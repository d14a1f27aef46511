"""The review workspace driven in a real browser (Debian's headless Chromium) against the
real server on a loopback port: log in, the queue, a correction that changes the status,
four eyes on an override, an auditor refused, a form without its CSRF token refused, two
operators in conflict, a letter to the applicant, and a forged event found by the audit."""
import hashlib
import re
import shutil
import sqlite3
import subprocess
import sys

import httpx
import pdfplumber
import pytest
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from flows.workspace import auth, decisions, store
from flows.workspace.app import create_app
from tests.conftest import CLEAN, free_port
from tests.workspace_cases import LiveServer, derive

PASSWORD = "a long made-up passphrase"
PEOPLE = {"olive": "operator", "oscar": "operator", "sam": "supervisor", "sue": "supervisor", "ada": "auditor"}


@pytest.fixture(scope="module")
def ws(clean_case, tmp_path_factory):
    _, processed, _ = clean_case
    out = tmp_path_factory.mktemp("workspace")
    shutil.copytree(processed / CLEAN, out / CLEAN)
    derive(out, CLEAN, "low-salary", {("employment_contract", "monthly_salary_hkd"): 14000.0,
                                      ("employer_form", "monthly_salary_hkd"): 14000.0}, "2026-10-01T00:00:00.000000Z")
    derive(out, CLEAN, "expired", {("travel_document", "date_of_expiry"): "2025-01-31"}, "2026-09-01T00:00:00.000000Z")
    app = create_app(out)
    for name, role in PEOPLE.items():
        auth.add_user(app.state.ws.engine, name, role, PASSWORD)
    with LiveServer(app, free_port()) as server:
        yield server.url, out, app.state.ws.engine


def login(browser, url, name):
    browser.delete_all_cookies()
    browser.get(url + "/login")
    browser.find_element(By.NAME, "name").send_keys(name)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    click(browser, browser.find_element(By.ID, "login"))


def click(browser, button) -> None:
    """Click a button that sends a form, and wait for the page that answers it."""
    page = browser.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(browser, 20).until(lambda _: _left(page))


def _left(page) -> bool:
    """The old page is gone. Mid-navigation Chromium may answer for the old node that it 'does not
    belong to the document' instead of calling it stale: that is gone too."""
    try:
        page.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise


def status(browser) -> str:
    return browser.find_element(By.ID, "case-status").text


def field_row(browser, doc_type_field: str):
    """The row of the first field named so (e.g. 'monthly_salary_hkd') in a document of a type."""
    rows = browser.find_elements(By.CSS_SELECTOR, f"tr[data-field$='.{doc_type_field}']")
    assert rows, f"no field {doc_type_field} on the page"
    return rows[0]


def test_queue_lists_cases_to_review_oldest_first_with_numbers_masked(browser, ws):
    url, out, _ = ws
    login(browser, url, "olive")
    cases = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#queue tr.case td:first-child a")]
    assert cases == ["expired", "low-salary"], "the clean case is not to review; the oldest comes first"
    numbers = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#queue td.number") if td.text]
    assert numbers and all(re.fullmatch(r"\w{3}\*{4}\w{2}", n) for n in numbers), numbers
    report = decisions.load_report(out / CLEAN)
    number = next(d.fields["document_number"].value for d in report.documents if d.type == "travel_document")
    assert number not in browser.page_source, "a full travel document number shows in the list"
    assert "needs_review" in browser.find_element(By.ID, "counts").text


def test_operator_corrects_a_reading_and_the_status_changes(browser, ws):
    url, out, _ = ws
    machine = (out / "low-salary" / "report.json").read_bytes()
    login(browser, url, "olive")
    browser.get(url + "/cases/low-salary")
    assert status(browser) == "needs_review"
    row = browser.find_element(By.CSS_SELECTOR, "#checks tr[id='check-salary.market_rate']")
    assert "fail" in row.text
    # A value that is not money is refused with the reason, and nothing is saved.
    salary = field_row(browser, "monthly_salary_hkd")
    salary.find_element(By.CSS_SELECTOR, "form input[name=value]").send_keys("about right")
    click(browser, salary.find_element(By.CSS_SELECTOR, "button.correct"))
    assert "not a valid money" in browser.find_element(By.ID, "message").text
    browser.get(url + "/cases/low-salary")
    salary = field_row(browser, "monthly_salary_hkd")
    salary.find_element(By.CSS_SELECTOR, "form input[name=value]").send_keys("HK$45,000")
    salary.find_element(By.CSS_SELECTOR, "form input[name=reason]").send_keys("payslip seen")
    click(browser, salary.find_element(By.CSS_SELECTOR, "button.correct"))
    assert status(browser) == "complete", "the rules ran again on the corrected salary"
    assert "45000" in field_row(browser, "monthly_salary_hkd").find_element(By.CSS_SELECTOR, "td.value").text
    assert (out / "low-salary" / "report.json").read_bytes() == machine, "a decision never rewrites the machine's report"


def test_override_of_a_failed_rule_needs_a_second_person(browser, ws):
    url, _, _ = ws
    login(browser, url, "olive")
    browser.get(url + "/cases/expired")
    row = browser.find_element(By.CSS_SELECTOR, "#checks tr[id='check-travel_document.not_expired']")
    row.find_element(By.CSS_SELECTOR, "input[name=reason]").send_keys("renewed passport shown at the counter")
    click(browser, row.find_element(By.CSS_SELECTOR, "button.override"))
    assert status(browser) == "needs_review", "an override of this rule waits for a supervisor"
    assert "awaits a supervisor" in browser.find_element(By.CSS_SELECTOR, "#checks tr[id='check-travel_document.not_expired']").text
    login(browser, url, "sam")
    browser.get(url + "/cases/expired")
    click(browser, browser.find_element(By.CSS_SELECTOR, "#checks tr[id='check-travel_document.not_expired'] button.approve"))
    assert status(browser) == "complete"


def test_a_supervisor_cannot_approve_their_own_override(ws):
    url, _, engine = ws
    c = _client(url, "sue")
    page = c.get("/cases/expired").text
    # sue asks for an override on another case's check and then tries to approve it herself
    c2 = _client(url, "sue")
    page = c2.get("/cases/low-salary").text
    c2.post("/cases/low-salary/decide", data=_form(page) | {"kind": "override", "target": "salary.market_rate",
                                                            "reason": "director's pay is set by the board"})
    page = c2.get("/cases/low-salary").text
    r = c2.post("/cases/low-salary/decide", data=_form(page) | {"kind": "approve", "target": "salary.market_rate"})
    assert r.status_code == 403 and "someone other than the person who asked" in r.text


def test_an_auditor_reads_everything_and_changes_nothing(browser, ws):
    url, _, engine = ws
    before = [e.seq for e in store.case_events(engine, CLEAN) if e.kind != "view"]
    login(browser, url, "ada")
    browser.get(url + f"/cases/{CLEAN}")
    assert "nothing you send here is saved" in browser.find_element(By.ID, "read-only").text
    click(browser, field_row(browser, "br_number").find_element(By.CSS_SELECTOR, "button.accept"))
    assert "changes nothing" in browser.find_element(By.ID, "message").text
    assert [e.seq for e in store.case_events(engine, CLEAN) if e.kind != "view"] == before
    browser.get(url + f"/cases/{CLEAN}/timeline")
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline tr")
    views = {e.target for e in store.case_events(engine, CLEAN) if e.kind == "view" and e.actor == "ada"}
    assert views == {CLEAN, "timeline"}, "the auditor's views of personal data are themselves recorded"


def test_a_form_without_its_csrf_token_is_refused(browser, ws):
    url, _, engine = ws
    before = len([e for e in store.case_events(engine, CLEAN) if e.kind != "view"])
    login(browser, url, "olive")
    browser.get(url + f"/cases/{CLEAN}")
    row = field_row(browser, "br_number")
    browser.execute_script("arguments[0].querySelector('button.accept').form.querySelector('input[name=csrf]').remove()", row)
    click(browser, row.find_element(By.CSS_SELECTOR, "button.accept"))
    assert "security token" in browser.find_element(By.ID, "message").text
    assert len([e for e in store.case_events(engine, CLEAN) if e.kind != "view"]) == before


def _client(url: str, name: str) -> httpx.Client:
    c = httpx.Client(base_url=url)
    assert c.post("/login", data={"name": name, "password": PASSWORD}).status_code == 303
    return c


def _form(page: str) -> dict:
    return {"csrf": re.search(r'name="csrf" value="([^"]+)"', page).group(1),
            "version": re.search(r'name="version" value="(\d+)"', page).group(1)}


def test_two_operators_on_one_case_get_a_conflict_not_a_lost_update(ws):
    url, _, engine = ws
    a, b = _client(url, "olive"), _client(url, "oscar")
    page_a, page_b = a.get(f"/cases/{CLEAN}").text, b.get(f"/cases/{CLEAN}").text
    target = re.search(r'data-field="(D\d+\.br_number)"', page_a).group(1)
    assert a.post(f"/cases/{CLEAN}/decide", data=_form(page_a) | {"kind": "accept", "target": target}).status_code == 303
    r = b.post(f"/cases/{CLEAN}/decide", data=_form(page_b) | {"kind": "correct", "target": target, "value": "12345678"})
    assert r.status_code == 409 and "changed by someone else" in r.text
    kept = [e for e in store.case_events(engine, CLEAN) if e.target == target]
    assert [e.kind for e in kept] == ["accept"]


def test_wrong_passwords_are_throttled(ws):
    url, _, _ = ws
    c = httpx.Client(base_url=url)
    for _ in range(auth.MAX_FAILURES):
        assert c.post("/login", data={"name": "oscar", "password": "wrong"}).status_code == 401
    r = c.post("/login", data={"name": "oscar", "password": PASSWORD})
    assert r.status_code == 401 and "too many failed logins" in r.text


def test_a_letter_to_the_applicant_is_kept_as_a_pdf_and_recorded(browser, ws):
    url, out, engine = ws
    login(browser, url, "olive")
    browser.get(url + f"/cases/{CLEAN}")
    row = browser.find_element(By.CSS_SELECTOR, "#checklist tr[id='item-E7_recruitment_evidence']")
    row.find_element(By.CSS_SELECTOR, "input[name=reason]").send_keys("advertisements of the post in Hong Kong")
    click(browser, row.find_element(By.CSS_SELECTOR, "button.request"))
    browser.get(url + f"/cases/{CLEAN}/letter")
    text = browser.find_element(By.ID, "letter-text")
    assert "advertisements of the post" in text.get_attribute("value") and "補交文件" in text.get_attribute("value")
    text.send_keys("\nPlease reply within 14 days.")
    click(browser, browser.find_element(By.ID, "issue"))
    letter = [e for e in store.case_events(engine, CLEAN) if e.kind == "letter"][-1]
    pdf = out / CLEAN / letter.after_value["pdf"]
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == letter.after_value["sha256"]
    with pdfplumber.open(pdf) as doc:
        words = "".join(p.extract_text() or "" for p in doc.pages)
    assert "14 days" in words and "補交文件" in words.replace(" ", "")


def test_a_forged_event_is_found_by_audit_verify(ws, tmp_path):
    _, out, engine = ws
    copy = tmp_path / "copy.db"
    with sqlite3.connect(out / store.DB_FILE) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    db = f"sqlite:///{copy}"
    ok = subprocess.run([sys.executable, "-m", "flows.cli", "audit", "verify", "--db", db], capture_output=True, text=True)
    assert ok.returncode == 0 and "the chain holds" in ok.stdout
    forged = store.open_db(db)
    target = next(e for e in store.case_events(forged, "low-salary") if e.kind == "correct")
    with forged.begin() as conn:  # the database refuses the change until its guard is dropped
        with pytest.raises(Exception, match="append-only"):
            conn.exec_driver_sql("UPDATE events SET after = '99000' WHERE seq = ?", (target.seq,))
    store.drop_append_only_guard(forged)
    with forged.begin() as conn:
        conn.exec_driver_sql("UPDATE events SET after = '99000' WHERE seq = ?", (target.seq,))
    bad = subprocess.run([sys.executable, "-m", "flows.cli", "audit", "verify", "--db", db], capture_output=True, text=True)
    assert bad.returncode == 1 and f"event {target.seq} " in bad.stdout and "changed after it was written" in bad.stdout


def test_audit_export_writes_the_case_timeline(ws, tmp_path):
    _, out, _ = ws
    done = subprocess.run([sys.executable, "-m", "flows.cli", "audit", "export", "low-salary", "--out", str(out),
                           "--to", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    body = (tmp_path / "timeline.json").read_text(encoding="utf-8")
    assert '"kind": "correct"' in body and '"actor": "olive"' in body and "payslip seen" in body
    assert "payslip seen" in (tmp_path / "timeline.html").read_text(encoding="utf-8")
