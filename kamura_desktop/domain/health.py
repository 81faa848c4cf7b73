"""Health assessment of a savings-and-loan cooperative (penilaian kesehatan KSP/USP), as data.

Two schemes, each a :class:`Scheme` value — aspects, indicators, weights, the credit-value
(nilai kredit) tables with their boundaries and the predicate bands — so a Dinas that reads
a table differently changes a value here, not code:

``perdep06_2016`` — Peraturan Deputi Bidang Pengawasan Kemenkop UKM No. 06/Per/Dep.6/IV/2016
    (pedoman penilaian kesehatan KSP dan USP koperasi), seven aspects. Its ratio tables
    mostly repeat Permen KUKM No. 14/Per/M.KUKM/XII/2009. Score of a ratio = nilai kredit
    (0–100) × bobot ÷ 100; the management aspect is five yes/no checklists.

``permenkop09_2020`` — Permenkop UKM No. 9 Tahun 2020 tentang Pengawasan Koperasi with the
    Petunjuk Teknis Deputi Bidang Perkoperasian No. 15 Tahun 2021 (pedoman pemeriksaan
    kesehatan koperasi): four aspects; every indicator scores 1–4 (4 = sehat); a qualitative
    indicator scores by the share of its sub-items met; aspect score = Σ scores ÷ (indicators
    × 4) × aspect weight.

Every table names the source we read it from (``source``) and whether it is confirmed
(``confirmed``): a table seen only in a secondary source (a thesis quoting the regulation,
Dinas training slides, an example worksheet) or reconstructed is marked ``confirmed=False``
and printed with a mark on the assessment.

A credit-value table is a list of :class:`Cut` read in order: the first cut whose limit the
ratio does not pass (``ratio < limit``, or ``≤`` when ``inclusive``) gives the value; the
last cut has no limit (everything above). Ratios are exact fractions in percent, so a
boundary such as 20,00 % lands in the band the table says, never by float noise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from .errors import UserError

# --------------------------------------------------------------------------- sources

SRC_PERDEP_TEXT = (
    "Perdep Pengawasan No. 06/Per/Dep.6/IV/2016, Lampiran I (Bobot Penilaian Aspek dan Komponen), "
    "hlm. 228–230 buku 'Kumpulan Permen dan Perdep Pengawasan 2017' sebagaimana dimuat di "
    "https://text-id.123dok.com/document/dzx02894z-bobot-penilaian-aspek-dan-komponen.html")
SRC_BLITAR = (
    "Bahan Dinas 'Pemeriksaan Kesehatan Koperasi' (Yudhi N., Blitar 24-10-2023), bobot aspek lama "
    "dan baru: https://id.scribd.com/document/680019698")
SRC_WORKSHEET = (
    "Kertas kerja penilaian kesehatan KSP/USP (contoh KSU Setia Dharma): rasio 66 % → nilai 50; "
    "https://html.pdfcookie.com/02/2020/01/11/g27oyjpdykv0/g27oyjpdykv0.html")
SRC_PERMEN14 = (
    "Permen KUKM No. 14/Per/M.KUKM/XII/2009 sebagaimana dikutip skripsi: "
    "https://text-id.123dok.com/document/oz1rvk9eq-kualitas-aktiva-produktif-deskripsi-teori-1-koperasi-secara-umum.html, "
    "https://text-id.123dok.com/document/lzg60e26q-likuiditas-deskripsi-teori-1-koperasi-secara-umum.html, "
    "https://text-id.123dok.com/document/rz3l8pxmz-kemandirian-dan-pertumbuhan-deskripsi-teori-1-koperasi-secara-umum.html, "
    "https://text-id.123dok.com/document/6zk6p15my-jatidiri-koperasi-penilaian-kesehatan-koperasi.html")
SRC_JUKNIS15 = (
    "Juknis Deputi Bidang Perkoperasian No. 15 Tahun 2021 sebagaimana dikutip modul pelatihan: "
    "http://online.flipbuilder.com/hasjo/gfsu/files/basic-html/page29.html (tabel 76–100 → 4 … "
    "0–25 → 1), page65.html (kemandirian operasional)")
SRC_FORMAT_2022 = (
    "Format penilaian kesehatan 2022 (aspek dan indikator): "
    "https://id.scribd.com/document/594668399; kertas kerja input: https://id.scribd.com/document/531532321")
SRC_UNCONFIRMED = "Tidak ditemukan di naskah peraturan; tabel dari penerapan lain / rekonstruksi"


# --------------------------------------------------------------------------- structures

@dataclass(frozen=True)
class Cut:
    """``ratio < limit`` (``≤`` when ``inclusive``) → ``value``; ``limit=None`` = the rest."""

    limit: Fraction | None
    value: int
    inclusive: bool = False


@dataclass(frozen=True)
class ValueTable:
    cuts: tuple[Cut, ...]
    source: str
    confirmed: bool

    def value_of(self, ratio: Fraction) -> int:
        for cut in self.cuts:
            if cut.limit is None:
                return cut.value
            if ratio < cut.limit or (cut.inclusive and ratio == cut.limit):
                return cut.value
        raise ValueError("a value table must end with a cut without limit")

    def describe(self) -> list[str]:
        """The table as printed lines ("≤ 20 % → 25", "> 80 % → 25")."""
        lines, previous = [], None
        for cut in self.cuts:
            if cut.limit is None:
                sign = "≥" if previous is not None and not previous.inclusive else ">"
                lines.append(f"{sign} {fmt_pct(previous.limit)} → {cut.value}" if previous
                             else f"semua → {cut.value}")
            else:
                lines.append(f"{'≤' if cut.inclusive else '<'} {fmt_pct(cut.limit)} → {cut.value}")
            previous = cut
        return lines


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    text: str


@dataclass(frozen=True)
class Indicator:
    """One scored component: a ratio (``ratio`` = key of a computed ratio, ``table``) or a
    checklist (``items``) answered yes/no by the chair."""

    code: str
    name: str
    weight: Fraction  # perdep06: bobot (points of 100); permenkop09: unused (1 each)
    ratio: str | None = None
    table: ValueTable | None = None
    items: tuple[ChecklistItem, ...] = ()
    #: value when the ratio cannot be computed (denominator zero), with the reason shown
    undefined_value: int = 0
    undefined_note: str = "tidak dapat dihitung (penyebut nol)"
    source: str = ""
    confirmed: bool = True

    @property
    def is_checklist(self) -> bool:
        return bool(self.items)


@dataclass(frozen=True)
class Aspect:
    code: str
    name: str
    weight: Fraction
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Band:
    """Total score ≥ ``lower`` → ``label`` (bands listed from the best down)."""

    lower: Fraction
    label: str


@dataclass(frozen=True)
class Scheme:
    code: str
    name: str
    short: str
    kind: str  # "credit" (nilai kredit × bobot) or "score4" (1–4 per indicator)
    aspects: tuple[Aspect, ...]
    bands: tuple[Band, ...]
    bands_source: str
    bands_confirmed: bool

    def indicators(self) -> list[tuple[Aspect, Indicator]]:
        return [(a, i) for a in self.aspects for i in a.indicators]

    def checklist_items(self) -> list[ChecklistItem]:
        return [item for _a, i in self.indicators() for item in i.items]

    def predicate(self, total: Fraction) -> str:
        for band in self.bands:
            if total >= band.lower:
                return band.label
        return self.bands[-1].label


# --------------------------------------------------------------------------- helpers

F = Fraction


def _t(*cuts: tuple, source: str, confirmed: bool) -> ValueTable:
    out = []
    for c in cuts:
        limit, value, *inc = c
        out.append(Cut(None if limit is None else Fraction(str(limit)), value, bool(inc and inc[0])))
    return ValueTable(tuple(out), source, confirmed)


def rounded(value: Fraction, places: int = 2) -> Decimal:
    """Half up to ``places`` decimals (how the worksheet prints a ratio or a score)."""
    q = Decimal(1).scaleb(-places)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(q, rounding=ROUND_HALF_UP)


def fmt_pct(value: Fraction | None, places: int = 2) -> str:
    if value is None:
        return "-"
    text = f"{rounded(value, places):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") + " %"


def fmt_score(value: Fraction, places: int = 2) -> str:
    return f"{rounded(value, places):f}".replace(".", ",")


def credit_value(indicator: Indicator, ratio: Fraction | None) -> int:
    """The indicator's nilai kredit (perdep06) or score 1–4 (permenkop09) for ``ratio``."""
    if indicator.table is None:
        raise ValueError(f"{indicator.code} is not a ratio indicator")
    if ratio is None:
        return indicator.undefined_value
    return indicator.table.value_of(ratio)


