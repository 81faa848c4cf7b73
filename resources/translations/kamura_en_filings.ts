<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="260"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="260"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="260"/>
        <source>Anggaran setahun</source>
        <translation>Budget for the year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="267"/>
        <source>Anggota baru</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="267"/>
        <source>Pinjaman yang dicairkan</source>
        <translation>Loans disbursed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="268"/>
        <source>Tingkat pengembalian (terkumpul ÷ jatuh tempo)</source>
        <translation>Repayment rate (collected ÷ due)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="272"/>
        <source>orang</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="275"/>
        <source>Simpan rancangan</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="277"/>
        <source>Catat pengesahan RAT</source>
        <translation>Record approval by the annual meeting</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="278"/>
        <source>RK/RAPB: anggaran per akun dan target</source>
        <translation>Work plan and budget: budget per account and targets</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="285"/>
        <source>Tanggal RAT</source>
        <translation>Annual meeting date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="293"/>
        <source>Setahun</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="298"/>
        <source>Pratinjau / cetak PDF</source>
        <translation>Preview / print PDF</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="299"/>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="300"/>
        <source>Realisasi anggaran</source>
        <translation>Budget realisation</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="303"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="320"/>
        <source>Tahun anggaran</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="329"/>
        <source>Hanya ketua dan bendahara yang menyusun anggaran.</source>
        <translation>Only the chair and the treasurer prepare the budget.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="332"/>
        <source>Hanya ketua yang mencatat pengesahan RAT.</source>
        <translation>Only the chair records the annual meeting&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="374"/>
        <source>Belum ada RAPB {year}: isi anggaran per akun lalu simpan.</source>
        <translation>No budget for {year} yet: fill in the amount per account and save.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="376"/>
        <source>RAPB {year} disahkan RAT tanggal {date}.</source>
        <translation>The {year} budget was approved by the annual meeting on {date}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="379"/>
        <source>RAPB {year} masih rancangan (disimpan oleh {name}).</source>
        <translation>The {year} budget is still a draft (saved by {name}).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="388"/>
        <source>Menghitung realisasi…</source>
        <translation>Computing the realisation…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="427"/>
        <source>RAPB {year} disimpan sebagai rancangan.</source>
        <translation>The {year} budget was saved as a draft.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="434"/>
        <source>Pengesahan RAPB {year} oleh RAT dicatat.</source>
        <translation>The annual meeting&apos;s approval of the {year} budget was recorded.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="442"/>
        <source>Realisasi anggaran {year}</source>
        <translation>Budget realisation {year}</translation>
    </message>
</context>
<context>
    <name>CashFlowTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="142"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="144"/>
        <source>Pratinjau / cetak PDF</source>
        <translation>Preview / print PDF</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="145"/>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="153"/>
        <source>Catatan pengurus untuk CALK tahun ini (kejadian penting, penjelasan pos neraca, komitmen)…</source>
        <translation>The board&apos;s notes to this year&apos;s financial statements (important events, explanations of balance-sheet lines, commitments)…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="155"/>
        <source>Simpan catatan CALK</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="158"/>
        <source>Catatan atas laporan keuangan (CALK): catatan pengurus</source>
        <translation>Notes to the financial statements: the board&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="171"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="185"/>
        <source>Hanya bendahara yang menulis catatan CALK.</source>
        <translation>Only the treasurer writes the notes.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="209"/>
        <source>Kas dan bank {a} + arus kas bersih {n} = {b}: cocok dengan neraca.</source>
        <translation>Cash and bank {a} + net cash flow {n} = {b}: agrees with the balance sheet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="210"/>
        <source>PERHATIAN: kas dan bank {a} + arus kas bersih {n} tidak sama dengan neraca {b}.</source>
        <translation>WARNING: cash and bank {a} + net cash flow {n} differs from the balance sheet {b}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="213"/>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="229"/>
        <source>Disimpan oleh {name}, {date}.</source>
        <translation>Saved by {name}, {date}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="220"/>
        <source>Menyusun laporan arus kas…</source>
        <translation>Preparing the cash flow statement…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="228"/>
        <source>Catatan CALK {year} disimpan.</source>
        <translation>Notes for {year} saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="235"/>
        <source>Laporan arus kas dan CALK {year}</source>
        <translation>Cash flow statement and notes {year}</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="115"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="115"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="115"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="116"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="116"/>
        <source>Realisasi</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="117"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="117"/>
        <source>Realisasi %</source>
        <translation>Actual %</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="117"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="118"/>
        <source>Isian formulir ODS</source>
        <translation>ODS form field</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="118"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="119"/>
        <source>Sumber di Kamura</source>
        <translation>Source in Kamura</translation>
    </message>
</context>
<context>
    <name>OdsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="463"/>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="467"/>
        <source>diisi kantor</source>
        <translation>filled in by the office</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="469"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="470"/>
        <source>Pratinjau / cetak PDF</source>
        <translation>Preview / print PDF</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="471"/>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="475"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="477"/>
        <source>Manajer</source>
        <translation>Managers</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="479"/>
        <source>Karyawan</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="505"/>
        <source>Mengumpulkan data ODS…</source>
        <translation>Collecting the ODS figures…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="512"/>
        <source>Data ODS {year}</source>
        <translation>ODS data {year}</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="534"/>
        <source>semua kelompok</source>
        <translation>all groups</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="539"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="541"/>
        <source>Buka WhatsApp</source>
        <translation>Open WhatsApp</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="543"/>
        <source>Surat peringatan (PDF)</source>
        <translation>Reminder letters (PDF)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="592"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="562"/>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="590"/>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="592"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="592"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="592"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="592"/>
        <source>Pinjaman</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="593"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="590"/>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="593"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="591"/>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="593"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="560"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="537"/>
        <source>Per anggota</source>
        <translation>Per member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="538"/>
        <source>Per kelompok (ke ketua kelompok)</source>
        <translation>Per group (to the group leader)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="590"/>
        <source>Ketua kelompok</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="590"/>
        <source>Anggota diingatkan</source>
        <translation>Members reminded</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="613"/>
        <source>Ketua kelompok tanpa nomor telepon yang bisa dipakai ({n}): sampaikan saat pertemuan kelompok.</source>
        <translation>Group leaders without a usable phone number ({n}): tell them at the group meeting.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="615"/>
        <source>Tanpa nomor telepon yang bisa dipakai ({n}): hubungi lewat ketua kelompok atau kunjungan.</source>
        <translation>Without a usable phone number ({n}): reach them through the group leader or a visit.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="622"/>
        <source>Tidak ada angsuran jatuh tempo besok atau tertunggak yang bisa diingatkan lewat WhatsApp.</source>
        <translation>No instalment due tomorrow or in arrears to remind through WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="625"/>
        <source>Mencari angsuran…</source>
        <translation>Looking for instalments…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="634"/>
        <source>besok</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="634"/>
        <source>tunggakan</source>
        <translation>in arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/filings_tab.py" line="671"/>
        <source>Surat peringatan</source>
        <translation>Reminder letters</translation>
    </message>
</context>
</TS>
