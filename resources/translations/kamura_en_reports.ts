<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnualTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="34"/>
        <source>Pratinjau / cetak PDF</source>
        <translation>Preview / print PDF</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="37"/>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="43"/>
        <source>Isi laporan: sampul dengan profil koperasi; organisasi (pengurus, TKM, anggota awal tahun, masuk, keluar, akhir tahun menurut jenis kelamin, anggota keluarga miskin); simpanan per jenis; kredit (pencairan per produk dan siklus, sisa pinjaman, tingkat pengembalian, kolektibilitas dan PAR, penyisihan); lender (dana tersalur, kembali, bagi hasil); perkembangan dana bergulir dengan grafik; kegiatan pendampingan; laporan keuangan (neraca, perhitungan hasil usaha, perubahan ekuitas); pembagian SHU dan daftar SHU per anggota sebagai lampiran; tanda tangan ketua, sekretaris dan bendahara.</source>
        <translation>Contents: cover with the cooperative profile; organisation (board, community work team, members at the start of the year, joined, left, at the end by sex, poor-family members); savings by type; credit (disbursements by product and cycle, outstanding, repayment rate, loan quality and PAR, provisions); lenders (funds deployed, returned, earned); revolving fund development with a chart; mentoring activities; financial statements (balance sheet, income statement, changes in equity); surplus allocation with the per-member list as an appendix; signatures of the chair, secretary and treasurer.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="53"/>
        <source>Laporan pertanggungjawaban pengurus untuk Rapat Anggota Tahunan</source>
        <translation>The board&apos;s accountability report for the annual members&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="56"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="71"/>
        <source>Hanya ketua atau bendahara yang mengekspor laporan tahunan.</source>
        <translation>Only the chair or the treasurer exports the annual report.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="88"/>
        <source>Tahun buku {year} sudah ditutup: angka laporan final.</source>
        <translation>Financial year {year} is closed: the figures are final.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="91"/>
        <source>Tahun buku {year} belum ditutup: laporan ini masih sementara (draf).</source>
        <translation>Financial year {year} is not closed yet: this report is provisional (draft).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/annual_tab.py" line="99"/>
        <source>Laporan tahunan {year}</source>
        <translation>Annual report {year}</translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="46"/>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="48"/>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="168"/>
        <source>Bukukan penyisihan</source>
        <translation>Post provision</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="52"/>
        <source>Kol.</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="53"/>
        <source>Kolektibilitas</source>
        <translation>Loan quality</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="54"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="55"/>
        <source>Sisa pokok</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="56"/>
        <source>PPKA %</source>
        <translation>Provision %</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="57"/>
        <source>Penyisihan wajib</source>
        <translation>Required provision</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="66"/>
        <source>Penyisihan kerugian piutang (PPKA)</source>
        <translation>Loan-loss provision</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="69"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="83"/>
        <source>Tutup tahun buku…</source>
        <translation>Close financial year…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="86"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="90"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="91"/>
        <source>Ditutup</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="92"/>
        <source>SHU</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="93"/>
        <source>Jurnal penutup</source>
        <translation>Closing entry</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="94"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="102"/>
        <source>Menutup tahun memindahkan pendapatan dan beban ke SHU tahun berjalan dan mengunci periode itu: tidak ada transaksi yang boleh dibukukan dengan tanggal di dalamnya. Koreksi dibukukan pada periode yang masih terbuka dengan rujukan ke transaksi asal. Hanya admin yang dapat membuka kembali, dengan alasan yang dicatat.</source>
        <translation>Closing a year moves income and expenses into the year&apos;s surplus and locks the period: nothing may be posted with a date in it. Corrections are posted in the open period with a reference to the original transaction. Only an admin can reopen it, with a reason that is recorded.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="108"/>
        <source>Tutup buku akhir tahun</source>
        <translation>Year-end close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="111"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="133"/>
        <source>dibuka kembali: {reason}</source>
        <translation>reopened: {reason}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="134"/>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="158"/>
        <source>tambah {x}</source>
        <translation>increase {x}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="159"/>
        <source>kurangi {x}</source>
        <translation>decrease {x}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="160"/>
        <source>tidak ada perubahan</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="162"/>
        <source>Penyisihan yang dibutuhkan per {date}: {req} · sudah dibukukan: {booked} · jurnal penyesuaian: {what}</source>
        <translation>Provision required as of {date}: {req} · already booked: {booked} · adjusting entry: {what}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="177"/>
        <source>Penyisihan per {date} dibukukan.</source>
        <translation>Provision as of {date} posted.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="192"/>
        <source>tambah {amount}</source>
        <translation>increase by {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="192"/>
        <source>kurangi {amount}</source>
        <translation>decrease by {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="195"/>
        <source>Perhatian: penyisihan kerugian piutang per 31 Desember {year} belum dibukukan sesuai kolektibilitas (jurnal penyesuaian oleh bendahara: {adjust}). Sesudah tutup buku penyesuaian itu tidak dapat lagi bertanggal di tahun {year}.</source>
        <translation>Note: the loan-loss provision as of 31 December {year} has not been booked to match loan quality yet (adjusting entry by the treasurer: {adjust}). After the close that adjustment can no longer be dated in {year}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="202"/>
        <source>Tutup tahun buku</source>
        <translation>Close financial year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="185"/>
        <source>Tutup buku tahun {year}? Setelah ditutup tidak ada transaksi yang dapat dibukukan dengan tanggal di tahun itu.</source>
        <translation>Close the books of {year}? Afterwards nothing can be posted with a date in that year.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="210"/>
        <source>Tahun buku {year} ditutup; SHU {shu}.</source>
        <translation>Financial year {year} closed; surplus {shu}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="218"/>
        <source>Buka kembali tahun buku</source>
        <translation>Reopen financial year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="219"/>
        <source>Alasan membuka kembali tahun {year} (wajib):</source>
        <translation>Reason for reopening {year} (required):</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/closing_tab.py" line="229"/>
        <source>Tahun buku {year} dibuka kembali.</source>
        <translation>Financial year {year} reopened.</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="45"/>
        <source>Ke simpanan sukarela anggota</source>
        <translation>To the members&apos; voluntary savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="46"/>
        <source>Tunai dari kas</source>
        <translation>Cash from the till</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="50"/>
        <source>Cara pembayaran</source>
        <translation>Payment method</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="146"/>
        <source>{title}
Akun {codes} · {start} – {end} · {n} baris jurnal</source>
        <translation>{title}
Account {codes} · {start} – {end} · {n} journal lines</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="148"/>
        <source>awal</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="152"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="153"/>
        <source>No. jurnal</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="154"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="155"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="156"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="157"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="167"/>
        <source>Jumlah debit {d} · kredit {c} · klik dua kali untuk melihat jurnalnya</source>
        <translation>Total debit {d} · credit {c} · double-click to see the entry</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="171"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="66"/>
        <source>Jurnal {number}</source>
        <translation>Entry {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="68"/>
        <source>{number} · {date}
{description}</source>
        <translation>{number} · {date}
{description}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="72"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="73"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="74"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="75"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="76"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="84"/>
        <source>Jurnal ini membalik jurnal #{id}.</source>
        <translation>This entry reverses entry #{id}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="86"/>
        <source>Jurnal ini sudah dibalik (jurnal #{id}).</source>
        <translation>This entry has been reversed (entry #{id}).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="88"/>
        <source>Sumber: {source} {id}</source>
        <translation>Source: {source} {id}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="91"/>
        <source>Bukti: {note}</source>
        <translation>Evidence: {note}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="98"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="108"/>
        <source>Jurnal manual</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="108"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="109"/>
        <source>Angsuran</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="109"/>
        <source>Pencairan kredit</source>
        <translation>Credit disbursement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="110"/>
        <source>Pembelian paket usaha</source>
        <translation>Business package purchase</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="110"/>
        <source>Aliran dana lender</source>
        <translation>Lender flow-back</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="111"/>
        <source>Penyesuaian dana lender</source>
        <translation>Lender fund adjustment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="111"/>
        <source>Modal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="112"/>
        <source>Hibah</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="112"/>
        <source>Anggota keluar</source>
        <translation>Member leaving</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="113"/>
        <source>Penyisihan piutang</source>
        <translation>Loan-loss provision</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="113"/>
        <source>Penetapan SHU</source>
        <translation>Surplus allocation</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="114"/>
        <source>Pembayaran SHU</source>
        <translation>Surplus payment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="114"/>
        <source>Hapus buku kredit</source>
        <translation>Credit write-off</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="115"/>
        <source>Tutup buku</source>
        <translation>Year-end close</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="200"/>
        <source>Cari nomor jurnal atau keterangan…</source>
        <translation>Search entry number or description…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="204"/>
        <source>Semua jurnal</source>
        <translation>All entries</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="205"/>
        <source>Jurnal manual</source>
        <translation>Manual entries</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="206"/>
        <source>Jurnal manual baru…</source>
        <translation>New manual entry…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="208"/>
        <source>Balik jurnal…</source>
        <translation>Reverse entry…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="215"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="216"/>
        <source>No. jurnal</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="217"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="218"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="219"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="220"/>
        <source>Catatan bukti</source>
        <translation>Evidence note</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="254"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="254"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="254"/>
        <source>Angsuran</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="255"/>
        <source>Pencairan</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="255"/>
        <source>Pembelian paket</source>
        <translation>Package purchase</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="256"/>
        <source>Lender</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="257"/>
        <source>Modal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="257"/>
        <source>Hibah</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="257"/>
        <source>Anggota keluar</source>
        <translation>Member leaving</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="258"/>
        <source>Penyisihan</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="258"/>
        <source>SHU</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="258"/>
        <source>Bayar SHU</source>
        <translation>Surplus payment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="259"/>
        <source>Hapus buku</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="259"/>
        <source>Tutup buku</source>
        <translation>Year-end close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="265"/>
        <source>pembalik</source>
        <translation>reversal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="267"/>
        <source>sudah dibalik</source>
        <translation>reversed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="285"/>
        <source>{n} jurnal · jumlah {total}</source>
        <translation>{n} entries · total {total}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="291"/>
        <source>Jurnal {number} dibukukan.</source>
        <translation>Entry {number} posted.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="298"/>
        <source>Pilih dulu jurnal yang akan dibalik.</source>
        <translation>First select the entry to reverse.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="301"/>
        <source>Balik jurnal</source>
        <translation>Reverse entry</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="302"/>
        <source>Alasan pembalikan (wajib):</source>
        <translation>Reason for the reversal (required):</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="313"/>
        <source>Jurnal dibalik dengan {number}.</source>
        <translation>Entry reversed by {number}.</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="52"/>
        <source>Jurnal manual</source>
        <translation>Manual entries</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="58"/>
        <source>mis. Pembelian alat tulis kantor bulan Maret</source>
        <translation>e.g. Office stationery bought in March</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="61"/>
        <source>mis. nota toko No. 118, disimpan di map bukti 2024</source>
        <translation>e.g. shop receipt no. 118, kept in the 2024 evidence folder</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="63"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="64"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="65"/>
        <source>Catatan bukti</source>
        <translation>Evidence note</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="70"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="70"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="70"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="71"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="97"/>
        <source>Bukukan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="101"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="108"/>
        <source>Isi debit atau kredit pada setiap baris; jumlah debit harus sama dengan jumlah kredit. Jurnal yang sudah dibukukan tidak dapat diubah — kesalahan dibalik dengan jurnal pembalik.</source>
        <translation>Fill in a debit or a credit on each line; total debits must equal total credits. A posted entry cannot be changed — a mistake is undone with a reversing entry.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="142"/>
        <source>Baris {row}: {message}</source>
        <translation>Line {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="148"/>
        <source>Baris {row}: pilih akunnya.</source>
        <translation>Line {row}: choose the account.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="161"/>
        <source>Debit {d} · Kredit {c}</source>
        <translation>Debit {d} · Credit {c}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/journal_tab.py" line="163"/>
        <source>selisih {x}</source>
        <translation>difference {x}</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/common.py" line="65"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/common.py" line="67"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/common.py" line="150"/>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/common.py" line="151"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/common.py" line="161"/>
        <source>Disimpan ke {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/common.py" line="162"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/common.py" line="166"/>
        <source>Menyusun buku kerja Excel…</source>
        <translation>Building the Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="27"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="29"/>
        <source>Alt+1 laporan keuangan · Alt+2 jurnal · Alt+3 penyisihan &amp; tutup buku · Alt+4 SHU · Alt+5 laporan RAT</source>
        <translation>Alt+1 statements · Alt+2 journal · Alt+3 provision &amp; close · Alt+4 surplus · Alt+5 annual report</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="38"/>
        <source>Laporan keuangan</source>
        <translation>Financial statements</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="39"/>
        <source>Jurnal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="40"/>
        <source>Penyisihan &amp;&amp; tutup buku</source>
        <translation>Provision &amp;&amp; year-end close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="41"/>
        <source>SHU</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="42"/>
        <source>Laporan tahunan (RAT)</source>
        <translation>Annual report (RAT)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="45"/>
        <source>Kesehatan KSP</source>
        <translation>Cooperative health</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="49"/>
        <source>Arus kas &amp;&amp; CALK</source>
        <translation>Cash flow &amp;&amp; notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="49"/>
        <source>Anggaran (RAPB)</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="49"/>
        <source>Data ODS</source>
        <translation>ODS data</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="49"/>
        <source>Pengingat</source>
        <translation>Reminders</translation>
    </message>
</context>
<context>
    <name>ShuTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="73"/>
        <source>Bagian jasa modal dari SHU untuk anggota (sisanya jasa usaha), sesuai keputusan RAT</source>
        <translation>Share of the members&apos; surplus paid on capital (the rest on transactions), as the annual meeting decides</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="75"/>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="77"/>
        <source>Simpan draf</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="80"/>
        <source>Setujui di RAT…</source>
        <translation>Approve at the meeting…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="83"/>
        <source>Bayarkan…</source>
        <translation>Pay out…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="86"/>
        <source>Daftar SHU (PDF)</source>
        <translation>Surplus list (PDF)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="88"/>
        <source>Daftar SHU (Excel)</source>
        <translation>Surplus list (Excel)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="96"/>
        <source>Cadangan</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="96"/>
        <source>Jasa anggota</source>
        <translation>Members&apos; part</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="97"/>
        <source>Dana pengurus</source>
        <translation>Board fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="97"/>
        <source>Dana karyawan</source>
        <translation>Staff fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="98"/>
        <source>Dana pendidikan</source>
        <translation>Education fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="98"/>
        <source>Dana sosial</source>
        <translation>Social fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="101"/>
        <source>Pembagian</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="102"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="103"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="110"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="111"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="112"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="113"/>
        <source>Jasa dibayar</source>
        <translation>Service paid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="114"/>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="129"/>
        <source>Jasa modal</source>
        <translation>On capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="115"/>
        <source>Jasa usaha</source>
        <translation>On transactions</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="116"/>
        <source>SHU anggota</source>
        <translation>Member&apos;s surplus</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="127"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="180"/>
        <source>Tahun {year} tidak menghasilkan SHU; tidak ada yang dibagi.</source>
        <translation>The year {year} produced no surplus; there is nothing to share.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="182"/>
        <source>Tidak ada anggota dengan simpanan atau jasa pinjaman; SHU anggota tidak dapat dibagi.</source>
        <translation>No member has savings or paid loan service; the members&apos; surplus cannot be shared.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="198"/>
        <source>draf (belum disetujui RAT)</source>
        <translation>draft (not yet approved by the meeting)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="199"/>
        <source>disetujui RAT</source>
        <translation>approved by the meeting</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="199"/>
        <source>sudah dibayarkan</source>
        <translation>paid out</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="200"/>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="201"/>
        <source>perhitungan (belum disimpan)</source>
        <translation>calculation (not saved)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="204"/>
        <source>RAT {date}</source>
        <translation>meeting {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="206"/>
        <source>dibayar {date} ({method})</source>
        <translation>paid {date} ({method})</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="208"/>
        <source>SHU tahun {year}: {surplus} · status: {state}{when}</source>
        <translation>Surplus {year}: {surplus} · status: {state}{when}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="211"/>
        <source>{n} anggota · jasa modal {jm} · jasa usaha {ju} · jumlah {t}</source>
        <translation>{n} members · on capital {jm} · on transactions {ju} · total {t}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="234"/>
        <source>Draf SHU {year} disimpan.</source>
        <translation>Surplus draft {year} saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="239"/>
        <source>Setujui SHU di RAT</source>
        <translation>Approve the surplus at the meeting</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="239"/>
        <source>Tanggal RAT</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="245"/>
        <source>SHU {year} disetujui RAT dan dibukukan.</source>
        <translation>Surplus {year} approved by the meeting and posted.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="250"/>
        <source>Bayarkan SHU</source>
        <translation>Pay out the surplus</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="250"/>
        <source>Tanggal pembayaran</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="256"/>
        <source>SHU {year} dibayarkan.</source>
        <translation>Surplus {year} paid out.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/shu_tab.py" line="261"/>
        <source>Daftar SHU anggota {year}</source>
        <translation>Members&apos; surplus list {year}</translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="194"/>
        <source>Neraca (posisi keuangan)</source>
        <translation>Balance sheet (financial position)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="195"/>
        <source>Perhitungan hasil usaha</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="196"/>
        <source>Perubahan ekuitas</source>
        <translation>Changes in equity</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="197"/>
        <source>Neraca saldo</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="198"/>
        <source>Buku kas harian</source>
        <translation>Daily cash book</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="199"/>
        <source>Buku besar per akun</source>
        <translation>General ledger by account</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="211"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="343"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="355"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="370"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="388"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="212"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="215"/>
        <source>Pratinjau / cetak PDF</source>
        <translation>Preview / print PDF</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="217"/>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="338"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="384"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="343"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="355"/>
        <source>Pos</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="346"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="390"/>
        <source>seimbang</source>
        <translation>balanced</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="346"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="390"/>
        <source>TIDAK SEIMBANG</source>
        <translation>NOT BALANCED</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="347"/>
        <source>Jumlah aset {a} · jumlah liabilitas dan ekuitas {b} · {state}</source>
        <translation>Total assets {a} · total liabilities and equity {b} · {state}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="349"/>
        <source>Laporan posisi keuangan per {date}</source>
        <translation>Statement of financial position as of {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="354"/>
        <source>SISA HASIL USAHA (SHU)</source>
        <translation>SURPLUS (SHU)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="357"/>
        <source>Pendapatan {i} · beban {e} · SHU {s}</source>
        <translation>Income {i} · expenses {e} · surplus {s}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="360"/>
        <source>Perhitungan hasil usaha {start} – {end}</source>
        <translation>Income statement {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="368"/>
        <source>Jumlah ekuitas</source>
        <translation>Total equity</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="370"/>
        <source>Ekuitas</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="371"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="400"/>
        <source>Saldo awal</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="372"/>
        <source>Penambahan</source>
        <translation>Increase</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="373"/>
        <source>Pengurangan</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="374"/>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="404"/>
        <source>Saldo akhir</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="375"/>
        <source>Laporan perubahan ekuitas {start} – {end}</source>
        <translation>Statement of changes in equity {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="386"/>
        <source>Saldo awal D</source>
        <translation>Opening Dr</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="386"/>
        <source>Saldo awal K</source>
        <translation>Opening Cr</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="386"/>
        <source>Mutasi debit</source>
        <translation>Debits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="387"/>
        <source>Mutasi kredit</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="387"/>
        <source>Saldo akhir D</source>
        <translation>Closing Dr</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="387"/>
        <source>Saldo akhir K</source>
        <translation>Closing Cr</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="388"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="391"/>
        <source>Neraca saldo {start} – {end}</source>
        <translation>Trial balance {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="393"/>
        <source>Neraca saldo {state}.</source>
        <translation>Trial balance {state}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="406"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="407"/>
        <source>No. jurnal</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="408"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="409"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="410"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="411"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="412"/>
        <source>Buku besar</source>
        <translation>General ledger</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="413"/>
        <source>{name} {code} {account} · {start} – {end}</source>
        <translation>{name} {code} {account} · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="416"/>
        <source>{n} transaksi · klik dua kali sebuah baris untuk melihat jurnalnya</source>
        <translation>{n} transactions · double-click a line to see its entry</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/statements_tab.py" line="437"/>
        <source>Jumlah {section}</source>
        <translation>Total {section}</translation>
    </message>
</context>
</TS>
