"""Applicant's documents: degree and graduation certificates, consent letter, HKID copy (the photograph: photo.py)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from pipeline.date_words import ROC_DATE, study_ended_before
from pipeline.hkid import read_hkid
from pipeline.model import Field
from pipeline.names import spec_name, starts_with_surname
from pipeline.reference import hk_institution_zh, known_institution, mainland_institution
from pipeline.text import HAN, HAN_RANGE, simplified

from .base import DATE_RX, DocView, find_line, parse_date
from .certificate_numbers import read_number, year_by_number
from .display_type import holder_on_display, major_under, name_goes_on, without_class
from .han_persons import han_person_before
from .name_readings import HAN_NAME_FIELDS, name_read_as_latin
from .prose import Prose, best, both_scripts, vocabulary
from .running_text import RunningText
from .school_patterns import (
    DEGREE_BY_INITIALS,
    DEGREE_EN,
    DEGREE_EN_CAPS,
    DEGREE_EN_OWN,
    ENGLISH_SCHOOL,
    ENGLISH_UNIVERSITY,
    HAN_COURSE,
    HOLDER_SEX_EN,
    INITIALS,
    MAJORS_IN_SENTENCES,
    NOT_ITSELF,
    TITLE_WORDS,
)
from .value_types import honorifics_zh

# The degree categories of the PRC degree regulations (学科门类): a Chinese degree is named
# category + level, 工学学士学位; OCR often reads the 士 as 十 or 土.
# (with the professional degrees named by a field that ends as a category does: 兽医学学士 is no 医学学士)
DISCIPLINES = "哲学|经济学|法学|教育学|文学|历史学|理学|工学|农学|兽医学|中医学|口腔医学|医学|药学|护理学|建筑学|军事学|管理学|艺术学|交叉学科"
DEGREE_ZH = rf"({DISCIPLINES})\s*(学|硕|博)\s*[士十土]\s*(?:学\s*位)?"
LEVELS = {"博士": "doctor", "硕士": "master", "学士": "bachelor", "doctor": "doctor", "master": "master", "bachelor": "bachelor"}


def first_found(doc: DocView, out: dict, key: str, rt: RunningText, patterns: list[str], clean=lambda v: v.strip(),
           flags=re.IGNORECASE, one_line: bool = False) -> None:
    """The first pattern's value; a name's, or with `one_line` any, cut where its printed line ends."""
    for p in patterns:
        m, line = rt.search(p, flags)
        if m:
            han, name = bool(re.search(HAN, m.group(0))), key in HAN_NAME_FIELDS  # (Latin in title case: a paragraph's line wraps)
            value = clean(rt.in_its_paragraph(m) if one_line and not (han or name or m.group(0).isupper()) else rt.on_its_line(m, one_line and han)
                          if one_line or name else rt.after_a_heading(m))
            value = line.cell_holding(value) if re.search(HAN, value) else value
            if value:
                out[key] = doc.field(value, line)
                return


def _first_on_a_line(doc: DocView, out: dict, key: str, patterns: list[str]) -> None:
    """The first line a pattern matches whole, or else one cell of a line two columns share ('东川财经大学   and Economics')."""
    lines = doc.lines()
    cells = [c for line in lines for c in line.cells()]
    for p in patterns:
        m, line = find_line(lines, p, flags=0)
        if not m and len(cells) > len(lines):
            m, line = find_line(cells, p, flags=0)
        if m:
            out[key] = doc.field(m.group(1).strip(), line)
            return


def _past_a_verb(value: str) -> str:
    """A major from where the sentence's verb before it ends ('完成了机械工程领域' is 机械工程领域; data/prose.yaml major_starts,
    words of two characters or more: 系 and 的 begin majors too)."""
    stops = [s for s in both_scripts(vocabulary()["major_starts"]) if len(s) >= 2]
    return value[max((value.rfind(s) + len(s) for s in stops if s in value), default=0):].strip()


# a holder's name before 'is' in the sentence that names them ('學生林冠廷係臺灣省臺中市人'), a Taiwan diploma's wording
IS_NAMED = "(?:係|系|是)(?![统統])"
MAJOR_RUN = rf"[{HAN_RANGE}A-Za-z0-9 ,，]{{1,20}}"


def _han_only(v: str) -> str:
    """The Han characters of a Chinese value (junk Latin dropped); an English value as it is."""
    if re.search(HAN, v):
        han = "".join(re.findall(HAN, v))
        return han if len(han) >= 2 else ""
    return v.strip()


def _without_college(major: str) -> str:
    """A major read with the college that teaches it before it ('网络教育学院会计学'): the major."""
    m = re.match(rf"{HAN}{{2,12}}?(?:学院|分院|分校)(?={HAN}{{2}})", major)
    return major[m.end():] if m else major


def person_as_found(v: str) -> str:
    """A person's name as found: a Latin one ends before the first word in lower case, where
    the sentence goes on ('DENG Haoran taking up employment'); the patterns ignore case."""
    v = v.strip(" ,，")
    if re.fullmatch(f"{HAN}+", v) and len(v) > 4:  # a post before the name and an honorific after ('副教授孟书瑶同志')
        v = re.sub(f"(?:{honorifics_zh()})$", "", v)
    if re.fullmatch(f"{HAN}+", v) and (len(v) > 4 or not starts_with_surname(v)):
        return han_person_before(v) or v  # a word before the name ('研究生沈嘉恩'): the name the run ends with
    if not v.isascii():
        return v
    words = v.split()
    end = next((i for i, w in enumerate(words) if i and w[:1].islower()), len(words))
    return spec_name(" ".join(words[:end]))  # the surname first where capitals mark it ('Haoran LIU')


def _institution(doc: DocView, out: dict) -> None:
    _institution_from_number(doc, out)
    if "institution" in out:
        name = SIGNER_OF.sub("", str(out["institution"].value))  # 'President of Xiangjiang Normal University': the school
        name = DEPARTMENT_OF.sub("", name)  # '(the Department of Civil) Engineering of Jiangbei University …' wrapped: the school
        out["institution"].value = hk_institution_zh(name) or name


DEPARTMENT_OF = re.compile(r"^(?:(?!University|College|Institute|Academy)[A-Z][a-z]+ )+of (?=(?:[A-Z][a-z]+ )+(?:University|College|Institute|Academy)\b)")
# (or its degree committee: 'The Academic Degree Evaluation Committee of …', 学位评定委员会 in translation)
SIGNER_OF = re.compile(r"^(?:(?:Vice[- ])?(?:President|Chancellor|Principal|Rector|Dean|Registrar)|(?:The )?(?:Council|Senate"
                       r"|(?:Academic )?Degrees? (?:Evaluation |Assessment |Awarding )?(?:Committee|Board)))\s+of\s+(?:the\s+)?")


def _institution_from_number(doc: DocView, out: dict) -> None:
    """The certificate number opens with the institution's national code (facts §7). When the
    name printed under the seal came out as an unknown name or not at all, the code names it;
    a name that is itself a known institution is kept, so a mismatch stays visible to the
    number check."""
    number = out.get("certificate_number")
    known = mainland_institution(str(number.value).lstrip("CZT")[:5]) if number else None
    if not known:
        return
    read = out.get("institution")
    if read and (known_institution(str(read.value)) or _another_school(str(read.value), known)):
        return
    english = bool(read) and str(read.value).isascii()
    value = known["en"] if english else known["zh"]
    evidence = read or number
    out["institution"] = Field(value=value, confidence=round(min(number.confidence, 0.8), 3), file=evidence.file,
                               page=evidence.page, bbox=evidence.bbox, source="derived")


def _another_school(name: str, known: dict) -> bool:
    """A whole school's name printed, unlike the one the code names (not that name misread): what
    the certificate states is kept, and the number check sees the two disagree."""
    whole = re.fullmatch(rf"{HAN}{{2,15}}(?:大学|大學|学院|學院)", name) or re.search(r"(?i)\b(?:university|college|institute)\b", name)
    return bool(whole) and max(fuzz.ratio(simplified(name), known["zh"]), fuzz.ratio(name.lower(), known["en"].lower())) < 65


def last_date_except(rt: RunningText, skip: set[str]):
    dates = [(iso, line) for iso, line in rt.findall_dates() if iso not in skip]
    return dates[-1] if dates else None


def _subject_under_in(doc: DocView, out: dict) -> None:
    """A testamur's subject on the line under an 'in' of its own ('Master of Science' / 'with
    Merit' / 'in' / 'Data Science'), or with its 'in' under the degree."""
    lines = doc.lines()
    for above, line in zip(lines, lines[1:]):
        if above.text.strip() == "in" and re.fullmatch(TITLE_WORDS, line.text.strip()):
            out["major"] = doc.field(line.text.strip(), line)
            return
        # or on a line of its own with its 'in', under the degree ('MASTER OF SCIENCE' / 'in Data Analytics')
        subject = re.fullmatch(rf"in ({TITLE_WORDS})", line.text.strip())
        if subject and re.fullmatch(rf"\s*(?:{DEGREE_EN_CAPS}|{DEGREE_EN})\s*", above.text):
            out["major"] = doc.field(subject.group(1), line)
            return


