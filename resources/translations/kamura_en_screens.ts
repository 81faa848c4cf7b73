<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Abbreviations</name>
    <message>
        <source>Portfolio at Risk: pokok terutang kredit yang terlambat lebih dari sekian hari dibagi seluruh pokok terutang</source>
        <translation>Portfolio at Risk: principal outstanding of credits more than so many days late divided by all principal outstanding</translation>
    </message>
    <message>
        <source>Loan at Risk: kelompok dengan tunggakan 3 angsuran atau lebih dibagi kelompok aktif</source>
        <translation>Loan at Risk: groups with 3 or more instalments in arrears divided by active groups</translation>
    </message>
    <message>
        <source>Repayment Rate: tingkat pengembalian</source>
        <translation>Repayment Rate</translation>
    </message>
    <message>
        <source>Penyisihan Penghapusan Kredit Aktif: cadangan kerugian piutang menurut kolektibilitas</source>
        <translation>Provision for loan losses by kolektibilitas (PPKA)</translation>
    </message>
    <message>
        <source>Tim Kerja Masyarakat: tim kerja program di kampung</source>
        <translation>Tim Kerja Masyarakat: the programme's community work team</translation>
    </message>
    <message>
        <source>Kelompok Swadaya Masyarakat: kelompok peminjam dana bergulir</source>
        <translation>Kelompok Swadaya Masyarakat: a self-help group borrowing from the revolving fund</translation>
    </message>
    <message>
        <source>Unit Pengelola Keuangan: pengelola dana bergulir</source>
        <translation>Unit Pengelola Keuangan: the revolving fund's management unit</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Pilih dulu pengajuan yang belum dicairkan (diajukan atau disetujui).</source>
        <translation>Select an application not yet disbursed (submitted or approved) first.</translation>
    </message>
    <message>
        <source>Pilih dulu pengajuan yang tidak ditolak atau dibatalkan.</source>
        <translation>Select an application that was not rejected or cancelled first.</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Simpan dulu RAPB tahun ini.</source>
        <translation>Save this year's budget (RAPB) first.</translation>
    </message>
</context>
<context>
    <name>CashFlowTab</name>
    <message>
        <source>Sedang menghitung…</source>
        <translation>Computing…</translation>
    </message>
</context>
<context>
    <name>CollectionSheetTab</name>
    <message>
        <source>Pilih dulu kelompok dan tanggal lembar yang belum dibukukan.</source>
        <translation>Choose a group and the date of a sheet not yet posted first.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Klik kanan judul kolom: pilih kolom yang ditampilkan</source>
        <translation>Right-click a column heading: choose the columns shown</translation>
    </message>
</context>
<context>
    <name>CreditLabels</name>
    <message>
        <source>Kelompok peminjam</source>
        <translation>Borrower group</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <source>Cari dulu kredit yang masih berjalan.</source>
        <translation>Look up a running credit first.</translation>
    </message>
</context>
<context>
    <name>CreditsTab</name>
    <message>
        <source>Pilih dulu kredit di daftar.</source>
        <translation>Select a credit in the list first.</translation>
    </message>
</context>
<context>
    <name>DisbursementTab</name>
    <message>
        <source>Hanya untuk pengajuan yang sudah disetujui dan belum terdanai penuh.</source>
        <translation>Only for an approved application not yet fully funded.</translation>
    </message>
    <message>
        <source>Hanya untuk pengajuan yang sudah dicairkan.</source>
        <translation>Only for a disbursed application.</translation>
    </message>
    <message>
        <source>Hanya untuk pengajuan yang sudah disetujui.</source>
        <translation>Only for an approved application.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Pilih dulu kelompok yang masih aktif.</source>
        <translation>Select an active group first.</translation>
    </message>
    <message>
        <source>Pilih dulu anggota kelompok di daftar.</source>
        <translation>Select a group member in the list first.</translation>
    </message>
    <message>
        <source>Pilih dulu anggota kelompok yang belum menjadi ketua.</source>
        <translation>Select a group member who is not the leader yet first.</translation>
    </message>
    <message>
        <source>Kelompok ini belum beranggota.</source>
        <translation>This group has no members yet.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Panduan Kamura Desktop</source>
        <translation>Kamura Desktop guide</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Simpan seluruh panduan sebagai satu berkas PDF untuk dicetak</source>
        <translation>Save the whole guide as one PDF file for printing</translation>
    </message>
    <message>
        <source>Panduan — {title}</source>
        <translation>Guide — {title}</translation>
    </message>
    <message>
        <source>Simpan panduan sebagai PDF</source>
        <translation>Save the guide as PDF</translation>
    </message>
    <message>
        <source>Panduan disimpan: {path}</source>
        <translation>Guide saved: {path}</translation>
    </message>
    <message>
        <source>Menyusun PDF panduan…</source>
        <translation>Making the guide's PDF…</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <source>Sedang menghitung…</source>
        <translation>Computing…</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Pilih dulu hari libur di daftar.</source>
        <translation>Select a holiday in the list first.</translation>
    </message>