def checklist_value(scheme: Scheme, indicator: Indicator, answers: Mapping[str, bool]) -> Fraction:
    """perdep06: points = yes × (bobot ÷ questions), i.e. the credit value as a share of 100;
    permenkop09: score 1–4 by the share of sub-items met (76–100 % → 4 … 0–25 % → 1)."""
    yes = sum(1 for item in indicator.items if answers.get(item.code))
    n = len(indicator.items)
    if scheme.kind == "credit":
        return F(100 * yes, n)  # nilai kredit; score = value × weight ÷ 100
    return F(GOVERNANCE_SHARE.value_of(F(100 * yes, n)))


def indicator_score(scheme: Scheme, indicator: Indicator, value: Fraction | int) -> Fraction:
    """The indicator's contribution in points of 100 (perdep06: value × bobot ÷ 100)."""
    if scheme.kind == "credit":
        return F(value) * indicator.weight / 100
    return F(value)


def aspect_score(scheme: Scheme, aspect: Aspect, scores: Sequence[Fraction]) -> Fraction:
    if scheme.kind == "credit":
        return sum(scores, F(0))
    return sum(scores, F(0)) / (4 * len(aspect.indicators)) * aspect.weight


# --------------------------------------------------------------------------- perdep 06/2016

#: the management checklists of the 2016 scheme (Lampiran: 12 + 6 + 5 + 10 + 5 questions, 3
#: points each component). The question wording below is our paraphrase of the Lampiran's
#: themes — the count and the 3 points are confirmed (SRC_PERMEN14), the exact wording is
#: not: an office comparing with the Dinas form answers the Dinas' question under our number.
_M_UMUM = (
    "Koperasi memiliki visi, misi dan tujuan yang jelas dan tertulis",
    "Visi, misi dan tujuan dipahami oleh pengurus, pengawas, pengelola dan anggota",
    "Ada rencana kerja jangka panjang (minimal 3 tahun) yang dipakai sebagai acuan",
    "Ada rencana kerja dan anggaran tahunan (RK/RAPB) yang disahkan Rapat Anggota",
    "Ada kebijakan tertulis tentang pinjaman, simpanan dan pengelolaan dana",
    "Pengurus dan pengelola melaksanakan rencana kerja dan melaporkannya",
    "Ada sistem informasi manajemen yang memadai (pembukuan tercatat dan terkini)",
    "Ada SOP/SOM pelayanan simpan pinjam yang tertulis dan dijalankan",
    "Pengurus dan pengawas rapat secara berkala dan ada notulennya",
    "Rapat Anggota Tahunan diselenggarakan tepat waktu",
    "Pengawas memeriksa dan melaporkan hasil pengawasannya secara tertulis",
    "Laporan keuangan disusun tepat waktu dan disampaikan kepada anggota",
)
_M_LEMBAGA = (
    "Koperasi berbadan hukum dan anggaran dasarnya sesuai dengan kegiatan usaha",
    "Ada struktur organisasi dengan pembagian tugas yang jelas dan tertulis",
    "Pengurus, pengawas dan pengelola terpisah (tidak rangkap jabatan)",
    "Pengelola memiliki kemampuan/pelatihan di bidang simpan pinjam",
    "Ada kebijakan tertulis tentang pengendalian intern",
    "Koperasi memiliki izin usaha simpan pinjam yang masih berlaku",
)
_M_MODAL = (
    "Modal sendiri tumbuh dibanding tahun lalu (minimal 10 %)",
    "Simpanan anggota tumbuh dibanding tahun lalu (minimal 10 %)",
    "Penyisihan SHU untuk cadangan sesuai anggaran dasar",
    "Simpanan pokok dan wajib anggota dibayar sesuai ketentuan",
    "Investasi harta tetap dibiayai dengan modal sendiri",
)
_M_AKTIVA = (
    "Pinjaman diberikan sesuai dengan prosedur tertulis",
    "Setiap pinjaman dianalisis kelayakannya sebelum diputus",
    "Ada pemisahan tugas antara yang menganalisis, memutus dan mencairkan pinjaman",
    "Pinjaman dipantau dan penagihan dilakukan sejak tunggakan pertama",
    "Kolektibilitas pinjaman dinilai secara berkala",
    "Penyisihan penghapusan pinjaman dibentuk sesuai kolektibilitas",
    "Ada jaminan atau tanggung renteng yang terdokumentasi untuk setiap pinjaman",
    "Batas maksimum pinjaman per peminjam ditetapkan dan ditaati",
    "Pinjaman macet ditangani dengan prosedur tertulis",
    "Berkas pinjaman (permohonan, perjanjian, jadwal angsuran) lengkap",
)
_M_LIKUIDITAS = (
    "Ada kebijakan tertulis tentang pengendalian likuiditas",
    "Ada fasilitas pinjaman dari pihak lain untuk menjaga likuiditas",
    "Ada pencatatan arus kas harian yang dijalankan",
    "Posisi kas dan bank dipantau setiap hari oleh pengelola",
    "Ada ketentuan batas maksimum kas yang disimpan di kantor",
)