def extract_degree(doc: DocView) -> dict[str, Field]:
    rt = RunningText(doc.lines())
    out: dict[str, Field] = {}
    first_found(doc, out, "holder_name", rt, [rf"(?:兹证明|茲證明|兹有|茲有)?({HAN}{{2,4}})\s*[,，]+\s*[男女]\s*[,，]", rf"(?:研究生|學生|学生)\s*({HAN}{{2,4}}?)\s*(?:[,，]|{IS_NAMED})",
                                         # the paragraph opening with the name ('尹雨萱在本校园艺专业完成了…')
                                         rf"(?<![{HAN_RANGE}])({HAN}{{2,4}}?)\s*(?:同学|同學)?\s*在(?:本校|我校|本院|本所)", r"certif(?:y|ies|ied) that\s+(?:Mr\.?|Ms\.?)?\s*([A-Z][a-z]+(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,3})",
                                         rf"姓\s*名\s*[:：]?\s*({HAN}{{2,4}}?)(?=\s|性|出生|民族|[^{HAN_RANGE}]|$)", r"name\s*[:：]\s*([A-Z][A-Za-z ]{2,40})",
                                         HOLDER_SEX_EN,
                                         # the graduate named alone, as a letter's addressee ('郑 可 欣 同学：')
                                         rf"(?:^|\s)({HAN}\s?{HAN}\s?{HAN}?\s?{HAN}?)\s*同学\s*[:：]",
                                         # named where the degree is conferred ('授予金子萱同学文学学士学位'), or certified line by line
                                         # ('茲證明 / 陳樂怡 / 已完成 / 理學士（榮譽）學位')
                                         rf"授予\s*({HAN}{{2,4}}?)\s*(?:同学|同學|[（(])",
                                         # or before the degree itself ('兹授予　骆欣然　管理学学士学位'), where no degree starts
                                         rf"授予\s*(?!(?:{DISCIPLINES})\s*(?:学|硕|博)士)({HAN}{{2,4}}?)\s*(?:{DISCIPLINES})\s*(?:学|硕|博)士\s*学位",
                                         rf"(?:兹证明|茲證明)\s*({HAN}{{2,4}})\s*(?:已完成|已修毕|已修畢)"],
                person_as_found)
    if "holder_name" not in out:
        found = name_read_as_latin(doc, "[男女]", rf"({HAN}{{2,4}})[,，]+[男女][,，]") or holder_on_display(doc)
        if found:
            out["holder_name"] = found
    m, line = rt.search(r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:出)?生|born on\s+(" + DATE_RX + r")|date of birth\s*[:：]?\s*(" + DATE_RX + ")"
                        + rf"|({ROC_DATE})\s*(?:出)?生")
    if m:
        iso = parse_date(next(g for g in m.groups() if g))
        if iso:
            out["date_of_birth"] = doc.field(iso, line)
    # a degree may be conferred by a research institute ('华东精细化工研究所', its sentence saying '本所')
    # (or 'at' as 于: '该生于云岭理工大学…专业完成了…'; 'by' as 经 after a comma: '，经江岸财经大学学位评定委员会审核';
    # 'is' as 系 after a comma: '，系…学院…专业毕业生')
    # (not the school's word for itself: '在本校生物工程专业完成了大学本科学习计划' names no school)
    first_found(doc, out, "institution", rt, [rf"(?:在|于|於|(?<=[，,])\s*(?:经|經|系|係))\s*(?!本校|我校|本院|我院|该校|該校)({HAN}{{2,15}}?(?:大学|学院|研究所|研究院))"])
    if "institution" in out and re.fullmatch(rf"{HAN}{{2,8}}(?:学院|學院)", str(out["institution"].value)):
        # a faculty the text names ('在计算机学院软件工程专业'), its university signing on a line of its own
        _first_on_a_line(doc, out, "institution", [rf"^\s*({HAN}{{2,15}}?(?:大学|大學))\s*(?:(?:校长|校長)\s*{HAN}{{2,4}})?\s*$"])
    if "institution" not in out:  # a sentence may wrap it ('at North / China University of …'); a notary's 'issued … by …'
        first_found(doc, out, "institution", rt, [rf"(?<=\bat ){ENGLISH_UNIVERSITY}", rf"(?<=\bby ){ENGLISH_UNIVERSITY}"], flags=0)
    if "institution" not in out:
        _first_on_a_line(doc, out, "institution", [ENGLISH_SCHOOL, ENGLISH_UNIVERSITY])
        name_goes_on(doc, out.get("institution"))
    if "institution" not in out:  # the school that signs by its degree committee or its president ('鹭江大学学位评定委员会',
        # '滨江理工大学校长 王启明'), on its own line
        _first_on_a_line(doc, out, "institution", [rf"^\s*({HAN}{{2,15}}?(?:大学|大學|学院|學院|研究所|研究院))\s*(?:学位评定委员会|學位評定委員會|校长|校長)"])
    if "institution" not in out:  # a line that is only a school's name, the one that signs ('汉江理工大学东湖学院', a university's college)
        _first_on_a_line(doc, out, "institution", [rf"^\s*({HAN}{{2,15}}?(?:大学|大學)(?:{HAN}{{2,8}}?(?:学院|學院))?|{HAN}{{2,15}}?(?:学院|學院|研究所|研究院))\s*$"])
    if "institution" not in out:
        first_found(doc, out, "institution", rt, [rf"({HAN}{{2,15}}(?:大学|学院|研究所|研究院))"])
    first_found(doc, out, "major", rt, [rf"(?:大学|学院)\s*({HAN}{{2,12}}?)\s*(?:学科)?\s*专业",
                                   # a department studied in ('在本校電機工程系修業期滿'): its field
                                   rf"(?:本校|我校)\s*({HAN}{{2,12}}?)\s*(?:學系|学系|系)\s*(?:修業|修业|畢業|毕业|學習|学习)",
                                   r"major(?:ing)? in\s+([A-Z][A-Za-z ,&]+?)(?:[.,]| and )", rf"专业\s*[:：]\s*({HAN}{{2,12}})"], clean=_past_a_verb)
    # A degree's English name runs while its words are capitalised; its field follows 'in'
    # ('Bachelor of Engineering in Civil Engineering').
    first_found(doc, out, "major", rt, [rf"{DEGREE_EN} in ({TITLE_WORDS})"], flags=0, one_line=True)
    # (in capitals, the subject on a line of its own: 'BACHELOR OF SCIENCE' / 'IN' / 'ENVIRONMENTAL SCIENCE')
    first_found(doc, out, "major", rt, [rf"{DEGREE_EN_CAPS}\s+IN\s+([A-Z]+(?: (?:AND |OF |& )?[A-Z]+)*)"], flags=0, one_line=True)
    # (or wrapped, where the sentence goes on after it: 'in Urban' / 'Planning at a congregation'; not into the next
    # line's verb: 'in English Language and Literature' / 'Conferred on …')
    first_found(doc, out, "major", rt, [rf"{DEGREE_EN} in ({TITLE_WORDS})(?<!ed)(?=[,.;]|\s+(?:at|on|from|by|with)\b)"], flags=0)
    if "major" not in out:  # a subject in brackets after the degree ('Bachelor of Commerce (Accounting)'), or after 主修 on its line
        first_found(doc, out, "major", rt, [rf"{DEGREE_EN}\s*\((?!Hons|Honours)({TITLE_WORDS})\)"], flags=0)
    if "major" not in out:
        first_found(doc, out, "major", rt, [rf"(?:主修|主修科目)\s*[:：]?\s*({HAN}{{2,12}})"], one_line=True)
    if "major" not in out:
        _subject_under_in(doc, out)
    if "major" not in out:
        first_found(doc, out, "major", rt, MAJORS_IN_SENTENCES, flags=0)
    # (其, or the holder's name and a number in brackets: '授予祝浩宇（身份证号：…）电子信息硕士专业学位')
    first_found(doc, out, "degree", rt, [rf"授予\s*(?:[其他她]|{HAN}{{2,4}}\s*[（(][^）)]{{0,30}}[）)])?\s*({HAN}{{1,8}}?学位)", DEGREE_EN_OWN], flags=0)
    if "degree" not in out:  # an English degree's name keeps to its cell ('Master of Engineering | Civil Engineering')
        found = next(((m, cell) for line in doc.lines() for cell in line.cells()
                      for m in [re.search(DEGREE_EN, cell.text) or re.search(DEGREE_EN_CAPS, cell.text)] if m), None)
        if found:
            out["degree"] = doc.field(without_class(found[0].group(0)), found[1])
    if "degree" not in out:  # or wrapped between lines of a sentence ('is granted the Bachelor of' / 'Engineering degree.')
        first_found(doc, out, "degree", rt, [rf"({DEGREE_EN})"], flags=0)
    if "degree" not in out:  # a degree's name on a line of its own ('理學士（榮譽）學位', a Hong Kong degree, its field in brackets maybe)
        _first_on_a_line(doc, out, "degree", [rf"^\s*({HAN}{{1,6}}[士](?:[（(]{HAN}{{2,10}}[)）])?(?:学位|學位))\s*(?:主修\s*{HAN}{{2,12}}\s*)?$"])
    if "degree" not in out and (by_initials := rt.search(DEGREE_BY_INITIALS, flags=0))[0]:
        m, line = by_initials  # ('the degree of B.Eng. (Hons) in Electronic Engineering')
        out["degree"] = doc.field(m.group(1), line)
        if m.group(2) and "major" not in out:
            out["major"] = doc.field(m.group(2), line)
    if "major" not in out and "degree" in out:
        found = major_under(doc, out["degree"])
        if found:
            out["major"] = found
    m, line = rt.search(DEGREE_ZH)
    if m:
        suffix = "士学位" if simplified(m.group(0)) == m.group(0) else "士學位"
        suffix = suffix if re.search("[学學]\\s*位", m.group(0)) else suffix[0]  # as printed: '文学学士' has no 学位
        out["degree"] = doc.field(f"{m.group(1)}{m.group(2)}{suffix}", line)
    skip = {out["date_of_birth"].value} if "date_of_birth" in out else set()
    m, line = rt.search(r"conferred on\s+(" + DATE_RX + r")|date of (?:award|conferment)\s*[:：]?\s*(" + DATE_RX + ")")
    last = (parse_date(next(g for g in m.groups() if g)), line) if m else last_date_except(rt, skip)
    if last and last[0]:
        out["date_awarded"] = doc.field(last[0], last[1])
    read_number(doc, out, rt)
    year_by_number(out, "date_awarded")
    _institution(doc, out)
    return with_level(out)