</context>
<context>
    <name>IncomeTab</name>
    <message>
        <source>Pilih dulu survei pendapatan di daftar.</source>
        <translation>Select an income survey in the list first.</translation>
    </message>
    <message>
        <source>Hitung dulu uji-t survei yang dipilih.</source>
        <translation>Compute the t-test of the selected survey first.</translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <source>Pilih dulu instrumen di daftar.</source>
        <translation>Select an instrument in the list first.</translation>
    </message>
    <message>
        <source>Instrumen bawaan tidak diubah: salin dulu, lalu ubah salinannya.</source>
        <translation>A built-in instrument is not changed: copy it, then change the copy.</translation>
    </message>
</context>
<context>
    <name>LenderDetailDialog</name>
    <message>
        <source>Pilih dulu komitmen yang masih dapat ditarik (kredit belum dicairkan).</source>
        <translation>Select a commitment that can still be withdrawn (credit not disbursed) first.</translation>
    </message>
</context>
<context>
    <name>LendersTab</name>
    <message>
        <source>Pilih dulu lender di daftar.</source>
        <translation>Select a lender in the list first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Panduan</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>MarketTab</name>
    <message>
        <source>Pilih dulu kredit yang masih kekurangan dana.</source>
        <translation>Select a credit still short of funds first.</translation>
    </message>
    <message>
        <source>Pilih dulu kredit di daftar.</source>
        <translation>Select a credit in the list first.</translation>
    </message>
</context>
<context>
    <name>MemberDetailDialog</name>
    <message>
        <source>Anggota ini sudah keluar.</source>
        <translation>This member has left.</translation>
    </message>
    <message>
        <source>Pilih dulu transaksi yang belum dibalik di riwayat.</source>
        <translation>Select a transaction not yet reversed in the history first.</translation>
    </message>
    <message>
        <source>Pilih dulu transaksi yang berkwitansi di riwayat.</source>
        <translation>Select a transaction with a receipt in the history first.</translation>
    </message>
    <message>
        <source>Pilih dulu dokumen di daftar.</source>
        <translation>Select a document in the list first.</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Pilih dulu satu baris di daftar.</source>
        <translation>Select a row in the list first.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Pilih dulu anggota di daftar.</source>
        <translation>Select a member in the list first.</translation>
    </message>