def _items(prefix: str, texts: Sequence[str]) -> tuple[ChecklistItem, ...]:
    return tuple(ChecklistItem(f"{prefix}.{n:02d}", text) for n, text in enumerate(texts, start=1))


_MGMT_SOURCE = (SRC_PERMEN14 + " (jumlah pertanyaan dan bobot 3 per komponen); rumusan pertanyaan "
                "adalah parafrase tema Lampiran, belum dicocokkan kata demi kata")

PERDEP06_2016 = Scheme(
    code="perdep06_2016",
    name="Peraturan Deputi Bidang Pengawasan No. 06/Per/Dep.6/IV/2016 (KSP/USP, tujuh aspek)",
    short="Perdep 06/2016",
    kind="credit",
    aspects=(
        Aspect("permodalan", "Permodalan", F(15), (
            Indicator("modal_aset", "Rasio modal sendiri terhadap total aset", F(6), "modal_sendiri_aset",
                      _t((20, 25, True), (40, 50, True), (60, 100, True), (80, 50, True), (None, 25),
                         source=SRC_WORKSHEET + "; tabel 2009 lain (tiap +4 % nilai +5) tidak dipakai",
                         confirmed=False)),
            Indicator("modal_berisiko", "Rasio modal sendiri terhadap pinjaman diberikan yang berisiko",
                      F(6), "modal_sendiri_pinjaman_berisiko",
                      _t((10, 0), (20, 10), (30, 20), (40, 30), (50, 40), (60, 50), (70, 60), (80, 70),
                         (90, 80), (100, 90), (None, 100),
                         source=SRC_PERMEN14 + " (tiap kenaikan 10 % nilai +10, maks. 100)", confirmed=False),
                      undefined_value=100,
                      undefined_note="tidak ada pinjaman berisiko: nilai penuh"),
            Indicator("kecukupan_modal", "Rasio kecukupan modal sendiri (modal tertimbang ÷ ATMR)", F(3),
                      "kecukupan_modal",
                      _t((4, 0), (6, 50), (8, 75), (None, 100), source=SRC_PERMEN14, confirmed=False)),
        )),
        Aspect("kap", "Kualitas aktiva produktif", F(25), (
            Indicator("volume_anggota", "Rasio volume pinjaman pada anggota terhadap volume pinjaman "
                      "diberikan", F(10), "volume_pinjaman_anggota",
                      _t((25, 0, True), (50, 50, True), (75, 75, True), (None, 100),
                         source=SRC_PERMEN14, confirmed=False)),
            Indicator("rpm", "Rasio risiko pinjaman bermasalah terhadap pinjaman yang diberikan", F(5),
                      "risiko_pinjaman_bermasalah",
                      _t((0, 100, True), (10, 80, True), (20, 60, True), (30, 40, True), (40, 20, True),
                         (45, 10, True), (None, 0), source=SRC_PERDEP_TEXT + ", Tabel 5", confirmed=True),
                      undefined_value=100, undefined_note="tidak ada pinjaman beredar: tidak ada risiko"),
            Indicator("cadangan_rpm", "Rasio cadangan risiko terhadap risiko pinjaman bermasalah", F(5),
                      "cadangan_risiko_rpm",
                      _t((0, 0, True), (10, 10, True), (20, 20, True), (30, 30, True), (40, 40, True),
                         (50, 50, True), (60, 60, True), (70, 70, True), (80, 80, True), (90, 90, True),
                         (None, 100), source=SRC_PERDEP_TEXT + ", Tabel 6", confirmed=True),
                      undefined_value=100,
                      undefined_note="tidak ada pinjaman bermasalah: cadangan dianggap cukup"),
            Indicator("berisiko", "Rasio pinjaman yang berisiko terhadap pinjaman yang diberikan", F(5),
                      "pinjaman_berisiko",
                      _t((21, 100), (26, 75, True), (30, 50, True), (None, 25),
                         source=SRC_PERDEP_TEXT + ", Tabel 7", confirmed=True),
                      undefined_value=100, undefined_note="tidak ada pinjaman beredar"),
        )),
        Aspect("manajemen", "Manajemen", F(15), (
            Indicator("m_umum", "Manajemen umum (12 pertanyaan × 0,25)", F(3), items=_items("m_umum", _M_UMUM),
                      source=_MGMT_SOURCE, confirmed=False),
            Indicator("m_lembaga", "Kelembagaan (6 pertanyaan × 0,5)", F(3), items=_items("m_lembaga", _M_LEMBAGA),
                      source=_MGMT_SOURCE, confirmed=False),
            Indicator("m_modal", "Manajemen permodalan (5 pertanyaan × 0,6)", F(3),
                      items=_items("m_modal", _M_MODAL), source=_MGMT_SOURCE, confirmed=False),
            Indicator("m_aktiva", "Manajemen aktiva (10 pertanyaan × 0,3)", F(3),
                      items=_items("m_aktiva", _M_AKTIVA), source=_MGMT_SOURCE, confirmed=False),
            Indicator("m_likuiditas", "Manajemen likuiditas (5 pertanyaan × 0,6)", F(3),
                      items=_items("m_likuiditas", _M_LIKUIDITAS), source=_MGMT_SOURCE, confirmed=False),
        )),
        Aspect("efisiensi", "Efisiensi", F(10), (
            Indicator("beban_partisipasi", "Rasio beban operasi anggota terhadap partisipasi bruto", F(4),
                      "beban_operasi_partisipasi",
                      _t((90, 100), (95, 75, True), (100, 50, True), (None, 25),
                         source=SRC_UNCONFIRMED, confirmed=False),
                      undefined_value=25, undefined_note="tidak ada partisipasi bruto"),
            Indicator("beban_shu_kotor", "Rasio beban usaha terhadap SHU kotor", F(4), "beban_usaha_shu_kotor",
                      _t((40, 100, True), (60, 75, True), (80, 50, True), (None, 25),
                         source=SRC_UNCONFIRMED, confirmed=False),
                      undefined_value=25, undefined_note="SHU kotor nol atau negatif"),
            Indicator("efisiensi_pelayanan", "Rasio efisiensi pelayanan (biaya karyawan ÷ volume pinjaman)",
                      F(2), "efisiensi_pelayanan",
                      _t((5, 100, True), (10, 75, True), (15, 50, True), (None, 0),
                         source=SRC_UNCONFIRMED, confirmed=False),
                      undefined_value=0, undefined_note="tidak ada pinjaman disalurkan dalam periode"),
        )),
        Aspect("likuiditas", "Likuiditas", F(15), (
            Indicator("kas", "Rasio kas (kas + bank ÷ kewajiban lancar)", F(10), "rasio_kas",
                      _t((10, 25), (15, 100, True), (20, 50, True), (None, 25),
                         source=SRC_UNCONFIRMED, confirmed=False),
                      undefined_value=25, undefined_note="tidak ada kewajiban lancar"),
            Indicator("pinjaman_dana", "Rasio pinjaman yang diberikan terhadap dana yang diterima", F(5),
                      "pinjaman_dana_diterima",
                      _t((60, 25), (70, 50), (80, 75), (None, 100),
                         source=SRC_PERMEN14, confirmed=False)),
        )),
        Aspect("kemandirian", "Kemandirian dan pertumbuhan", F(10), (
            Indicator("roa", "Rentabilitas aset (SHU sebelum pajak ÷ total aset)", F(3), "rentabilitas_aset",
                      _t((5, 25), (F(15, 2), 50), (10, 75), (None, 100), source=SRC_PERMEN14, confirmed=False)),
            Indicator("roe", "Rentabilitas modal sendiri (SHU bagian anggota ÷ modal sendiri)", F(3),
                      "rentabilitas_modal_sendiri",
                      _t((3, 25), (4, 50), (5, 75), (None, 100), source=SRC_PERMEN14, confirmed=False)),
            Indicator("kemandirian_op", "Kemandirian operasional pelayanan (partisipasi neto ÷ beban usaha "
                      "dan beban perkoperasian)", F(4), "kemandirian_operasional",
                      _t((100, 0, True), (None, 100), source=SRC_PERMEN14, confirmed=True)),
        )),
        Aspect("jatidiri", "Jatidiri koperasi", F(10), (
            Indicator("partisipasi_bruto", "Rasio partisipasi bruto", F(7), "partisipasi_bruto",
                      _t((25, 25), (50, 50), (75, 75), (None, 100), source=SRC_PERMEN14, confirmed=True),
                      undefined_value=25, undefined_note="tidak ada pendapatan"),
            Indicator("pea", "Rasio promosi ekonomi anggota (PEA ÷ simpanan pokok dan wajib)", F(3), "pea",
                      _t((5, 0), (F(15, 2), 50), (10, 75), (None, 100), source=SRC_PERMEN14, confirmed=True)),
        )),
    ),
    bands=(Band(F(80), "Sehat"), Band(F(66), "Cukup Sehat"), Band(F(51), "Dalam Pengawasan"),
           Band(F(0), "Dalam Pengawasan Khusus")),
    bands_source=("80–100 Sehat; 66–<80 Cukup Sehat; 51–<66 Dalam Pengawasan; <51 Dalam Pengawasan "
                  "Khusus — dipakai penelitian yang menerapkan Perdep 06/2016 (mis. KSP Mitra Sukses "
                  "Lestari: 65,98 'dalam pengawasan'); belum dibaca di naskah peraturan"),
    bands_confirmed=False,
)