def with_level(out: dict[str, Field]) -> dict[str, Field]:
    """The degree's level (bachelor, master, doctor) from its name, in any script: derived again after
    the type's readers are merged (extractors/registry), from the name as finally read."""
    degree = out.get("degree")
    level = next((v for k, v in LEVELS.items() if k in simplified(str(degree.value)).lower()), None) if degree else None
    if degree and level:
        out["degree_level"] = Field(value=level, confidence=degree.confidence, file=degree.file, page=degree.page,
                                    bbox=degree.bbox, source="derived")
    return out


# A professional degree is named by its field ('工商管理硕士', 'Master of Business Administration'); an academic
# one by its category only ('工学硕士' ends in 学, 'Master of Science' is one word), which is no major.
_FIELD_IN_DEGREE = re.compile(rf"^({HAN}{{2,8}}?)(?:专业)?(?:硕士|学士|博士)|^(?i:Bachelor|Master|Doctor) (?i:of) ([A-Z][A-Za-z]+(?: (?:and |AND )?[A-Z][A-Za-z]+)*)$")


# An English degree read with its subject after it ('MASTER OF ENGINEERING' over 'IN CIVIL ENGINEERING')
# ('Master of Engineering in Software Engineering', or the subject in brackets: 'Master of Engineering (Software Engineering)')
DEGREE_IN_SUBJECT = re.compile(r"^((?:Bachelor|Master|Doctor)(?:'s)? (?:of|OF) [A-Za-z ]+?)(?:\s+(?:in|IN)\s+([A-Za-z][A-Za-z ,&]+)"
                               rf"|\s*\((?!hons|honours)(?!{INITIALS}\))([A-Za-z][A-Za-z ,&]+)\))$", re.IGNORECASE)