</context>
<context>
    <name>MentoringTab</name>
    <message>
        <source>Pilih dulu satu pertemuan di daftar.</source>
        <translation>Select a meeting in the list first.</translation>
    </message>
    <message>
        <source>Pilih dulu satu kunjungan di daftar.</source>
        <translation>Select a visit in the list first.</translation>
    </message>
    <message>
        <source>Pilih dulu tindak lanjut yang belum selesai.</source>
        <translation>Select an open follow-up first.</translation>
    </message>
    <message>
        <source>Pilih dulu tindak lanjut yang sudah selesai.</source>
        <translation>Select a finished follow-up first.</translation>
    </message>
    <message>
        <source>Pilih dulu satu tindak lanjut di daftar.</source>
        <translation>Select a follow-up in the list first.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>melihat NIK dan No. KK lengkap di daftar dan ekspor anggota</source>
        <translation>see whole NIK and family-card numbers in member lists and exports</translation>
    </message>
    <message>
        <source>melihat angsuran</source>
        <translation>see instalments</translation>
    </message>
    <message>
        <source>melihat buku besar</source>
        <translation>see the ledger</translation>
    </message>
    <message>
        <source>melihat catatan audit</source>
        <translation>see the audit log</translation>
    </message>
    <message>
        <source>melihat catatan pendampingan</source>
        <translation>see the mentoring records</translation>
    </message>
    <message>
        <source>melihat daftar pengguna</source>
        <translation>see the users</translation>
    </message>
    <message>
        <source>melihat daftar pengingat angsuran</source>
        <translation>see the instalment reminders</translation>
    </message>
    <message>
        <source>melihat data anggota</source>
        <translation>see member data</translation>
    </message>
    <message>
        <source>melihat data evaluasi</source>
        <translation>see evaluation data</translation>
    </message>
    <message>
        <source>melihat data lender</source>
        <translation>see lender data</translation>
    </message>
    <message>
        <source>melihat kelompok</source>
        <translation>see groups</translation>
    </message>
    <message>
        <source>melihat kredit</source>
        <translation>see credits</translation>
    </message>
    <message>
        <source>melihat laporan keuangan</source>
        <translation>see the financial statements</translation>
    </message>
    <message>
        <source>melihat laporan tahunan</source>
        <translation>see the annual report</translation>
    </message>
    <message>
        <source>melihat penilaian kesehatan koperasi</source>
        <translation>see the health assessment</translation>
    </message>
    <message>
        <source>melihat produk kredit</source>
        <translation>see credit products</translation>
    </message>
    <message>
        <source>melihat simpanan</source>
        <translation>see savings</translation>
    </message>
    <message>
        <source>membalik angsuran</source>
        <translation>reverse instalments</translation>
    </message>
    <message>
        <source>membalik jurnal</source>
        <translation>reverse journal entries</translation>
    </message>
    <message>
        <source>membalik transaksi simpanan</source>
        <translation>reverse savings transactions</translation>
    </message>
    <message>
        <source>membatalkan pengajuan kredit</source>
        <translation>cancel credit applications</translation>
    </message>
    <message>
        <source>membayarkan SHU</source>
        <translation>pay out the SHU</translation>
    </message>
    <message>
        <source>membentuk atau mengubah kelompok</source>
        <translation>form or change groups</translation>
    </message>
    <message>
        <source>membuat cadangan</source>
        <translation>make backups</translation>
    </message>
    <message>
        <source>membuka kembali tahun buku</source>
        <translation>reopen a financial year</translation>
    </message>
    <message>
        <source>membukukan jurnal manual</source>
        <translation>post manual journal entries</translation>
    </message>
    <message>
        <source>membukukan penyisihan kerugian piutang</source>
        <translation>post the loan-loss provision</translation>
    </message>
    <message>
        <source>memproses anggota keluar</source>
        <translation>process a member's leaving</translation>
    </message>
    <message>
        <source>memulihkan database dari cadangan</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <source>mencairkan kredit</source>
        <translation>disburse credit</translation>
    </message>
    <message>
        <source>mencatat RAT (nomor, tanggal, tempat) dan naskah buku RAT</source>
        <translation>record the RAT (number, date, place) and the RAT book's texts</translation>
    </message>
    <message>
        <source>mencatat angsuran</source>
        <translation>record instalments</translation>
    </message>
    <message>
        <source>mencatat komitmen dana lender</source>
        <translation>record lenders' commitments</translation>
    </message>
    <message>
        <source>mencatat pelunasan tanggung renteng</source>
        <translation>record joint-liability settlements</translation>
    </message>
    <message>
        <source>mencatat penarikan simpanan</source>
        <translation>record savings withdrawals</translation>
    </message>
    <message>
        <source>mencatat pendampingan</source>
        <translation>record mentoring</translation>
    </message>
    <message>
        <source>mencatat penerimaan modal</source>
        <translation>record capital received</translation>
    </message>
    <message>
        <source>mencatat pengesahan RAPB oleh RAT</source>
        <translation>record the RAT's approval of the budget</translation>
    </message>
    <message>
        <source>mencatat setoran simpanan</source>
        <translation>record savings deposits</translation>
    </message>
    <message>
        <source>mencatat sumber dana kredit</source>
        <translation>record a credit's sources of funds</translation>
    </message>
    <message>
        <source>mendaftarkan atau mengubah data anggota</source>
        <translation>register or change members</translation>
    </message>
    <message>
        <source>mendaftarkan lender</source>
        <translation>register lenders</translation>
    </message>
    <message>
        <source>menetapkan SHU hasil RAT</source>
        <translation>approve the SHU decided by the RAT</translation>
    </message>
    <message>
        <source>mengekspor data anggota</source>
        <translation>export member data</translation>
    </message>
    <message>
        <source>mengekspor laporan tahunan RAT</source>
        <translation>export the RAT annual report</translation>
    </message>
    <message>
        <source>mengelola instrumen evaluasi, catatan laporan evaluasi dan menghapus putaran survei dan survei pendapatan</source>
        <translation>manage evaluation instruments and report notes and delete survey rounds and income surveys</translation>
    </message>
    <message>
        <source>mengelola pengguna</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>menghapusbukukan kredit</source>
        <translation>write off credit</translation>
    </message>
    <message>
        <source>menghitung draf SHU</source>
        <translation>compute the SHU draft</translation>
    </message>
    <message>
        <source>mengimpor data anggota</source>
        <translation>import member data</translation>
    </message>
    <message>
        <source>mengimpor saldo awal simpanan</source>
        <translation>import opening savings balances</translation>
    </message>
    <message>
        <source>mengisi survei evaluasi (putaran, responden, jawaban, pendapatan)</source>
        <translation>enter evaluation surveys (rounds, respondents, answers, incomes)</translation>
    </message>
    <message>
        <source>mengizinkan modal sendiri atau dana bergulir menutup kekurangan dana lender</source>
        <translation>let own capital or the revolving fund cover what lenders did not fund</translation>
    </message>
    <message>
        <source>mengubah besar simpanan wajib</source>
        <translation>change the simpanan wajib amount</translation>
    </message>
    <message>
        <source>mengubah daftar calon investor</source>
        <translation>change the potential investors list</translation>
    </message>
    <message>
        <source>mengubah kalender hari libur</source>
        <translation>change the holiday calendar</translation>
    </message>
    <message>
        <source>mengubah pengaturan</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <source>mengubah produk kredit</source>
        <translation>change credit products</translation>
    </message>
    <message>
        <source>mengubah profil koperasi</source>
        <translation>change the cooperative's profile</translation>
    </message>
    <message>
        <source>menulis catatan atas laporan keuangan (CALK)</source>
        <translation>write the notes to the financial statements (CALK)</translation>
    </message>
    <message>
        <source>menutup tahun buku</source>
        <translation>close the financial year</translation>
    </message>
    <message>
        <source>menyetujui atau menolak pengajuan kredit</source>
        <translation>approve or reject credit applications</translation>
    </message>
    <message>
        <source>menyiapkan pengajuan kredit</source>
        <translation>prepare credit applications</translation>
    </message>
    <message>
        <source>menyimpan penilaian kesehatan koperasi (daftar periksa)</source>
        <translation>save the health assessment (checklist)</translation>
    </message>
    <message>
        <source>menyusun rencana kerja dan anggaran (RK/RAPB)</source>
        <translation>draw up the work plan and budget (RK/RAPB)</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Pilih dulu produk di daftar.</source>
        <translation>Select a product in the list first.</translation>
    </message>
