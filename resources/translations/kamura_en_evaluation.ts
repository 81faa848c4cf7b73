<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerDelegate</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/answer_grid.py" line="42"/>
        <source>— kosong —</source>
        <translation>— blank —</translation>
    </message>
</context>
<context>
    <name>AnswerGridModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="283"/>
        <source>Responden</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="287"/>
        <source>Nama responden (anggota atau nama bebas)</source>
        <translation>Respondent name (member or free name)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="289"/>
        <source>{code} · {indicator}
{text}</source>
        <translation>{code} · {indicator}
{text}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="316"/>
        <source>anggota</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="316"/>
        <source>nama bebas</source>
        <translation>free name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="317"/>
        <source>{name} ({kind}) — {done} dari {total} butir dijawab</source>
        <translation>{name} ({kind}) — {done} of {total} items answered</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="336"/>
        <source>belum dijawab</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="361"/>
        <source>Jawaban harus berupa angka pada skala.</source>
        <translation>The answer must be a number on the scale.</translation>
    </message>
</context>
<context>
    <name>CopyInstrumentDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="66"/>
        <source>Salin instrumen</source>
        <translation>Copy instrument</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="70"/>
        <source>{name} (versi kantor)</source>
        <translation>{name} (office version)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="73"/>
        <source>Salinan dari</source>
        <translation>Copy of</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="74"/>
        <source>Kode baru</source>
        <translation>New code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="75"/>
        <source>Nama baru</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="80"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="84"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CopyScaleDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="91"/>
        <source>Salin skala</source>
        <translation>Copy scale</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="95"/>
        <source>{name} (versi kantor)</source>
        <translation>{name} (office version)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="98"/>
        <source>Salinan dari</source>
        <translation>Copy of</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="99"/>
        <source>Kode baru</source>
        <translation>New code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="100"/>
        <source>Nama baru</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="101"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/page.py" line="29"/>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/page.py" line="31"/>
        <source>Alt+1 survei · Alt+2 hasil IKM · Alt+3 instrumen · Alt+4 uji-t · Alt+5 laporan</source>
        <translation>Alt+1 surveys · Alt+2 IKM results · Alt+3 instruments · Alt+4 t-test · Alt+5 report</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/page.py" line="46"/>
        <source>Survei IKM</source>
        <translation>IKM surveys</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/page.py" line="47"/>
        <source>Hasil IKM</source>
        <translation>IKM results</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/page.py" line="48"/>
        <source>Instrumen</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/page.py" line="49"/>
        <source>Pendapatan (uji-t)</source>
        <translation>Income (t-test)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/page.py" line="50"/>
        <source>Laporan evaluasi</source>
        <translation>Evaluation report</translation>
    </message>
</context>
<context>
    <name>EvaluationPrinting</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/printing.py" line="65"/>
        <source>IKM {title}</source>
        <translation>IKM {title}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/printing.py" line="82"/>
        <source>Uji-t {title}</source>
        <translation>t-test {title}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/printing.py" line="94"/>
        <source>Laporan evaluasi</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/printing.py" line="107"/>
        <source>Berkas disimpan</source>
        <translation>File saved</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/printing.py" line="120"/>
        <source>Menulis laporan evaluasi ke Excel…</source>
        <translation>Writing the evaluation report to Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/printing.py" line="121"/>
        <source>Laporan evaluasi disimpan di {path}.</source>
        <translation>Evaluation report saved in {path}.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="57"/>
        <source>Memeriksa berkas Excel…</source>
        <translation>Checking the Excel file…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="63"/>
        <source>{n} responden, {complete} di antaranya menjawab semua butir</source>
        <translation>{n} respondents, {complete} of whom answered every item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="66"/>
        <source>{n} responden, {pairs} dengan kedua nilai pendapatan</source>
        <translation>{n} respondents, {pairs} with both income values</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="70"/>
        <source>Berkas {file} terbaca tanpa masalah: {what}.</source>
        <translation>The file {file} was read without problems: {what}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="73"/>
        <source>Isian &quot;{title}&quot; sekarang ({n} responden) akan diganti seluruhnya dengan isi berkas ini. Lanjutkan?</source>
        <translation>What &quot;{title}&quot; holds now ({n} respondents) will be replaced entirely by this file. Continue?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="77"/>
        <source>Impor ke &quot;{title}&quot;?</source>
        <translation>Import into &quot;{title}&quot;?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="78"/>
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="80"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="81"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="91"/>
        <source>Mengimpor dari Excel…</source>
        <translation>Importing from Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="97"/>
        <source>Berkas tidak dapat diimpor</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/importing.py" line="98"/>
        <source>Tidak ada yang diimpor; perbaiki berkasnya lalu coba lagi.</source>
        <translation>Nothing was imported; correct the file and try again.</translation>
    </message>