# --------------------------------------------------------------------------- permenkop 9/2020

#: sub-indicator share → score (76 < x ≤ 100 → 4 … 0 ≤ x ≤ 25 → 1), Juknis 15/2021
GOVERNANCE_SHARE = _t((25, 1, True), (50, 2, True), (75, 3, True), (None, 4), source=SRC_JUKNIS15,
                      confirmed=True)

_G_SRC = SRC_FORMAT_2022 + "; sub-butir selain keanggotaan, demokratis dan SHU diringkas (belum dikonfirmasi)"


def _g(code: str, name: str, subs: Sequence[str], confirmed: bool = False) -> Indicator:
    return Indicator(code, name, F(1), items=_items(code, subs), source=_G_SRC, confirmed=confirmed)


PERMENKOP09_2020 = Scheme(
    code="permenkop09_2020",
    name="Permenkop UKM No. 9 Tahun 2020 dan Juknis Deputi Perkoperasian No. 15 Tahun 2021 (empat aspek)",
    short="Permenkop 9/2020",
    kind="score4",
    aspects=(
        Aspect("tata_kelola", "Tata kelola", F(30), (
            _g("p_keanggotaan", "Prinsip: keanggotaan sukarela dan terbuka", (
                "Penerimaan/pengunduran anggota secara sukarela tercantum di AD/ART",
                "Keanggotaan terbuka bagi semua (suku, agama, golongan) menurut AD/ART",
                "Anggota baru yang masuk lebih banyak daripada yang keluar",
                "Dokumen penerimaan dan pengunduran anggota lengkap dan sah"), confirmed=True),
            _g("p_demokratis", "Prinsip: pengelolaan secara demokratis", (
                "Keputusan dan kebijakan diambil anggota dalam Rapat Anggota (satu anggota satu suara)",
                "Pengelolaan koperasi diputuskan secara demokratis dalam Rapat Anggota",
                "Semua anggota berhak memilih dan dipilih menjadi pengurus",
                "Semua anggota berhak memilih dan dipilih menjadi pengawas",
                "Anggota terlibat dalam menetapkan peraturan koperasi"), confirmed=True),
            _g("p_shu", "Prinsip: SHU dibagi adil sebanding jasa usaha", (
                "SHU bagian anggota dibagi sebanding jasa usaha menurut AD/ART",
                "SHU bagian anggota dibagi sebanding modal anggota menurut AD/ART",
                "SHU tidak dibagi sama rata"), confirmed=True),
            _g("p_balas_jasa", "Prinsip: balas jasa terbatas terhadap modal", (
                "Balas jasa atas modal ditetapkan terbatas dalam AD/ART",
                "Balas jasa simpanan tidak melebihi ketentuan yang berlaku")),
            _g("p_kemandirian", "Prinsip: kemandirian", (
                "Keputusan koperasi tidak bergantung pada pihak luar",
                "Modal sendiri menjadi sumber utama pendanaan")),
            _g("p_pendidikan", "Prinsip: pendidikan perkoperasian", (
                "Ada kegiatan pendidikan/penyuluhan bagi anggota dalam tahun buku",
                "Ada penyisihan dana pendidikan dari SHU")),
            _g("p_kerjasama", "Prinsip: kerja sama antarkoperasi", (
                "Koperasi bekerja sama dengan koperasi lain atau menjadi anggota koperasi sekunder",)),
            _g("k_legalitas", "Kelembagaan: legalitas badan hukum", (
                "Akta pendirian dan pengesahan badan hukum ada",
                "Perubahan anggaran dasar (bila ada) disahkan",
                "Nomor Induk Koperasi (NIK koperasi) ada dan aktif")),
            _g("k_izin", "Kelembagaan: izin usaha simpan pinjam", (
                "Izin usaha simpan pinjam ada dan berlaku",)),
            _g("k_ad", "Kelembagaan: anggaran dasar", (
                "Anggaran dasar memuat ketentuan usaha simpan pinjam",
                "Anggaran rumah tangga/peraturan khusus simpan pinjam ada")),
            _g("k_keanggotaan", "Kelembagaan: keanggotaan", (
                "Daftar anggota lengkap dan terkini",
                "Koperasi melayani anggota, bukan masyarakat umum")),
            _g("k_organisasi", "Kelembagaan: kelengkapan organisasi", (
                "Pengurus dan pengawas dipilih Rapat Anggota dan masa jabatannya berlaku",
                "Rapat Anggota Tahunan diadakan untuk tahun buku lalu",
                "Ada pengelola/karyawan dengan tugas tertulis")),
            _g("m_umum20", "Manajemen umum", (
                "Ada rencana kerja dan anggaran tahunan yang disahkan Rapat Anggota",
                "Ada SOP/SOM simpan pinjam tertulis dan dijalankan")),
            _g("m_kelembagaan20", "Manajemen kelembagaan", (
                "Struktur organisasi dan pembagian tugas tertulis",
                "Pengendalian intern tertulis dan dijalankan")),
            _g("m_permodalan20", "Manajemen permodalan", (
                "Modal sendiri tumbuh dibanding tahun lalu",
                "Cadangan disisihkan dari SHU sesuai AD/ART")),
            _g("m_aset20", "Manajemen aset", (
                "Pinjaman diberikan melalui analisis kelayakan tertulis",
                "Kolektibilitas dinilai berkala dan penyisihan dibentuk")),
            _g("m_likuiditas20", "Manajemen likuiditas", (
                "Posisi kas dan bank dipantau harian",
                "Ada kebijakan batas likuiditas tertulis")),
        )),
        Aspect("profil_risiko", "Profil risiko", F(15), (
            Indicator("aset_produktif", "Risiko inheren: aset produktif terhadap total aset", F(1),
                      "aset_produktif_aset",
                      _t((50, 1, True), (65, 2, True), (80, 3, True), (None, 4), source=SRC_UNCONFIRMED,
                         confirmed=False), undefined_value=1),
            Indicator("pinjaman_aset_produktif", "Risiko inheren: pinjaman diberikan terhadap aset produktif",
                      F(1), "pinjaman_aset_produktif",
                      _t((75, 4, True), (85, 3, True), (95, 2, True), (None, 1),
                         source="Contoh batas dari bahan pelatihan Juknis 15/2021 (lihat " + SRC_BLITAR + ")",
                         confirmed=False), undefined_value=1),
            _g("kpmr", "Kualitas penerapan manajemen risiko", (
                "Pengurus dan pengawas mengawasi risiko secara aktif",
                "Ada kebijakan, prosedur dan limit risiko tertulis",
                "Risiko diidentifikasi, diukur dan dipantau dengan sistem informasi",
                "Ada pengendalian intern dan audit berkala")),
        )),
        Aspect("kinerja_keuangan", "Kinerja keuangan", F(40), (
            Indicator("roa20", "Evaluasi kinerja: SHU sebelum pajak terhadap total aset", F(1),
                      "rentabilitas_aset",
                      _t((F(1, 2), 1), (1, 2), (F(3, 2), 3), (None, 4), source=SRC_UNCONFIRMED,
                         confirmed=False), undefined_value=1),
            Indicator("npl20", "Evaluasi kinerja: risiko pinjaman bermasalah terhadap pinjaman", F(1),
                      "risiko_pinjaman_bermasalah",
                      _t((5, 4, True), (8, 3, True), (12, 2, True), (None, 1), source=SRC_UNCONFIRMED,
                         confirmed=False), undefined_value=4),
            Indicator("kemandirian20", "Kesinambungan: kemandirian operasional", F(1), "kemandirian_operasional",
                      _t((100, 1), (110, 2), (120, 3), (None, 4),
                         source=SRC_JUKNIS15 + " (≥120 → 4, 110–<120 → 3, 100–<110 → 2, <100 → 1)",
                         confirmed=True), undefined_value=1),
            Indicator("kas20", "Manajemen keuangan: rasio kas", F(1), "rasio_kas",
                      _t((10, 2), (15, 4, True), (20, 3, True), (None, 2), source=SRC_UNCONFIRMED,
                         confirmed=False), undefined_value=2),
            Indicator("pinjaman_dana20", "Manajemen keuangan: pinjaman terhadap dana yang diterima", F(1),
                      "pinjaman_dana_diterima",
                      _t((60, 1), (70, 2), (80, 3), (None, 4), source=SRC_UNCONFIRMED, confirmed=False)),
        )),
        Aspect("permodalan20", "Permodalan", F(15), (
            Indicator("ekuitas_aset", "Kecukupan permodalan: ekuitas terhadap total aset", F(1),
                      "modal_sendiri_aset",
                      _t((10, 1, True), (20, 2, True), (30, 3, True), (None, 4),
                         source="Contoh batas dari bahan pelatihan Juknis 15/2021 (lihat " + SRC_BLITAR + ")",
                         confirmed=False), undefined_value=1),
            Indicator("kecukupan20", "Kecukupan permodalan: modal tertimbang terhadap ATMR", F(1),
                      "kecukupan_modal",
                      _t((4, 1), (6, 2), (8, 3), (None, 4), source=SRC_UNCONFIRMED, confirmed=False),
                      undefined_value=4),
            _g("kelola_modal", "Kecukupan pengelolaan permodalan", (
                "Ada kebijakan permodalan tertulis",
                "Rencana penambahan modal dibahas dalam Rapat Anggota")),
        )),
    ),
    bands=(Band(F(76), "Sehat"), Band(F(51), "Cukup Sehat"), Band(F(26), "Dalam Pengawasan"),
           Band(F(0), "Dalam Pengawasan Khusus")),
    bands_source=("Bobot tata kelola 30 % dan profil risiko 15 % dari " + SRC_BLITAR + "; kinerja keuangan "
                  "40 % dan permodalan 15 % belum dikonfirmasi; pita predikat akhir tidak ditemukan — "
                  "dipakai pita yang sama dengan indikator (76–100, 51–75, 26–50, 0–25)"),
    bands_confirmed=False,
)

SCHEMES: dict[str, Scheme] = {s.code: s for s in (PERDEP06_2016, PERMENKOP09_2020)}
DEFAULT_SCHEME = PERDEP06_2016.code

#: CLI spellings (hyphens) of the scheme codes
SCHEME_ALIASES = {"perdep06-2016": "perdep06_2016", "permenkop09-2020": "permenkop09_2020",
                  "2016": "perdep06_2016", "2020": "permenkop09_2020"}


def scheme(code: str) -> Scheme:
    found = SCHEMES.get(SCHEME_ALIASES.get(code, code))
    if found is None:
        raise UserError(f"Skema penilaian '{code}' tidak dikenal. Pilihan: "
                        f"{', '.join(SCHEMES)}.", field="scheme")
    return found