</context>
<context>
    <name>ProspectsTab</name>
    <message>
        <source>Pilih dulu calon investor di daftar.</source>
        <translation>Select a potential investor in the list first.</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Belum ada teks yang diubah.</source>
        <translation>No text has been changed yet.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Pilih dulu survei yang sudah berisi jawaban.</source>
        <translation>Select a survey that has answers first.</translation>
    </message>
</context>
<context>
    <name>RoleBanner</name>
    <message>
        <source>Hanya {who} yang dapat {what}.</source>
        <translation>Only {who} may {what}.</translation>
    </message>
    <message>
        <source>{first} atau {last}</source>
        <translation>{first} or {last}</translation>
    </message>
    <message>
        <source>hanya {who} yang dapat {what}</source>
        <translation>only {who} may {what}</translation>
    </message>
    <message>
        <source>Anda masuk sebagai {role}: {limits}.</source>
        <translation>You are logged in as {role}: {limits}.</translation>
    </message>
</context>
<context>
    <name>ScalesSection</name>
    <message>
        <source>Pilih dulu skala di daftar.</source>
        <translation>Select a scale in the list first.</translation>
    </message>
    <message>
        <source>Skala bawaan tidak diubah: salin dulu, lalu ubah salinannya.</source>
        <translation>A built-in scale is not changed: copy it, then change the copy.</translation>
    </message>
    <message>
        <source>Hanya skala buatan kantor yang belum dipakai survei atau instrumen yang dapat dihapus.</source>
        <translation>Only an office scale no survey or instrument uses can be deleted.</translation>
    </message>
</context>
<context>
    <name>SettlementPanel</name>
    <message>
        <source>Pilih dulu utang tanggung renteng di daftar.</source>
        <translation>Select a joint-liability debt in the list first.</translation>
    </message>
</context>
<context>
    <name>ShuTab</name>
    <message>
        <source>SHU tahun ini sudah ditetapkan; draf tidak dihitung ulang.</source>
        <translation>This year's SHU is approved; the draft is not computed again.</translation>
    </message>
    <message>
        <source>Hitung dulu draf SHU tahun ini.</source>
        <translation>Compute this year's SHU draft first.</translation>
    </message>
    <message>
        <source>SHU dibayarkan setelah ditetapkan di RAT.</source>
        <translation>The SHU is paid out once the RAT approved it.</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>Pilih dulu survei di daftar.</source>
        <translation>Select a survey in the list first.</translation>
    </message>
</context>
</TS>
