"""A four-hundred-and-sixtieth drawn set, of work letters and an offer, drawn after stop 82's first reader change, to be
read cold, in wording and layouts no earlier set drew: a traditional-script certificate of service (服務證明書) of a stay
from one date to another (自…起至…止) in a post held (擔任…職務); a branch's letter of a stay 'between … and …', the post held
'latterly as'; an offer as a table of terms ('Commencement Date', 'Job Title', 'Monthly Salary', 'Contract Period').
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredsixtieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def service_certificate_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 120, "服務證明書", 44, "serif_cjk")
    y = _paragraph(s, 160, 250, "　　茲證明溫子謙先生自2016年7月1日起至2021年6月30日止，於本公司擔任資深結構工程師職務，"
                                "工作認真負責。特此證明。", 34, 30, 62)
    text_lines(s, 860, y + 100, ["廈門鷺島建築設計有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "廈門鷺島建築設計有限公司")
    return scanned_png(s, "servicetrad"), {"employer": "廈門鷺島建築設計有限公司", "position": "資深結構工程師", "start_date": "2016-07-01",
                                           "end_date": "2021-06-30"}


def between_latterly() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lingnan Merchants Bank, Shenzhen Branch", 28, "serif_bold")
    text_lines(s, 160, 190, ["18 November 2026", "", "Dear Sir or Madam,", "",
                             "Mr. QIN Haoyu was on the staff of our Shenzhen Branch between 2 April 2013 and 29 March 2019,",
                             "latterly as Relationship Manager in Corporate Banking.", "",
                             "Yours faithfully,", "", "Branch Personnel Officer"], 24, "serif", 44)
    return scanned_png(s, "latterly"), {"employer": "Lingnan Merchants Bank, Shenzhen Branch", "position": "Relationship Manager",
                                        "start_date": "2013-04-02", "end_date": "2019-03-29"}


def terms_table_offer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Tsuen Wan Textile Testing Laboratory Limited", 28, "sans_bold")
    text_lines(s, 160, 180, ["30 November 2026", "", "Ms. HUANG Shiyun", "", "LETTER OF EMPLOYMENT", "",
                             "We are pleased to employ you on the following terms:"], 24, "sans", 42)
    y = _ruled(s, 160, 500, [["Job Title", "Senior Textile Chemist"], ["Commencement Date", "1 March 2027"],
                             ["Contract Period", "Two (2) years"], ["Monthly Salary", "HK$41,800"], ["Working Hours", "9:00 a.m. to 6:00 p.m."]],
               [420, 640], 64, 24)
    text_lines(s, 160, y + 60, ["Please sign and return a copy to accept.", "", "For and on behalf of the Company", "", "Director"], 24, "sans", 42)
    return scanned_png(s, "termstable"), {"employer_name": "Tsuen Wan Textile Testing Laboratory Limited", "employee_name": "HUANG Shiyun",
                                          "position": "Senior Textile Chemist", "start_date": "2027-03-01", "term_months": 24,
                                          "monthly_salary_hkd": 41800.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-service-certificate-traditional.png", service_certificate_traditional, "work_experience_letter", "service-certificate-traditional"),
              ("work-between-latterly.png", between_latterly, "work_experience_letter", "between-latterly"),
              ("contract-terms-table-offer.png", terms_table_offer, "employment_contract", "terms-table-offer")]
    return write_drawn(folder, papers)
