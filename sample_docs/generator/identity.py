"""Made-up people, companies and document numbers with correct check digits. Nothing here
is a real person's data: names are random draws from common characters."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from pypinyin import Style, lazy_pinyin

# The generator writes its own check digits and readings (ICAO 9303 part 3 §4.9, the HKID
# check character, the name readings of surnames): taken from the product, a wrong product rule
# would make a wrong truth that scores as right.
SURNAME_READINGS = {"曾": ["ZENG"], "沈": ["SHEN"], "任": ["REN"], "覃": ["QIN"], "单": ["SHAN"], "解": ["XIE"]}


def check_digit(s: str) -> str:
    values = {**{str(d): d for d in range(10)}, **{chr(ord("A") + i): 10 + i for i in range(26)}, "<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def hkid_check_char(body: str) -> str:
    """Body 'A123456' or 'AB123456': weights 9..2 over a space-padded 8-character body, mod 11."""
    padded = body.rjust(8)
    total = sum((9 - i) * (36 if c == " " else ord(c) - 55 if c.isalpha() else int(c)) for i, c in enumerate(padded))
    r = (11 - total % 11) % 11
    return "A" if r == 10 else str(r)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏宇浩凯晨欣怡婷雪琳思远博文晓东海波宁佳颖嘉俊峰然瑞涵梓"
CITIES = [("北京", "BEIJING"), ("上海", "SHANGHAI"), ("广东", "GUANGDONG"), ("江苏", "JIANGSU"), ("浙江", "ZHEJIANG"),
          ("湖北", "HUBEI"), ("四川", "SICHUAN"), ("山东", "SHANDONG"), ("福建", "FUJIAN"), ("湖南", "HUNAN")]
# (code, Chinese name, English name) - codes shaped like the national 5-digit institution codes.
UNIVERSITIES = [("10003", "清华大学", "Tsinghua University"), ("10246", "复旦大学", "Fudan University"),
                ("10335", "浙江大学", "Zhejiang University"), ("10486", "武汉大学", "Wuhan University"),
                ("10558", "中山大学", "Sun Yat-sen University"), ("10284", "南京大学", "Nanjing University"),
                ("10610", "四川大学", "Sichuan University"), ("10422", "山东大学", "Shandong University"),
                ("10384", "厦门大学", "Xiamen University"), ("10533", "中南大学", "Central South University")]
MAJORS = [("计算机科学与技术", "Computer Science and Technology", "工学", "Engineering"),
          ("软件工程", "Software Engineering", "工学", "Engineering"),
          ("金融学", "Finance", "经济学", "Economics"),
          ("会计学", "Accounting", "管理学", "Management"),
          ("电子信息工程", "Electronic Information Engineering", "工学", "Engineering"),
          ("统计学", "Statistics", "理学", "Science"),
          ("土木工程", "Civil Engineering", "工学", "Engineering"),
          ("市场营销", "Marketing", "管理学", "Management")]
POSTS = {"计算机科学与技术": ["Software Engineer", "Senior Software Engineer", "Systems Analyst"],
         "软件工程": ["Software Engineer", "Backend Developer", "Solutions Engineer"],
         "金融学": ["Investment Analyst", "Financial Analyst", "Risk Analyst"],
         "会计学": ["Finance Manager", "Senior Auditor", "Financial Controller"],
         "电子信息工程": ["Electronics Engineer", "Hardware Engineer", "Product Engineer"],
         "统计学": ["Quantitative Analyst", "Business Analyst", "Research Analyst"],
         "土木工程": ["Project Engineer", "Site Engineer", "Project Manager"],
         "市场营销": ["Marketing Manager", "Business Development Manager", "Sales Manager"]}
TALENT_POSTS = {"计算机科学与技术": "Data Scientist", "软件工程": "Cloud Infrastructure Specialist", "金融学": "Actuary",
                "会计学": "Accountant", "电子信息工程": "IC Design Engineer", "统计学": "Data Scientist",
                "土木工程": "Structural Engineer", "市场营销": "Game Designer"}
COMPANY_WORDS = ["Harbour", "Pearl", "Victoria", "Lion Rock", "Jade", "Peak", "Orient", "Kowloon", "Golden Bay", "Star Ferry",
                 "Bauhinia", "Silvermine", "Tai Ping", "Sunrise", "Evergreen", "Dragon Gate"]
COMPANY_ZH = {"Harbour": "海港", "Pearl": "明珠", "Victoria": "維港", "Lion Rock": "獅子山", "Jade": "翡翠", "Peak": "山頂",
              "Orient": "東方", "Kowloon": "九龍", "Golden Bay": "金灣", "Star Ferry": "星渡", "Bauhinia": "紫荊",
              "Silvermine": "銀礦", "Tai Ping": "太平", "Sunrise": "晨曦", "Evergreen": "長青", "Dragon Gate": "龍門"}
COMPANY_KINDS = [("Technology", "科技", "Software development and IT consultancy", "軟件開發及資訊科技顧問"),
                 ("Capital", "資本", "Asset management and financial advisory", "資產管理及財務顧問"),
                 ("Trading", "貿易", "Import and export of electronic components", "電子零件進出口"),
                 ("Engineering", "工程", "Engineering consultancy", "工程顧問"),
                 ("Consulting", "顧問", "Management consultancy", "管理顧問")]
STREETS = ["Queen's Road Central", "Des Voeux Road Central", "Nathan Road", "Hennessy Road", "Connaught Road Central",
           "Canton Road", "King's Road", "Hoi Bun Road", "Science Park Road", "Gloucester Road"]


@dataclass
class Person:
    surname_zh: str
    given_zh: str
    sex: str  # M | F
    date_of_birth: date
    birthplace: tuple[str, str]

    @property
    def name_zh(self) -> str:
        return self.surname_zh + self.given_zh

    @property
    def surname(self) -> str:
        if self.surname_zh in SURNAME_READINGS:
            return SURNAME_READINGS[self.surname_zh][0]
        return "".join(lazy_pinyin(self.surname_zh, style=Style.NORMAL)).upper().replace("Ü", "V")

    @property
    def given_names(self) -> str:
        return "".join(lazy_pinyin(self.given_zh, style=Style.NORMAL)).upper().replace("Ü", "V")

    @property
    def name_en(self) -> str:
        return f"{self.surname} {self.given_names}"


@dataclass
class Company:
    name_en: str
    name_zh: str
    nature_en: str
    nature_zh: str
    address: str
    br_number: str
    commenced: date


def person(rng: random.Random, born_between=(1978, 1998)) -> Person:
    y = rng.randint(*born_between)
    dob = date(y, 1, 1) + timedelta(days=rng.randint(0, 364))
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    # Avoid characters whose common reading is not the name reading, so truth is unambiguous.
    return Person(rng.choice(SURNAMES), given, rng.choice("MF"), dob, rng.choice(CITIES))


def company(rng: random.Random, commenced: date) -> Company:
    word = rng.choice(COMPANY_WORDS)
    kind = rng.choice(COMPANY_KINDS)
    suffix = rng.choice(["Limited", "Limited", "Company Limited", "(Hong Kong) Limited"])
    name = f"{word} {kind[0]} {suffix}"
    zh = f"{COMPANY_ZH[word]}{kind[1]}{'（香港）' if 'Hong Kong' in suffix else ''}有限公司"
    addr = f"Room {rng.randint(1, 30)}{rng.choice('ABCDEF')}, {rng.randint(3, 40)}/F, {rng.randint(1, 300)} {rng.choice(STREETS)}, Hong Kong"
    return Company(name, zh, kind[2], kind[3], addr, f"{rng.randint(30_000_000, 79_999_999)}", commenced)


def passport_number(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "E" + rng.choice(letters) + f"{rng.randint(0, 9_999_999):07d}"


def eep_number(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "C" + rng.choice(letters) + f"{rng.randint(0, 9_999_999):07d}"


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def td3_mrz(p: Person, number: str, expiry: date, personal: str = "") -> list[str]:
    name = f"{p.surname}<<{p.given_names}"
    l1 = f"POCHN{name}".ljust(44, "<")[:44]
    opt = personal.ljust(14, "<")
    opt_check = check_digit(opt) if personal else "<"
    body = f"{number}{check_digit(number)}CHN{yymmdd(p.date_of_birth)}{check_digit(yymmdd(p.date_of_birth))}{p.sex}" \
           f"{yymmdd(expiry)}{check_digit(yymmdd(expiry))}{opt}{opt_check}"
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return [l1, body + composite]


def eep_mrz(p: Person, number: str, expiry: date) -> list[str]:
    e, b = yymmdd(expiry), yymmdd(p.date_of_birth)
    part = f"{number}{check_digit(number)}<{e}{check_digit(e)}<{b}{check_digit(b)}<"
    composite = check_digit(part[0:10] + part[11:18] + part[19:26])
    return ["CS" + part + composite]


def degree_number(inst_code: str, level_digit: str, year: int, rng: random.Random) -> str:
    return f"{inst_code}{level_digit}{year}{rng.randint(1, 999999):06d}"


def graduation_number(inst_code: str, year: int, level: str, rng: random.Random) -> str:
    return f"{inst_code}1{year}{level}{rng.randint(1, 999999):06d}"


def hkid_number(rng: random.Random) -> str:
    body = rng.choice("ACDEGHKMPRVWYZ") + f"{rng.randint(0, 999999):06d}"
    return f"{body}({hkid_check_char(body)})"