def with_field_of_degree(out: dict[str, Field]) -> dict[str, Field]:
    """The degree without its subject, the subject as the major where none is read; the major a
    professional degree's name gives, where the certificate states none of its own."""
    degree = out.get("degree")
    if degree and isinstance(degree.value, str) and (initials := re.search(rf"\s*\({INITIALS}\)$", degree.value)):
        degree.value = degree.value[:initials.start()]  # 'Master of Science (M.Sc.)': the degree, its initials no part of its name
    m = DEGREE_IN_SUBJECT.match(str(degree.value).strip()) if degree and isinstance(degree.value, str) else None
    if m and degree:
        degree.value = m.group(1)
        if "major" not in out:
            out["major"] = Field(value=(m.group(2) or m.group(3)).strip(), confidence=degree.confidence, file=degree.file, page=degree.page,
                                 bbox=degree.bbox, source="derived")
    if "major" in out or not degree or not isinstance(degree.value, str) or re.search("专业学位|專業學位", degree.value):
        return out  # a professional degree conferred as such names its field (a 领域) apart, or none
    name = degree.value.strip()
    m = _FIELD_IN_DEGREE.match(simplified(name))
    field = (name[:len(m.group(1))] if m.group(1) else m.group(2)) if m else ""
    if field and not simplified(field).endswith("学") and field.lower() not in vocabulary()["degree_categories"]:
        out["major"] = Field(value=field, confidence=degree.confidence, file=degree.file, page=degree.page,
                             bbox=degree.bbox, source="derived")
    return out


