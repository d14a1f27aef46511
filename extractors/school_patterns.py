"""The words of school papers as regular expressions: a school's English name, a degree's name and initials, where a subject
stands ('studied …', 'Diploma in …'), a translation's holder before the sex. Used by extractors/applicant_docs.py."""
from __future__ import annotations

from .value_types import SENTENCE_GOES_ON

# Capitalised words as printed (case-blind, any sentence before 'University' would count), on
# one line: the line after a title starts with a capital too ('… of Technology / This is to certify').
_SCHOOL_WORD = r"(?:UNIVERSITY|University|COLLEGE|College|INSTITUTE|Institute|ACADEMY|Academy)"
# (in capitals up to a small word that goes on with the sentence: '… INSTITUTE OF TECHNOLOGY ON 30 JUNE 2018')
_SCHOOL_OF = rf"(?: (?:OF|FOR) [A-Z]+(?: (?:AND |& )?(?!{SENTENCE_GOES_ON})[A-Z]+)*| (?:of|for) [A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+)*)"
# the words of a name before its school word: capitalised, or the small words names hold; not a
# sentence's ('Science and Engineering at this University')
_NAME_WORDS = r"[A-Z][A-Za-z-]*(?: (?:[A-Z][A-Za-z-]*|of|and|for|&))* "
# a line that opens with a school's name: 'Northmere University', 'UNIVERSITY OF NORTHMERE' (its 'of' then needed)
# (a 'School' only after its own name: 'Harbourside School of Law'; 'School of Law' alone is a university's faculty)
ENGLISH_SCHOOL = rf"^\s*((?:The )?(?:{_NAME_WORDS}{_SCHOOL_WORD}{_SCHOOL_OF}?|{_SCHOOL_WORD}{_SCHOOL_OF}|{_NAME_WORDS}(?:School|SCHOOL){_SCHOOL_OF}))"
# a bare 'University' is a name only with its 'of' ('this University' is none)
ENGLISH_UNIVERSITY = (r"((?:The )?(?:(?:[A-Z][a-z]+(?:'[a-z]+)? )+(?:University|College|Institute)(?: (?:of|for) [A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+)*)?"
                      r"|University of [A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+)*))")
TITLE_WORDS = r"[A-Z][a-z]+(?: (?:and |of |& )?[A-Z][a-z]+)*"
# A degree's initials ('MRes', 'MSc', 'LL.M.', 'MBA'), never a one-word subject ('Finance', 'FINANCE')
INITIALS = r"(?-i:(?=[A-Za-z]*[a-z])[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Za-z]+\.(?:[A-Za-z]+\.?)*|[A-Z]{2,4})"
# (its initials in brackets after it: 'Master of Research (MRes)', 'Master of Laws (LL.M.)')
DEGREE_EN = rf"(?:Bachelor|Master|Doctor) of [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*(?: \((?:Honours|Hons\.?)\)| \({INITIALS}\))?"
# A degree by its initials ('B.Eng. (Hons)', 'M.Sc.', 'Ph.D.', 'LL.M.'), its subject after 'in'
DEGREE_BY_INITIALS = rf"(?<![A-Za-z])((?:[BMD]\.\s?[A-Z][a-z]{{1,5}}\.?|Ph\.\s?D\.?|LL\.\s?[BM]\.?)(?: \((?:Hons|Honours)\.?\))?)(?:\s+in\s+({TITLE_WORDS}))?"
# Where an English certificate or its translation names the subject ('studied in the specialty of Mechanical Engineering')
MAJOR_EN = rf"(?:specialt?y|speciality|major|field of study|discipline|(?:programme|program|course) of study) (?:of|in) ({TITLE_WORDS})"
# or before its word ('studied in the Accounting programme')
MAJOR_EN_BEFORE = rf"\bin the ({TITLE_WORDS}) (?:programme|program|major|speciality|specialty)\b"
# a course named by its level ('修畢本學院商業管理副學士課程'): the subject before it
HAN_COURSE = "(?:副学士|学士|硕士|高级文凭|文凭)(?:学位)?课程"
NOT_ITSELF = "(?<![本我该])"  # a school that speaks of itself ('已修畢本學院…課程') names none
MAJOR_OF_DIPLOMA = rf"\b(?:Diploma|DIPLOMA|Associate Degree) in ({TITLE_WORDS})"  # ('the Higher Diploma in Civil Engineering programme')
MAJOR_STUDIED = rf"\bstudied ({TITLE_WORDS}(?:, {TITLE_WORDS})*) (?:(?:in|at)\b|\()"  # ('studied Chinese Language and Literature in the …')
# the English sentences that name a subject, tried in turn where no row or degree's name gave it
MAJORS_IN_SENTENCES = [MAJOR_EN, MAJOR_EN_BEFORE, MAJOR_STUDIED, MAJOR_OF_DIPLOMA]
# A translation's holder before the sex, as the Chinese original puts it ('WEI Haoran, male, born on')
# (capitals as printed, under any flags; the given name first too: 'Xinyu ZHAO, female')
HOLDER_SEX_EN = r"(?-i:(?:(?:Student|Graduate|Mr\.?|Ms\.?|Mrs\.?|Miss|Dr\.?)\s+)?([A-Z][a-z]+ [A-Z]{2,}|[A-Z][A-Za-z]+(?: [A-Z][a-z]+)+)),\s*(?:male|female)\b"
# A translation names the degree as the Chinese does, a level's degree of a category
# ('the Bachelor's Degree of Engineering', 工学学士学位), often wrapped between its words
DEGREE_EN_OWN = r"((?:Bachelor|Master|Doctor)['’]s [Dd]egree (?:of|in) [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*)"
DEGREE_EN_CAPS = r"(?:BACHELOR|MASTER|DOCTOR) OF [A-Z]+(?: (?:AND )?[A-Z]+)*(?: \((?:HONOURS|HONS\.?)\))?"