</context>
<context>
    <name>IncomeGridModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="583"/>
        <source>Responden</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="583"/>
        <source>Nilai pertama</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="584"/>
        <source>Nilai kedua</source>
        <translation>Second value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="584"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="586"/>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="587"/>
        <source>Pendapatan bersih per bulan (Rp)</source>
        <translation>Net income per month (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="588"/>
        <source>{second} − {first}</source>
        <translation>{second} − {first}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="644"/>
        <source>anggota</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="644"/>
        <source>nama bebas</source>
        <translation>free name</translation>
    </message>
</context>
<context>
    <name>IncomeTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="238"/>
        <source>Survei baru…</source>
        <extracomment>the tab focuses the new-respondent field (no mouse between two respondents)</extracomment>
        <translation>New survey…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="243"/>
        <source>Ubah judul, tanggal dan kedua label survei ini</source>
        <translation>Change this survey&apos;s title, date and both labels</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="582"/>
        <source>Hapus survei</source>
        <translation>Delete survey</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="249"/>
        <source>Buat templat Excel…</source>
        <translation>Make Excel template…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="241"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="245"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="247"/>
        <source>Hapus survei ini beserta semua baris pendapatannya</source>
        <translation>Delete this survey with all its income rows</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="252"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="255"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="259"/>
        <source>Survei</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="288"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="291"/>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="549"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="301"/>
        <source>Pendapatan bersih per bulan (Rp)</source>
        <translation>Net income per month (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="303"/>
        <source>Ketik angka lalu Enter: simpan dan turun · Tab: ke kanan · Del: kosongkan · responden baru: ketik nama di bawah lalu Enter</source>
        <translation>Type a number, then Enter: save and go down · Tab: to the right · Del: blank · new respondent: type the name below, then Enter</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="328"/>
        <source>Uji-t sampel berpasangan</source>
        <translation>Paired-sample t-test</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="381"/>
        <source>{title} ({date}, {n} responden)</source>
        <translation>{title} ({date}, {n} respondents)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="424"/>
        <source>Belum ada survei pendapatan. Buat survei baru, lalu isi pendapatan setiap responden sebelum dan sesudahnya.</source>
        <translation>No income survey yet. Make a new survey, then enter each respondent&apos;s income before and after.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="430"/>
        <source>Uji-t belum dapat dihitung: {why}</source>
        <translation>The t-test cannot be computed yet: {why}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="442"/>
        <source>Terdapat perbedaan yang signifikan</source>
        <translation>The difference is significant</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="443"/>
        <source>Tidak terdapat perbedaan yang signifikan</source>
        <translation>The difference is not significant</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="445"/>
        <source>Keputusan pada α = 0,05: {decision}.</source>
        <translation>Decision at α = 0.05: {decision}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="476"/>
        <source>Pasangan 1</source>
        <translation>Pair 1</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="482"/>
        <source>Paired Samples Statistics</source>
        <translation>Paired Samples Statistics</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="489"/>
        <source>Paired Samples Correlations</source>
        <translation>Paired Samples Correlations</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="494"/>
        <source>Paired Samples Test</source>
        <translation>Paired Samples Test</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="510"/>
        <source>Selisih = {second} − {first}; t positif berarti pendapatan naik. SPSS yang memasangkan {first} − {second} menampilkan t, rata-rata dan batas selang dengan tanda sebaliknya; df dan Sig. sama.</source>
        <translation>Difference = {second} − {first}; a positive t means income rose. SPSS pairing {first} − {second} shows t, the mean and the interval bounds with the opposite sign; df and Sig. are the same.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="550"/>
        <source>Hapus {name} dari survei ini?</source>
        <translation>Remove {name} from this survey?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="583"/>
        <source>Hapus survei &quot;{title}&quot; beserta {n} baris pendapatannya? Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Delete the survey &quot;{title}&quot; with its {n} income rows? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="597"/>
        <source>Survei dihapus.</source>
        <translation>Survey deleted.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="608"/>
        <source>Simpan templat pendapatan</source>
        <translation>Save income template</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="610"/>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="629"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="620"/>
        <source>Menulis templat Excel…</source>
        <translation>Writing the Excel template…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="621"/>
        <source>Templat disimpan di {path}. Isi satu baris per responden, lalu impor kembali dengan &quot;Impor dari Excel&quot;.</source>
        <translation>Template saved in {path}. Fill in one row per respondent, then bring it back with &quot;Import from Excel&quot;.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="628"/>
        <source>Impor pendapatan dari Excel</source>
        <translation>Import incomes from Excel</translation>
    </message>
</context>
<context>
    <name>IndicatorResultModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="468"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="468"/>
        <source>Butir</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="468"/>
        <source>Jawaban</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="469"/>
        <source>Jumlah nilai</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="469"/>
        <source>Rata-rata</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="469"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="470"/>
        <source>Rata-rata dari rata-rata butirnya</source>
        <translation>Mean of its items&apos; means</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="497"/>
        <source>{name}: butir {items}; {answered} jawaban</source>
        <translation>{name}: items {items}; {answered} answers</translation>
    </message>
</context>
<context>
    <name>InstrumentEditor</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="130"/>
        <source>Ubah instrumen</source>
        <translation>Edit instrument</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="130"/>
        <source>Instrumen baru</source>
        <translation>New instrument</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="148"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="149"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="150"/>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="151"/>
        <source>Skala bawaan</source>
        <translation>Default scale</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="155"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="155"/>
        <source>Kode butir</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="156"/>
        <source>Pernyataan</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="168"/>
        <source>Tambah butir</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="171"/>
        <source>Hapus butir</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="174"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="176"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="187"/>
        <source>Simpan instrumen</source>
        <translation>Save instrument</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="190"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="199"/>
        <source>Indikator dan butir</source>
        <translation>Indicators and items</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="200"/>
        <source>Satu baris per butir, berurutan seperti pada kuesioner. Baris berurutan dengan nama indikator yang sama membentuk satu indikator.</source>
        <translation>One row per item, in questionnaire order. Consecutive rows with the same indicator name form one indicator.</translation>
    </message>
</context>
<context>
    <name>InstrumentKinds</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="52"/>
        <source>Peminjam (KSM)</source>
        <translation>Borrowers (KSM)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="53"/>
        <source>Pengelola (UPK)</source>
        <translation>Fund managers (UPK)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="54"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>InstrumentListModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="513"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="513"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="513"/>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="513"/>
        <source>Butir</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="514"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="520"/>
        <source>Bawaan</source>
        <translation>Built in</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="520"/>
        <source>Buatan kantor</source>
        <translation>Office-made</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="524"/>
        <source>Instrumen bawaan tidak dapat diubah; salin untuk membuat versi kantor.</source>
        <translation>A built-in instrument cannot be edited; copy it to make an office version.</translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="296"/>
        <source>Instrumen baru…</source>
        <translation>New instrument…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="299"/>
        <source>Salin…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="302"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="309"/>
        <source>Instrumen diatur oleh ketua; Anda dapat melihatnya.</source>
        <translation>Instruments are managed by the chair; you can view them.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="325"/>
        <source>Indikator / butir</source>
        <translation>Indicator / item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="325"/>
        <source>Pernyataan</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="400"/>
        <source>Belum ada instrumen.</source>
        <translation>No instrument yet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="405"/>
        <source>{kind} · {n} indikator, {items} butir · skala {scale}</source>
        <translation>{kind} · {n} indicators, {items} items · scale {scale}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="409"/>
        <source>Instrumen bawaan (kuesioner studi KOTAKU) tidak dapat diubah, agar hasil putaran yang memakainya tetap dapat dibandingkan. Salin dulu, lalu ubah salinannya.</source>
        <translation>A built-in instrument (the KOTAKU study questionnaire) cannot be edited, so that the results of rounds using it stay comparable. Copy it first, then edit the copy.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="414"/>
        <source>{n} butir</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="430"/>
        <source>Instrumen bawaan tidak dapat diubah; salin dulu.</source>
        <translation>A built-in instrument cannot be edited; copy it first.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="445"/>
        <source>Salinan {code} dibuat; ubah butirnya dengan &quot;Ubah…&quot;.</source>
        <translation>Copy {code} made; change its items with &quot;Edit…&quot;.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="454"/>
        <location filename="../../kamura_desktop/ui/evaluation/instruments_tab.py" line="459"/>
        <source>Instrumen {code} disimpan.</source>
        <translation>Instrument {code} saved.</translation>
    </message>
</context>
<context>
    <name>ItemResultModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="421"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="421"/>
        <source>Butir pertanyaan</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="421"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="422"/>
        <source>Dijawab</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="422"/>
        <source>Jumlah nilai</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="422"/>
        <source>Rata-rata</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="423"/>
        <source>× NP</source>
        <translation>× NP</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="423"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="425"/>
        <source>Banyaknya responden yang menjawab butir ini (jawaban kosong tidak dihitung)</source>
        <translation>Number of respondents who answered this item (blanks are not counted)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="426"/>
        <source>Jumlah nilai jawaban butir ini</source>
        <translation>Sum of the answers to this item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="427"/>
        <source>Nilai rata-rata per unsur (NRR) = jumlah nilai ÷ dijawab</source>
        <translation>Mean per item (NRR) = sum of values ÷ answered</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="428"/>
        <source>NRR tertimbang = NRR × NP (bobot 1 ÷ banyaknya butir)</source>
        <translation>Weighted NRR = NRR × NP (weight 1 ÷ number of items)</translation>
    </message>
</context>
<context>
    <name>NewIncomeSurveyDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="74"/>
        <source>Ubah survei pendapatan</source>
        <translation>Edit income survey</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="75"/>
        <source>Survei pendapatan baru</source>
        <translation>New income survey</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="79"/>
        <source>mis. Pendapatan anggota sebelum dan sesudah pinjaman</source>
        <translation>e.g. members&apos; income before and after the loan</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="82"/>
        <source>Sebelum pinjaman</source>
        <translation>Before the loan</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="84"/>
        <source>Sesudah pinjaman</source>
        <translation>After the loan</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="87"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="88"/>
        <source>Tanggal survei</source>
        <translation>Survey date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="89"/>
        <source>Label nilai pertama</source>
        <translation>First value label</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="90"/>
        <source>Label nilai kedua</source>
        <translation>Second value label</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="95"/>
        <source>Buat survei</source>
        <translation>Create survey</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="95"/>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="99"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/income_tab.py" line="107"/>
        <source>Label menjadi judul kedua kolom pendapatan, mis. &quot;Sebelum Covid-19&quot; dan &quot;Setelah Covid-19&quot;. Selisih = nilai kedua − nilai pertama.</source>
        <translation>The labels head the two income columns, e.g. &quot;Before Covid-19&quot; and &quot;After Covid-19&quot;. Difference = second value − first value.</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="67"/>
        <source>Ubah putaran survei</source>
        <translation>Edit survey round</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="68"/>
        <source>Putaran survei baru</source>
        <translation>New survey round</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="78"/>
        <source>mis. Survei KSM semester II 2025</source>
        <translation>e.g. KSM survey, second half of 2025</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="85"/>
        <source>boleh dikosongkan</source>
        <translation>may be left empty</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="100"/>
        <source>Instrumen</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="101"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="102"/>
        <source>Tanggal survei</source>
        <translation>Survey date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="103"/>
        <source>Skala jawaban</source>
        <translation>Answer scale</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="104"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="110"/>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="111"/>
        <source>Buat putaran</source>
        <translation>Create round</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="115"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="124"/>
        <source>Instrumen dan skala tidak diubah lagi: jawaban putaran ini diberikan dengan keduanya.</source>
        <translation>The questionnaire and the scale stay as they are: this round&apos;s answers were given on them.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="126"/>
        <source>Skala menentukan nilai jawaban (mis. 1–5 atau 1–4) dan tabel kategorinya; skala kantor diatur di tab Instrumen. Setelah jawaban diisi, skala tidak diubah lagi.</source>
        <translation>The scale sets the answer values (e.g. 1–5 or 1–4) and its category table; the office&apos;s own scales are managed on the Instruments tab. Once answers are entered, the scale no longer changes.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="139"/>
        <source>Skala instrumen: {name}</source>
        <translation>Instrument&apos;s scale: {name}</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="57"/>
        <source>Pratinjau PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="60"/>
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="64"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="66"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="80"/>
        <source>Putaran IKM yang dimuat</source>
        <translation>IKM rounds included</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="81"/>
        <source>Survei pendapatan yang dimuat</source>
        <translation>Income surveys included</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="87"/>
        <source>Catatan evaluasi proses</source>
        <translation>Process evaluation notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="88"/>
        <source>mis. jalannya pendampingan kelompok, kehadiran pertemuan, kendala pengembalian yang ditemui</source>
        <translation>e.g. how group mentoring went, meeting attendance, repayment difficulties met</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="90"/>
        <source>Kesimpulan</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="91"/>
        <source>mis. program efektif menurut peminjam dan pengelola; pendapatan anggota naik secara signifikan</source>
        <translation>e.g. the programme is effective according to borrowers and managers; members&apos; income rose significantly</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="93"/>
        <source>Rekomendasi</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="94"/>
        <source>mis. perpanjang jangka waktu pinjaman untuk usaha musiman</source>
        <translation>e.g. lengthen the loan term for seasonal businesses</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="96"/>
        <source>Teks ketua untuk laporan</source>
        <translation>The chair&apos;s texts for the report</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="107"/>
        <source>Simpan teks</source>
        <translation>Save texts</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="122"/>
        <source>Laporan memuat: sampul, ringkasan program, catatan evaluasi proses, tabel IKM tiap putaran dengan kategori dan grafiknya, tabel uji-t, fakta portofolio (tingkat pengembalian, kolektibilitas, PAR, perkembangan dana), kesimpulan dan rekomendasi.</source>
        <translation>The report holds: a cover, the programme summary, the process evaluation notes, the IKM tables of each round with categories and charts, the t-test tables, portfolio facts (repayment rate, loan classes, PAR, fund development), conclusions and recommendations.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="167"/>
        <source>Teks ini ditulis oleh ketua; Anda dapat membacanya dan mencetak laporannya.</source>
        <translation>These texts are written by the chair; you can read them and print the report.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="182"/>
        <source>{title} — {code}, {date}</source>
        <translation>{title} — {code}, {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="185"/>
        <source>{title} — {date}</source>
        <translation>{title} — {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="199"/>
        <source>(tidak ada dalam periode ini)</source>
        <translation>(none in this period)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="226"/>
        <source>Teks laporan disimpan.</source>
        <translation>Report texts saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="231"/>
        <source>Tanggal awal periode sesudah tanggal akhirnya.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="252"/>
        <source>Simpan laporan evaluasi</source>
        <translation>Save evaluation report</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/report_tab.py" line="254"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RespondentPicker</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/widgets.py" line="110"/>
        <source>Nama anggota (Enter memilih) atau nama bebas</source>
        <extracomment>category colours, from the lowest band to the highest (bars and the category card)</extracomment>
        <translation>Member name (Enter picks) or a free name</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="61"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="64"/>
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="68"/>
        <source>Putaran</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="76"/>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="77"/>
        <source>NP (bobot per butir)</source>
        <translation>NP (weight per item)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="78"/>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="79"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="80"/>
        <source>Nilai konversi (IKM × 25)</source>
        <translation>Converted score (IKM × 25)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="113"/>
        <source>Per butir</source>
        <translation>Per item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="118"/>
        <source>Per indikator</source>
        <translation>Per indicator</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="127"/>
        <source>NRR = jumlah nilai ÷ banyaknya jawaban (jawaban kosong tidak dihitung) · NP = 1 ÷ banyaknya butir · IKM = Σ NRR × NP · kategori menurut tabel skala putaran ini.</source>
        <translation>NRR = sum of values ÷ number of answers (blanks not counted) · NP = 1 ÷ number of items · IKM = Σ NRR × NP · category from the table of this round&apos;s scale.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="166"/>
        <source>{title} — {code}, {date} ({n} responden)</source>
        <translation>{title} — {code}, {date} ({n} respondents)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="193"/>
        <source>Belum ada putaran survei.</source>
        <translation>No survey round yet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="202"/>
        <source>IKM putaran ini belum dapat dihitung: {why}</source>
        <translation>The IKM of this round cannot be computed yet: {why}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="220"/>
        <source>{n} tanpa jawaban</source>
        <translation>{n} without answers</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="222"/>
        <source>1 ÷ {n} butir</source>
        <translation>1 ÷ {n} items</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="224"/>
        <source>skala {low}–{high}</source>
        <translation>scale {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="228"/>
        <source>dibaca pada nilai konversi {value}</source>
        <translation>read on the converted score {value}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="233"/>
        <source>dari 25 sampai 100</source>
        <translation>from 25 to 100</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="246"/>
        <source>Simpan hasil IKM</source>
        <translation>Save IKM results</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="248"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="256"/>
        <source>Menulis hasil IKM ke Excel…</source>
        <translation>Writing the IKM results to Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/results_tab.py" line="257"/>
        <source>Hasil IKM disimpan di {path}.</source>
        <translation>IKM results saved in {path}.</translation>
    </message>
</context>
<context>
    <name>RoundListModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="156"/>
        <source>Instrumen</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="156"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="156"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="157"/>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="157"/>
        <source>Lengkap</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/models.py" line="158"/>
        <source>Responden yang sudah menjawab semua butir</source>
        <translation>Respondents who answered every item</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="140"/>
        <source>Ubah skala</source>
        <translation>Edit scale</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="140"/>
        <source>Skala baru</source>
        <translation>New scale</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="150"/>
        <source>kosong = tanpa nilai konversi (mis. 25)</source>
        <translation>blank = no converted score (e.g. 25)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="151"/>
        <source>Golongkan menurut nilai konversi (seperti SKM 14/2017), bukan menurut IKM</source>
        <translation>Class by the converted score (as SKM 14/2017 does), not by the IKM</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="156"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="157"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="158"/>
        <source>Faktor konversi</source>
        <translation>Conversion factor</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="163"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="163"/>
        <source>Arti jawaban</source>
        <translation>Meaning of the answer</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="171"/>
        <source>Tambah nilai</source>
        <translation>Add value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="174"/>
        <source>Hapus nilai tertinggi</source>
        <translation>Remove the highest value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="185"/>
        <source>Batas bawah</source>
        <translation>Lower bound</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="185"/>
        <source>Batas atas</source>
        <translation>Upper bound</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="185"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="185"/>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="186"/>
        <source>Konversi bawah</source>
        <translation>Converted from</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="186"/>
        <source>Konversi atas</source>
        <translation>Converted to</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="200"/>
        <source>Tambah kategori</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="203"/>
        <source>Hapus kategori</source>
        <translation>Remove category</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="211"/>
        <source>Simpan skala</source>
        <translation>Save scale</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="214"/>
        <source>Nilai jawaban</source>
        <translation>Answer values</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="217"/>
        <source>Tabel kategori</source>
        <translation>Category table</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="219"/>
        <source>Dari kategori terendah ke tertinggi. Batas ditulis dengan koma (mis. 1,00–1,66; 1,67–2,33): kategori pertama mulai dari nilai terendah, tiap kategori mulai tepat setelah batas atas kategori sebelumnya, dan yang terakhir berakhir pada nilai tertinggi. Nilai IKM dibulatkan ke jumlah desimal batas sebelum digolongkan.</source>
        <translation>From the lowest category to the highest. Bounds are written with a decimal comma (e.g. 1,00–1,66; 1,67–2,33): the first category starts at the lowest value, each category starts just after the previous one&apos;s upper bound, and the last ends at the highest value. The IKM is rounded to the bounds&apos; number of decimals before it is classed.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="233"/>
        <source>Skala ini sudah dipakai {n} putaran survei: nilai jawaban dan kategorinya tidak dapat diubah lagi (hanya namanya). Salin skala ini untuk membuat versi baru.</source>
        <translation>This scale is already used by {n} survey round(s): its answer values and categories can no longer change (only its name). Copy the scale to make a new version.</translation>
    </message>
</context>
<context>
    <name>ScalesSection</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="326"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="326"/>
        <source>Nama skala</source>
        <translation>Scale name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="361"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="327"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="326"/>
        <source>Titik</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="327"/>
        <source>Dipakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="336"/>
        <source>Skala baru…</source>
        <translation>New scale…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="339"/>
        <source>Salin skala…</source>
        <translation>Copy scale…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="342"/>
        <source>Ubah skala…</source>
        <translation>Edit scale…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="345"/>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="518"/>
        <source>Hapus skala</source>
        <translation>Delete scale</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="351"/>
        <source>Skala diatur oleh ketua; Anda dapat melihatnya.</source>
        <translation>Scales are managed by the chair; you can view them.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="361"/>
        <source>Arti jawaban</source>
        <translation>Meaning of the answer</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="366"/>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="366"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="366"/>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="367"/>
        <source>Nilai konversi</source>
        <translation>Converted score</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="380"/>
        <source>Skala jawaban</source>
        <translation>Answer scales</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="406"/>
        <source>Bawaan</source>
        <translation>Built in</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="406"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="407"/>
        <source>{n} putaran</source>
        <translation>{n} round(s)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="447"/>
        <source>Skala bawaan tidak dapat diubah; salin dulu, lalu ubah salinannya.</source>
        <translation>A built-in scale cannot be changed; copy it first, then edit the copy.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="450"/>
        <source>Dipakai {n} putaran survei: nilai dan kategorinya tetap.</source>
        <translation>Used by {n} survey round(s): its values and categories stay as they are.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="453"/>
        <source>Nilai konversi = IKM × {factor}.</source>
        <translation>Converted score = IKM × {factor}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="456"/>
        <source>Kategori digolongkan menurut nilai konversi.</source>
        <translation>Categories are classed by the converted score.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="479"/>
        <source>Skala bawaan tidak dapat diubah; salin dulu.</source>
        <translation>A built-in scale cannot be changed; copy it first.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="495"/>
        <source>Salinan skala {code} dibuat; ubah dengan &quot;Ubah skala…&quot;.</source>
        <translation>Copy {code} made; edit it with &quot;Edit scale…&quot;.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="504"/>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="511"/>
        <source>Skala {code} disimpan.</source>
        <translation>Scale {code} saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="519"/>
        <source>Hapus skala {code} — {name}?</source>
        <translation>Delete the scale {code} — {name}?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="530"/>
        <source>Skala {code} dihapus.</source>
        <translation>Scale {code} deleted.</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="198"/>
        <source>Putaran baru…</source>
        <translation>New round…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="201"/>
        <source>Ubah putaran…</source>
        <translation>Edit round…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="203"/>
        <source>Ubah judul, tanggal dan catatan putaran ini</source>
        <translation>Change this round&apos;s title, date and notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="205"/>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="527"/>
        <source>Hapus putaran</source>
        <translation>Delete round</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="208"/>
        <source>Buat templat Excel…</source>
        <translation>Make Excel template…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="210"/>
        <source>Lembar Excel kosong untuk instrumen putaran ini: satu baris per responden, satu kolom per butir</source>
        <translation>An empty Excel sheet for this round&apos;s instrument: one row per respondent, one column per item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="213"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="215"/>
        <source>Baca jawaban dari templat Excel yang sudah diisi; diperiksa dulu sebelum menggantikan jawaban putaran ini</source>
        <translation>Read the answers from a filled-in Excel template; checked first, before it replaces this round&apos;s answers</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="241"/>
        <source>Nama responden diubah menjadi {name}.</source>
        <translation>Respondent&apos;s name changed to {name}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="252"/>
        <source>Tambah responden</source>
        <translation>Add respondent</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="254"/>
        <source>Anggota yang dipilih, atau nama yang diketik bila bukan anggota</source>
        <translation>The member chosen, or the name typed for a non-member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="256"/>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="492"/>
        <source>Hapus responden</source>
        <translation>Remove respondent</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="260"/>
        <source>Responden baru</source>
        <translation>New respondent</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="338"/>
        <source>Belum ada putaran survei. Buat putaran baru untuk mulai mengisi jawaban.</source>
        <translation>No survey round yet. Create a new round to start entering answers.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="349"/>
        <source>{title} · {date} · {instrument} · skala {scale}</source>
        <translation>{title} · {date} · {instrument} · scale {scale}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="355"/>
        <source>Ketik {low}–{high}: isi jawaban lalu ke kanan · panah: pindah · Enter: responden berikutnya · Del/0: kosongkan · klik ganda: pilih dari daftar · F2 atau klik ganda pada nama: perbaiki nama · arahkan tetikus ke kode butir untuk membaca pernyataannya</source>
        <translation>Type {low}–{high}: enter the answer and move right · arrows: move · Enter: next respondent · Del/0: blank · double click: choose from a list · F2 or double click on a name: correct it · point at an item code to read its statement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="360"/>
        <source>Anda hanya dapat melihat jawaban putaran ini.</source>
        <translation>You can only view the answers of this round.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="377"/>
        <source>{n} responden, {complete} lengkap</source>
        <translation>{n} respondents, {complete} complete</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="382"/>
        <source>{counts} · IKM belum dapat dihitung: {why}</source>
        <translation>{counts} · the IKM cannot be computed yet: {why}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="386"/>
        <source>{counts} · IKM {ikm} · {category}</source>
        <translation>{counts} · IKM {ikm} · {category}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="389"/>
        <source> · nilai konversi {value}</source>
        <translation> · converted score {value}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="404"/>
        <source>Hanya petugas, bendahara atau ketua yang mengisi jawaban survei.</source>
        <translation>Only the clerk, the treasurer or the chair enter survey answers.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="483"/>
        <source>{name} ditambahkan; ketik jawabannya.</source>
        <translation>{name} added; type the answers.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="493"/>
        <source>Hapus {name} beserta semua jawabannya dari putaran ini?</source>
        <translation>Remove {name} and all their answers from this round?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="528"/>
        <source>Hapus putaran &quot;{title}&quot; beserta {n} responden dan semua jawabannya?</source>
        <translation>Delete the round &quot;{title}&quot; with its {n} respondents and all their answers?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="549"/>
        <source>Simpan templat jawaban</source>
        <translation>Save answer template</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="551"/>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="568"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="559"/>
        <source>Menulis templat Excel…</source>
        <translation>Writing the Excel template…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="560"/>
        <source>Templat disimpan di {path}. Isi satu baris per responden, lalu impor kembali dengan &quot;Impor dari Excel&quot;.</source>
        <translation>Template saved in {path}. Fill in one row per respondent, then bring it back with &quot;Import from Excel&quot;.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/survey_tab.py" line="567"/>
        <source>Impor jawaban dari Excel</source>
        <translation>Import answers from Excel</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/evaluation/scales.py" line="64"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