def extract_graduation(doc: DocView) -> dict[str, Field]:
    rt = RunningText(doc.lines())
    out: dict[str, Field] = {}
    first_found(doc, out, "holder_name", rt, [rf"(?:学生|學生)\s*({HAN}{{2,4}}?)\s*(?:[,，]|{IS_NAMED})", rf"({HAN}{{2,4}})\s*[,，]+\s*性别",
                                         rf"(?<![{HAN_RANGE}])({HAN}{{2,4}})\s*[,，]\s*[男女]\s*[,，]",  # '邵文博，男，'
                                         rf"(?<![{HAN_RANGE}])({HAN}{{2,4}}?)\s*(?:同学|同學|同志)\s*(?:于|於|在|自|从|從)",  # '汤某同学于…'
                                         r"certify that\s+([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})", HOLDER_SEX_EN], person_as_found)
    if "holder_name" not in out:
        found = name_read_as_latin(doc, "性", rf"(?:学生)?({HAN}{{2,4}})[,，]+性别")
        if found:
            out["holder_name"] = found
    # (the last school named never opens on a number's unit: '…24日' over '皖南艺术学院' is no '日皖南艺术学院')
    first_found(doc, out, "institution", rt, [rf"校\s*名\s*[:：]?\s*({HAN}{{2,15}}?(?:大学|学院))", rf"(?<!\d)({HAN}{{2,15}}{NOT_ITSELF}(?:大学|学院))(?!.*{NOT_ITSELF}(?:大学|学院))"])
    if "institution" not in out:
        first_found(doc, out, "institution", rt, [rf"(?<=\bat ){ENGLISH_UNIVERSITY}"], flags=0)  # a sentence may wrap it
    if "institution" not in out:  # a line that opens with the school's name, in capitals too, as the degree's
        _first_on_a_line(doc, out, "institution", [ENGLISH_SCHOOL, ENGLISH_UNIVERSITY])
        name_goes_on(doc, out.get("institution"))
    # A photo or a border beside the text gives a few Latin junk characters or a comma where a
    # line wraps (本校电子信息 / AN See工程专业, 本校土木 / ,工程专业): let the major run through
    # them, then drop them.
    first_found(doc, out, "major", rt, [rf"本校\s*({HAN}{MAJOR_RUN}?)\s*专业", rf"在\s*{HAN}{{2,15}}?(?:大学|学院)\s*({HAN}{MAJOR_RUN}?)\s*专业",
                                   rf"本(?:校|学院)\s*(?:修读|就读|攻读)?\s*({HAN}{{2,12}}?)\s*{HAN_COURSE}"], lambda v: _without_college(_han_only(v)))
    if "major" not in out:
        first_found(doc, out, "major", rt, MAJORS_IN_SENTENCES, flags=0)
    # a route to the level ('专科起点本科': a bachelor's course after a diploma) as printed, before a level alone
    first_found(doc, out, "level", rt, [r"((?:专科|高中|高起)起点(?:本科|专科)|专升本)",
                                   r"(本科|专科|副学士|研究生|高职|bachelor|master|doctor|undergraduate|postgraduate|associate(?= (?:degree|programme|program|diploma))|(?:higher|advanced) diploma"
                                   r"|(?:(?:two|three)-year )?college(?= (?:programme|program|course|diploma)))"])
    skip = set()
    m, line = rt.search(r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*生")
    if m:
        skip.add(parse_date(m.group(1)))
    # the date the text says the holder graduated on, else the certificate's last date (its issue)
    prose = Prose(rt.text, rt.breaks, rt.type_changes)
    award = best(prose.dates(), "award")
    skip |= {d.value for d in prose.dates() if d.role not in ("", "award", "signed") and not d.month_only}  # a birth, an admission
    last = (award.value, rt.owners[min(award.start, len(rt.owners) - 1)]) if award and rt.owners else last_date_except(rt, skip)
    if last and (ended := study_ended_before(rt.text, last[0])):  # a certificate issued again long after (毕业证明书)
        last = (ended[0], rt.owners[ended[1]])
    if last:
        out["graduation_date"] = doc.field(last[0], last[1])
    read_number(doc, out, rt)
    year_by_number(out, "graduation_date")
    _institution(doc, out)
    return out


def extract_hkid(doc: DocView) -> dict[str, Field]:
    """The card's number as the form's reader reads it (pipeline/hkid.py): a letter OCR read as
    a digit mended where the check character confirms it."""
    for line in doc.lines():
        value = read_hkid(line.text)
        if value:
            return {"hkid_number": doc.field(value, line)}
    return {}
