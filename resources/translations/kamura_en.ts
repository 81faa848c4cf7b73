<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="31"/>
        <source>Tentang Kamura Desktop</source>
        <translation>About Kamura Desktop</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="41"/>
        <source>&lt;b&gt;Kamura Desktop&lt;/b&gt; versi {version}</source>
        <translation>&lt;b&gt;Kamura Desktop&lt;/b&gt; version {version}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="44"/>
        <source>Program kantor koperasi simpan pinjam desa: anggota, simpanan, kredit kelompok I-P2P, angsuran, lender, buku besar dan laporan.</source>
        <translation>Office program of a village savings-and-loan cooperative: members, savings, I-P2P group credit, repayments, lenders, the ledger and reports.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="55"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="56"/>
        <source>Koperasi</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="57"/>
        <source>Berkas database</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="58"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="59"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="60"/>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="61"/>
        <source>Hak milik Koperasi Awilarangan Mukti Rahayu; tidak untuk disebarluaskan.</source>
        <translation>Proprietary to Koperasi Awilarangan Mukti Rahayu; not for redistribution.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="72"/>
        <source>Salin keterangan</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/about.py" line="75"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ApplicationDetail</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="34"/>
        <source>Syarat kredit</source>
        <translation>Credit terms</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="34"/>
        <source>Disiapkan</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="35"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="35"/>
        <source>Isi paket</source>
        <translation>Package contents</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="36"/>
        <source>Berkas</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="71"/>
        <source>{number} · {code} {group} · {product}</source>
        <translation>{number} · {code} {group} · {product}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="77"/>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="81"/>
        <source>oleh {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="85"/>
        <source>dicairkan {date}</source>
        <translation>disbursed {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="101"/>
        <source>{n} anggota, jumlah {total}</source>
        <translation>{n} members, total {total}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="105"/>
        <source>{n} anggota belum memenuhi syarat saat diajukan.</source>
        <translation>{n} members did not yet meet the requirements when the application was made.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_detail.py" line="107"/>
        <source>semua memenuhi syarat saat diajukan.</source>
        <translation>all met the requirements when the application was made.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="80"/>
        <source>Pengajuan kredit kelompok</source>
        <translation>Group credit application</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="96"/>
        <source>{code} · {name} ({n} orang)</source>
        <translation>{code} · {name} ({n} people)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="114"/>
        <source> % per bulan</source>
        <translation> % per month</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="124"/>
        <source>Berkas yang sudah diperiksa:</source>
        <translation>Documents checked:</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="131"/>
        <source>Kelompok dan produk</source>
        <translation>Group and product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="134"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="135"/>
        <source>Produk kredit</source>
        <translation>Credit product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="136"/>
        <source>Tanggal pengajuan</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="137"/>
        <source>Jumlah angsuran</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="141"/>
        <source>Jasa</source>
        <translation>Service fee</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="154"/>
        <source>Ikut</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="154"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="154"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="154"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="155"/>
        <source>Syarat dan batas</source>
        <translation>Requirements and limits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="176"/>
        <source>Jumlah kelompok:</source>
        <translation>Group total:</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="180"/>
        <source>Anggota yang mengajukan</source>
        <translation>Applying members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="187"/>
        <source>Isi paket usaha (satu barang per baris)</source>
        <translation>Business package contents (one item per line)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="193"/>
        <source>Contoh jadwal angsuran</source>
        <translation>Sample instalment schedule</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="206"/>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="224"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="228"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="233"/>
        <source>Pengajuan menunggu persetujuan bendahara atau ketua (bukan orang yang menyiapkannya).</source>
        <translation>The application waits for approval by the treasurer or the chair (not the person who prepared it).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="254"/>
        <source>Belum ada kelompok aktif yang beranggota. Bentuk kelompok dulu.</source>
        <translation>There is no active group with members yet. Form a group first.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="280"/>
        <source>plafon kelompok {limit}</source>
        <translation>group limit {limit}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="281"/>
        <source>tanpa plafon kelompok</source>
        <translation>no group limit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="284"/>
        <source>pinjaman pertama paling banyak {amount}</source>
        <translation>first loan at most {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="287"/>
        <source>paling banyak {n} kali pinjam</source>
        <translation>at most {n} loans</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="291"/>
        <source>{kind}: {amounts} per anggota, kelompok {size} orang, {limit}{extra}.</source>
        <translation>{kind}: {amounts} per member, groups of {size} people, {limit}{extra}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="301"/>
        <source>boleh {lo}–{hi} kali</source>
        <translation>allowed {lo}–{hi} instalments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="310"/>
        <source>boleh {lo}–{hi}</source>
        <translation>allowed {lo}–{hi}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="313"/>
        <source>tetap {amount} per pinjaman</source>
        <translation>fixed {amount} per loan</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="340"/>
        <source> (ketua)</source>
        <translation> (leader)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="341"/>
        <source>{name}
{number} · RT {rt}</source>
        <translation>{name}
{number} · RT {rt}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="351"/>
        <source>mis. modal pindang</source>
        <translation>e.g. capital for pindang fish trade</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="401"/>
        <source>tidak ikut pengajuan ini</source>
        <translation>not part of this application</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="408"/>
        <source>Jumlah belum diisi dengan benar.</source>
        <translation>The amount is not filled in correctly.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="423"/>
        <source>✔ memenuhi syarat</source>
        <translation>✔ meets the requirements</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="428"/>
        <source>Jumlah kelompok {total} melebihi plafon kelompok {limit}.</source>
        <translation>The group total {total} exceeds the group limit {limit}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="431"/>
        <source>{n} anggota ikut (produk: {size} orang)</source>
        <translation>{n} members taking part (product: {size} people)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="470"/>
        <source>Isi jumlah pinjaman untuk melihat jadwal.</source>
        <translation>Enter a loan amount to see the schedule.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="486"/>
        <source>{n} × {each}; total {total} (pokok {principal} + jasa {service}), jika dicairkan hari ini.</source>
        <translation>{n} × {each}; total {total} (principal {principal} + service fee {service}), if disbursed today.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="515"/>
        <source>Pilih kelompok.</source>
        <translation>Choose a group.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/application_form.py" line="517"/>
        <source>Pilih produk kredit.</source>
        <translation>Choose a credit product.</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="365"/>
        <source>No. pengajuan</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="365"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="365"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="366"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="366"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="366"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="367"/>
        <source>Pendanaan</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="367"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="368"/>
        <source>Disiapkan oleh</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="386"/>
        <source>✔ lengkap</source>
        <translation>✔ complete</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="388"/>
        <source>belum didanai</source>
        <translation>not yet funded</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="389"/>
        <source>kurang {amount}</source>
        <translation>{amount} short</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="43"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="47"/>
        <source>Pengajuan baru…</source>
        <translation>New application…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="52"/>
        <source>Batalkan pengajuan…</source>
        <translation>Cancel application…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="56"/>
        <source>Cetak formulir partisipasi</source>
        <translation>Print participation form</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="80"/>
        <source>Belum ada pengajuan. Klik &quot;Pengajuan baru…&quot; untuk menyiapkan pengajuan kredit sebuah kelompok.</source>
        <translation>No applications yet. Click &quot;New application…&quot; to prepare a group&apos;s credit application.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="114"/>
        <source>Pengajuan {number} untuk {code} {group} ({total}) disiapkan dan menunggu persetujuan bendahara atau ketua.</source>
        <translation>Application {number} for {code} {group} ({total}) has been prepared and is waiting for approval by the treasurer or the chair.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="120"/>
        <source>Ada anggota yang belum memenuhi syarat: pengajuan baru dapat disetujui setelah syaratnya terpenuhi.</source>
        <translation>Some members do not yet meet the requirements: the application can only be approved once they do.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="130"/>
        <source>Batalkan pengajuan {number}</source>
        <translation>Cancel application {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="131"/>
        <source>Pengajuan {number} ({code} {group}) akan dibatalkan dan dana yang sudah disiapkan untuknya dilepas. Catatannya tetap disimpan.</source>
        <translation>Application {number} ({code} {group}) will be cancelled and the funds set aside for it released. Its record is kept.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/applications_tab.py" line="134"/>
        <source>Batalkan pengajuan</source>
        <translation>Cancel application</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="51"/>
        <source>Anda masuk sebagai {role}: pengajuan hanya diputus oleh Bendahara atau Ketua. Daftar ini hanya untuk dilihat.</source>
        <translation>You are logged in as {role}: applications are decided only by the Treasurer or the Chair. This list is view-only.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="64"/>
        <source>Catatan persetujuan (boleh kosong) atau alasan penolakan (wajib)</source>
        <translation>Approval note (optional) or reason for rejection (required)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="66"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="69"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="72"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="74"/>
        <source>Catatan / alasan</source>
        <translation>Note / reason</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="76"/>
        <source>Syarat setiap anggota diperiksa ulang saat disetujui.</source>
        <translation>Each member&apos;s requirements are checked again on approval.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="91"/>
        <source>Tidak ada pengajuan yang menunggu persetujuan.</source>
        <translation>No applications are waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="112"/>
        <source>{n} pengajuan menunggu, jumlah {total}.</source>
        <translation>{n} applications waiting, total {total}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="128"/>
        <source>Pengajuan ini Anda siapkan sendiri, jadi Anda tidak dapat memutusnya. Keputusan harus oleh bendahara atau ketua lain.</source>
        <translation>You prepared this application yourself, so you cannot decide on it. The decision must be made by another treasurer or chair.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="134"/>
        <source>Tidak boleh memutus pengajuan yang Anda siapkan sendiri.</source>
        <translation>You may not decide on an application you prepared yourself.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="142"/>
        <source>Setujui pengajuan</source>
        <translation>Approve application</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="143"/>
        <source>Setujui pengajuan {number} untuk {code} {group}: {n} anggota, jumlah {total}?</source>
        <translation>Approve application {number} for {code} {group}: {n} members, total {total}?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="154"/>
        <source>Pengajuan {number} disetujui. Langkah berikutnya: danai dan cairkan di tab Pencairan.</source>
        <translation>Application {number} approved. Next step: fund and disburse it on the Disbursement tab.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/approval_tab.py" line="173"/>
        <source>Pengajuan {number} ditolak: {reason}</source>
        <translation>Application {number} rejected: {reason}</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="105"/>
        <source>Semua kolektibilitas</source>
        <translation>All loan quality grades</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="107"/>
        <source>Kol {k} ke atas</source>
        <translation>Quality {k} or worse</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="108"/>
        <source>{k} {name} sampai 5 Macet</source>
        <translation>{k} {name} to 5 Loss</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="110"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="114"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="127"/>
        <source>Pokok terutang</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="128"/>
        <source>PAR &gt; {d} hari</source>
        <translation>PAR &gt; {d} days</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="129"/>
        <source>Tingkat pengembalian</source>
        <translation>Repayment rate</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="135"/>
        <source>Seluruh pokok terutang kredit yang punya angsuran terlambat lebih dari 1 hari ÷ seluruh pokok terutang</source>
        <translation>Whole principal outstanding of credits with an instalment more than 1 day late ÷ total principal outstanding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="137"/>
        <source>Cadangan (PPKA)</source>
        <translation>Loan loss provision (PPKA)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="152"/>
        <source>Tingkat pengembalian periode</source>
        <translation>Repayment rate for the period</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="154"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="166"/>
        <source>Klik dua kali sebuah baris untuk membuka kreditnya.</source>
        <translation>Double-click a row to open its credit.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="180"/>
        <source>Pokok terutang per kolektibilitas</source>
        <translation>Principal outstanding by loan quality (kolektibilitas)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="205"/>
        <source>Semua kelompok</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="207"/>
        <source>Semua produk</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="234"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="236"/>
        <source>Menghitung tunggakan dan kolektibilitas…</source>
        <translation>Calculating arrears and loan quality…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="260"/>
        <source>periode terbalik</source>
        <translation>period is reversed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="272"/>
        <source>Menghitung tingkat pengembalian…</source>
        <translation>Calculating the repayment rate…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="280"/>
        <source>{c} dari {d} jatuh tempo</source>
        <translation>{c} of {d} due</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="282"/>
        <source>tidak ada yang jatuh tempo</source>
        <translation>nothing due</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="298"/>
        <source>{n} kredit · pokok terutang {total} · {late} kredit terlambat, pokok {late_total} · jasa terutang {service} (tidak termasuk)</source>
        <translation>{n} credits · principal outstanding {total} · {late} credits late, principal {late_total} · service owed {service} (not included)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="304"/>
        <source>{n} kredit · jasa terutang {service}</source>
        <translation>{n} credits · service owed {service}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="311"/>
        <source>baik</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="311"/>
        <source>cukup</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="311"/>
        <source>kurang</source>
        <translation>poor</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="313"/>
        <source>Ukuran dana bergulir (≥ 3 angsuran tertunggak): LAR {lar} ({lar_b}) · PAR {par} ({par_b}) · RR {rr} ({rr_b})</source>
        <translation>Revolving-fund measures (≥ 3 instalments in arrears): LAR {lar} ({lar_b}) · PAR {par} ({par_b}) · RR {rr} ({rr_b})</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="321"/>
        <source>{n} kredit · {share}</source>
        <translation>{n} credits · {share}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="323"/>
        <source>Tidak ada kredit berjalan pada tanggal ini.</source>
        <translation>No active credits on this date.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="325"/>
        <source>Aturan kolektibilitas: {rule}.</source>
        <translation>Loan quality (kolektibilitas) rule: {rule}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="326"/>
        <source>dasar {base} (tanpa bagian lender)</source>
        <translation>base {base} (lenders&apos; part left out)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="332"/>
        <source>Simpan daftar tunggakan per tanggal ini ke Excel</source>
        <translation>Save the arrears list as of this date to Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="333"/>
        <source>Ekspor Excel datang bersama modul cetak.</source>
        <translation>Excel export comes with the print module.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="344"/>
        <source>Ekspor daftar tunggakan</source>
        <translation>Export arrears list</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="345"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/arrears_tab.py" line="332"/>
        <source>Dasar PAR, LAR/RR, kolektibilitas dan PPKA: pokok terutang (sama dengan piutang di neraca). Jasa terutang {service} ditampilkan tersendiri dan tidak ikut dihitung.</source>
        <translation>PAR, LAR/RR, loan quality and the provision are based on the principal outstanding (the receivable on the balance sheet). The service owed, {service}, is shown on its own and not counted.</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="236"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="236"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="237"/>
        <source>Kampung</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="237"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="238"/>
        <source>Kedekatan</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="238"/>
        <source>Syarat produk</source>
        <translation>Product requirements</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="260"/>
        <source>✔ memenuhi syarat</source>
        <translation>✔ meets the requirements</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="274"/>
        <source>Usaha: {trade}</source>
        <translation>Business: {trade}</translation>
    </message>
</context>
<context>
    <name>CollectionSheetTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="200"/>
        <source>Cetak lembar kosong &amp;&amp; daftar hadir</source>
        <translation>Print blank sheet &amp;&amp; attendance list</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="204"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="207"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="224"/>
        <source>Ketik angka: isi sel · Tab: sel berikutnya · Enter: baris berikutnya · Spasi: hadir/tidak hadir · Del: kosongkan · Ctrl+Enter: bukukan</source>
        <translation>Type a number: fill the cell · Tab: next cell · Enter: next row · Space: present/absent · Del: clear · Ctrl+Enter: post</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="226"/>
        <source>Isi Dibayar = saran (Ctrl+I)</source>
        <translation>Fill Paid = suggested (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="228"/>
        <source>Isi kolom Dibayar dengan saran bayar untuk semua anggota; lalu ubah yang berbeda</source>
        <translation>Fill the Paid column with the suggested payment for every member; then change the ones that differ</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="232"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="239"/>
        <source>Bukukan (Ctrl+Enter)</source>
        <translation>Post (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="283"/>
        <source>{code} — {name} (ketua: {leader}, {n} anggota)</source>
        <translation>{code} — {name} (leader: {leader}, {n} members)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="290"/>
        <source>Belum ada kelompok aktif.</source>
        <translation>No active groups yet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="321"/>
        <source>Isian belum dibukukan</source>
        <translation>Entries not posted</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="322"/>
        <source>Isian lembar penagihan ini belum dibukukan. Buang isian itu dan buka lembar yang lain?</source>
        <translation>The entries on this collection sheet have not been posted. Discard them and open another sheet?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="326"/>
        <source>Buang isian</source>
        <translation>Discard entries</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="327"/>
        <source>Kembali ke isian</source>
        <translation>Back to the entries</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="357"/>
        <source>{n} anggota, {c} dengan kredit berjalan · saran bayar hari ini {total}</source>
        <translation>{n} members, {c} with an active credit · suggested payments today {total}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="362"/>
        <source>Lembar penagihan {group} tanggal {date} sudah dibukukan. Yang tampil adalah sisa tagihan sekarang; angsuran susulan dicatat di tab Angsuran per kredit.</source>
        <translation>The collection sheet for {group} on {date} has already been posted. What is shown is the amount still due now; late instalments are recorded on the Repayments by credit tab.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="384"/>
        <source>Baris {row} ({name}): {message}</source>
        <translation>Row {row} ({name}): {message}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="398"/>
        <source>Setoran {paid} + ditanggung {covered} = {total} · hadir {present}/{n}</source>
        <translation>Paid in {paid} + covered {covered} = {total} · present {present}/{n}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="409"/>
        <source>Hanya petugas atau bendahara yang membukukan lembar penagihan.</source>
        <translation>Only a clerk or the treasurer posts collection sheets.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="416"/>
        <source>Lembar penagihan kosong dan daftar hadir pertemuan ini, untuk diisi tangan di pertemuan kelompok</source>
        <translation>A blank collection sheet and attendance list for this meeting, to fill in by hand at the group&apos;s meeting</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="418"/>
        <source>Cetakan lembar penagihan dan daftar hadir datang bersama modul cetak.</source>
        <translation>Printing the collection sheet and attendance list comes with the print module.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="454"/>
        <source>Lembar penagihan {group} tanggal {date} dibukukan: {n} setoran, jumlah {total}; kwitansi {span}.</source>
        <translation>Collection sheet for {group} on {date} posted: {n} payments, total {total}; receipts {span}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="459"/>
        <source>Lembar penagihan {group} tanggal {date} dibukukan (daftar hadir saja, tanpa setoran).</source>
        <translation>Collection sheet for {group} on {date} posted (attendance only, no payments).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="469"/>
        <source>Bukukan lembar penagihan</source>
        <translation>Post collection sheet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="470"/>
        <source>Bukukan lembar penagihan {group} tanggal {date}?

Setoran {total} dari {n} anggota; {present} hadir. Setelah dibukukan, kesalahan dibetulkan dengan membalik angsurannya.</source>
        <translation>Post the collection sheet for {group} on {date}?

Payments of {total} from {n} members; {present} present. Once posted, mistakes are corrected by reversing the instalment payment.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="477"/>
        <source>Bukukan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="478"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="45"/>
        <source>Komitmen dana — {number}</source>
        <translation>Funding commitment — {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="86"/>
        <source>Isi jumlah dengan seluruh kekurangan kredit ini</source>
        <translation>Fill in the amount with this credit&apos;s whole shortfall</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="96"/>
        <source>Lender</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="97"/>
        <source>Jumlah komitmen (Rp)</source>
        <translation>Commitment amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="103"/>
        <source>Simpan komitmen</source>
        <translation>Save commitment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="107"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="126"/>
        <source>(belum ada lender terdaftar)</source>
        <translation>(no lenders registered yet)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="141"/>
        <source>pengajuan {number}</source>
        <translation>application {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="145"/>
        <source>Pokok {principal} · sudah terdanai {funded} · kekurangan {gap}</source>
        <translation>Principal {principal} · funded so far {funded} · shortfall {gap}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="149"/>
        <source>Isi kekurangan ({amount})</source>
        <translation>Fill the shortfall ({amount})</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="164"/>
        <source>Sukarela {sukarela} · sudah dijanjikan untuk kredit lain {committed}&lt;br&gt;Tersedia untuk komitmen: &lt;b&gt;{available}&lt;/b&gt;</source>
        <translation>Voluntary savings {sukarela} · already pledged to other credits {committed}&lt;br&gt;Available to commit: &lt;b&gt;{available}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="170"/>
        <source>paling banyak {amount} per kelompok</source>
        <translation>at most {amount} per group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="173"/>
        <source>Belum memenuhi syarat lender: {reasons}.</source>
        <translation>Does not yet meet the lender requirements: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/commit_dialog.py" line="186"/>
        <source>Pilih lender.</source>
        <translation>Choose a lender.</translation>
    </message>
</context>
<context>
    <name>CommitmentModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="406"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="406"/>
        <source>No. kredit</source>
        <translation>Credit no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="406"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="407"/>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="407"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="407"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="424"/>
        <source>Ditarik {date}</source>
        <translation>Withdrawn {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="426"/>
        <source>Menunggu pencairan</source>
        <translation>Awaiting disbursement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="428"/>
        <source>Tersalur, kredit berjalan</source>
        <translation>Deployed, credit active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="429"/>
        <source>Tersalur, kredit {status}</source>
        <translation>Deployed, credit {status}</translation>
    </message>
</context>
<context>
    <name>CoverDebtsModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="356"/>
        <source>Yang ditanggung</source>
        <translation>Covered member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="356"/>
        <source>Penanggung</source>
        <translation>Covered by</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="356"/>
        <source>Ditanggung</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="357"/>
        <source>Dikembalikan</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="357"/>
        <source>Sisa utang</source>
        <translation>Debt remaining</translation>
    </message>
</context>
<context>
    <name>CreditChecks</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/checks.py" line="28"/>
        <source>{total} (produk ini tanpa plafon kelompok)</source>
        <translation>{total} (this product has no group limit)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/checks.py" line="29"/>
        <source>{total} dari plafon {limit}</source>
        <translation>{total} of the {limit} limit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/checks.py" line="36"/>
        <source>Melebihi maksimal {max} per anggota.</source>
        <translation>Exceeds the maximum of {max} per member.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/checks.py" line="38"/>
        <source>Kurang dari minimal {min} per anggota.</source>
        <translation>Less than the minimum of {min} per member.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/checks.py" line="57"/>
        <source>{product} untuk kelompok {size} orang; yang ikut {n} orang.</source>
        <translation>{product} is for groups of {size} people; {n} people are taking part.</translation>
    </message>
</context>
<context>
    <name>CreditLabels</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="17"/>
        <source>Diajukan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="17"/>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="23"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="18"/>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="24"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="18"/>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="24"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="19"/>
        <source>Berjalan</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="19"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="20"/>
        <source>Dihapusbukukan</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="23"/>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="25"/>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="28"/>
        <source>Modal sendiri</source>
        <translation>Own capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="28"/>
        <source>Dana bergulir</source>
        <translation>Revolving fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="29"/>
        <source>Lender</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="32"/>
        <source>Peer borrower</source>
        <translation>Peer borrower</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="32"/>
        <source>KSM (dana bergulir)</source>
        <translation>KSM (revolving fund)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="35"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="35"/>
        <source>Bubar</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="38"/>
        <source>Paket usaha (barang)</source>
        <translation>Business package (goods)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="38"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="41"/>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="41"/>
        <source>mingguan</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="42"/>
        <source>bulanan</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="45"/>
        <source>Jasa tetap (rupiah)</source>
        <translation>Fixed service fee (rupiah)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="46"/>
        <source>Jasa flat % per bulan</source>
        <translation>Flat service fee, % per month</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="49"/>
        <source>Angsuran terakhir menyesuaikan</source>
        <translation>Last instalment absorbs the difference</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="50"/>
        <source>Semua angsuran sama, kelebihan jadi jasa</source>
        <translation>All instalments equal, the surplus becomes service fee</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="53"/>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="53"/>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="56"/>
        <source>●●● RT &amp; kampung sama</source>
        <translation>●●● Same RT &amp; hamlet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="56"/>
        <source>●● RT sama</source>
        <translation>●● Same RT</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="57"/>
        <source>● RW sama</source>
        <translation>● Same RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="65"/>
        <source>jasa tetap {amount}</source>
        <translation>fixed service fee {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="66"/>
        <source>jasa flat {rate} per bulan</source>
        <translation>flat service fee {rate} per month</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="71"/>
        <source>{n} angsuran {freq}, {service}</source>
        <translation>{n} {freq} instalments, {service}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="77"/>
        <source>Fotokopi KTP</source>
        <translation>Copy of ID card (KTP)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="77"/>
        <source>Fotokopi KK</source>
        <translation>Copy of family card (KK)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="78"/>
        <source>Pernyataan komitmen ditandatangani</source>
        <translation>Commitment statement signed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="79"/>
        <source>Buku saku diserahkan</source>
        <translation>Pocket book handed over</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="80"/>
        <source>Kunjungan ke tempat usaha</source>
        <translation>Visit to the place of business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="83"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="83"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="83"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="83"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="84"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="84"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/labels.py" line="84"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>CreditPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="30"/>
        <source>Kelompok &amp; Kredit</source>
        <translation>Groups &amp; Credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="32"/>
        <source>Masuk sebagai {name} ({role})</source>
        <translation>Logged in as {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="51"/>
        <source>Kelompok</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="52"/>
        <source>Pengajuan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="53"/>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="90"/>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="54"/>
        <source>Pencairan</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="55"/>
        <source>Kredit</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="57"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="58"/>
        <source>Hari libur</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/page.py" line="90"/>
        <source>Persetujuan ({n})</source>
        <translation>Approval ({n})</translation>
    </message>
</context>
<context>
    <name>CreditPrinting</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/printing.py" line="22"/>
        <source>Cetakan kredit belum tersedia di versi program ini.</source>
        <translation>Credit printouts are not available in this version of the program.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/printing.py" line="31"/>
        <source>Formulir partisipasi kelompok {number}</source>
        <translation>Group participation form {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/printing.py" line="39"/>
        <source>Perjanjian tanggung renteng {code}</source>
        <translation>Joint liability agreement {code}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/printing.py" line="47"/>
        <source>Perjanjian kredit {number}</source>
        <translation>Credit agreement {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/printing.py" line="56"/>
        <source>Tanda terima pencairan {number}</source>
        <translation>Disbursement receipt {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/printing.py" line="64"/>
        <source>Daftar serah terima paket {number}</source>
        <translation>Package handover list {number}</translation>
    </message>
</context>
<context>
    <name>CreditSearchModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="121"/>
        <source>No. kredit</source>
        <translation>Credit no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="121"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="121"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="122"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="138"/>
        <source>{number} · {name} ({member}) · kelompok {group} · {status}</source>
        <translation>{number} · {name} ({member}) · group {group} · {status}</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="111"/>
        <source>Nama atau nomor anggota, atau nomor kredit — atau pindai kode di buku saku</source>
        <translation>Member name or number, or credit number — or scan the code in the pocket book</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="114"/>
        <source>Enter: buka kredit · Ctrl+F atau F2: kembali ke sini · Ctrl+T: catat angsuran</source>
        <translation>Enter: open credit · Ctrl+F or F2: back here · Ctrl+T: record instalment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="170"/>
        <source>Pokok pinjaman</source>
        <translation>Loan principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="170"/>
        <source>Total kewajiban</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="171"/>
        <source>Sudah dibayar</source>
        <translation>Paid so far</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="171"/>
        <source>Sisa kewajiban</source>
        <translation>Remaining due</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="172"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="188"/>
        <source>Catat angsuran (Ctrl+T)</source>
        <translation>Record instalment (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="190"/>
        <source>Catat uang angsuran yang dibawa anggota (Ctrl+T)</source>
        <translation>Record instalment money brought in by the member (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="193"/>
        <source>Balik angsuran…</source>
        <translation>Reverse instalment…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="196"/>
        <source>Cetak buku saku</source>
        <translation>Print pocket book</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="200"/>
        <source>Kredit ini — {layout}</source>
        <translation>This credit — {layout}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="203"/>
        <source>Semua kredit kelompok ini — {layout}</source>
        <translation>All of this group&apos;s credits — {layout}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="221"/>
        <source>&lt;span style=&apos;background:#fbe3e4&apos;&gt;&amp;nbsp;terlambat&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff4cf&apos;&gt;&amp;nbsp;jatuh tempo hari ini&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e9f5ee&apos;&gt;&amp;nbsp;lunas&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fbe3e4&apos;&gt;&amp;nbsp;late&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff4cf&apos;&gt;&amp;nbsp;due today&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e9f5ee&apos;&gt;&amp;nbsp;paid&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="233"/>
        <source>Jadwal angsuran</source>
        <translation>Instalment schedule</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="238"/>
        <source>Riwayat pembayaran</source>
        <translation>Payment history</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="240"/>
        <source>Cari kredit di kotak di atas: ketik nama atau nomor anggota, atau nomor kredit, lalu Enter. Pemindai kode batang/QR pada buku saku langsung membuka kreditnya.

Enter: buka kredit · Ctrl+F atau F2: kembali ke kotak cari · Ctrl+T: catat angsuran</source>
        <translation>Search for a credit in the box above: type a member&apos;s name or number, or a credit number, then press Enter. Scanning the barcode/QR code in the pocket book opens its credit straight away.

Enter: open credit · Ctrl+F or F2: back to the search box · Ctrl+T: record instalment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="276"/>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="278"/>
        <source>Memuat daftar kredit…</source>
        <translation>Loading the credit list…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="297"/>
        <source>Daftar kredit tidak dapat dimuat.</source>
        <translation>The credit list could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="315"/>
        <source>{n} kredit cocok; {shown} yang pertama ditampilkan.</source>
        <translation>{n} credits match; the first {shown} are shown.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="318"/>
        <source>{n} kredit</source>
        <translation>{n} credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="320"/>
        <source>(abu-abu: lunas)</source>
        <translation>(grey: paid off)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="354"/>
        <source>{n} kredit cocok; pilih dengan panah lalu Enter.</source>
        <translation>{n} credits match; choose with the arrow keys, then Enter.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="357"/>
        <source>Tidak ada kredit yang cocok dengan &apos;{text}&apos;.</source>
        <translation>No credit matches &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="409"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;({member})&lt;/span&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;({member})&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="411"/>
        <source>Kredit &lt;b&gt;{number}&lt;/b&gt; · kelompok {group} · {status}</source>
        <translation>Credit &lt;b&gt;{number}&lt;/b&gt; · group {group} · {status}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="421"/>
        <source>Kol. {kol}</source>
        <translation>Quality {kol}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="423"/>
        <source>Kolektibilitas (kualitas pinjaman) per hari ini</source>
        <translation>Loan quality (kolektibilitas) as of today</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="459"/>
        <source>Hanya petugas atau bendahara yang mencatat angsuran.</source>
        <translation>Only a clerk or the treasurer records instalments.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="464"/>
        <source>Pilih angsuran di riwayat pembayaran, lalu balik dengan alasan.</source>
        <translation>Choose an instalment payment in the payment history, then reverse it giving a reason.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="465"/>
        <source>Hanya bendahara yang boleh membalik angsuran.</source>
        <translation>Only the treasurer may reverse instalment payments.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="469"/>
        <source>Cetak buku saku kredit ini (jadwal dengan kolom tanggal bayar dan paraf)</source>
        <translation>Print this credit&apos;s pocket book (the schedule with columns for payment date and initials)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="470"/>
        <source>Cetakan buku saku datang bersama modul cetak.</source>
        <translation>Printing pocket books comes with the print module.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="507"/>
        <source>Buku saku kelompok {group}</source>
        <translation>Pocket books for group {group}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/credit_tab.py" line="511"/>
        <source>Buku saku {number}</source>
        <translation>Pocket book {number}</translation>
    </message>
</context>
<context>
    <name>CreditTableModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="321"/>
        <source>No. kredit</source>
        <translation>Credit no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="321"/>
        <source>Pengajuan</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="321"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="322"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="322"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="322"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="323"/>
        <source>Jasa</source>
        <translation>Service fee</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="323"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="324"/>
        <source>Syarat (saat diajukan)</source>
        <translation>Requirements (at application)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="324"/>
        <source>Terdanai</source>
        <translation>Funded</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="325"/>
        <source>Kurang</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="325"/>
        <source>Siklus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="325"/>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="326"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="336"/>
        <source>✔ memenuhi</source>
        <translation>✔ met</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="340"/>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
</context>
<context>
    <name>CreditsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="69"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="73"/>
        <source>Cari nomor kredit, anggota, kelompok…</source>
        <translation>Search credit number, member, group…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="107"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="107"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="108"/>
        <source>Syarat</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="108"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="109"/>
        <source>Siklus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="113"/>
        <source>Cetak perjanjian kredit</source>
        <translation>Print credit agreement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="131"/>
        <source>Jadwal angsuran (buku saku)</source>
        <translation>Instalment schedule (pocket book)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="171"/>
        <source>{n} kredit, pokok {total}.</source>
        <translation>{n} credits, principal {total}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="202"/>
        <source>{number} · dicairkan {date}</source>
        <translation>{number} · disbursed {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="206"/>
        <source>{product}: {n} angsuran {freq}</source>
        <translation>{product}: {n} {freq} instalments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="208"/>
        <source>pokok {principal} + jasa {service} = {total}</source>
        <translation>principal {principal} + service fee {service} = {total}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/credits_tab.py" line="211"/>
        <source>pinjaman ke-{n} dari produk ini · {status}</source>
        <translation>loan no. {n} from this product · {status}</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="282"/>
        <source>Setoran simpanan</source>
        <translation>Savings deposit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="285"/>
        <source>Simpan setoran</source>
        <translation>Save deposit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="288"/>
        <source>Setoran berikutnya</source>
        <translation>Next deposit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="292"/>
        <source>&amp;Pokok</source>
        <translation>&amp;Principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="293"/>
        <source>&amp;Wajib</source>
        <translation>&amp;Compulsory</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="294"/>
        <source>&amp;Sukarela</source>
        <translation>&amp;Voluntary</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="307"/>
        <source>Jenis simpanan</source>
        <translation>Type of savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="328"/>
        <source>Simpanan pokok yang belum dibayar: {amount}. Setelah lunas, status menjadi Aktif.</source>
        <translation>Principal savings (simpanan pokok) still unpaid: {amount}. Once paid in full, the status becomes Active.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="330"/>
        <source>Simpanan pokok sudah lunas.</source>
        <translation>Principal savings (simpanan pokok) are paid in full.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="335"/>
        <source>Tunggakan wajib {amount} ({months} bulan).</source>
        <translation>Compulsory savings in arrears: {amount} ({months} months).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="342"/>
        <source>Wajib sudah lunas sampai bulan ini; setoran ini dibayar di muka ({amount} per bulan).</source>
        <translation>Compulsory savings are paid up to this month; this deposit is paid in advance ({amount} per month).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="346"/>
        <source>Saldo sukarela {amount}.</source>
        <translation>Voluntary savings balance {amount}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="356"/>
        <source>&lt;b&gt;Setoran tersimpan.&lt;/b&gt; Kwitansi &lt;b style=&apos;font-size:13pt&apos;&gt;{receipt}&lt;/b&gt;&lt;br&gt;{name} ({number}) — {kind} {amount}; saldo {kind_short} sekarang {balance}.</source>
        <translation>&lt;b&gt;Deposit saved.&lt;/b&gt; Receipt &lt;b style=&apos;font-size:13pt&apos;&gt;{receipt}&lt;/b&gt;&lt;br&gt;{name} ({number}) — {kind} {amount}; {kind_short} balance is now {balance}.</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="106"/>
        <source>Pencairan {number}</source>
        <translation>Disbursement {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="110"/>
        <source>{code} {group} · {product}</source>
        <translation>{code} {group} · {product}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="121"/>
        <source>Tanggal pencairan</source>
        <translation>Disbursement date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="138"/>
        <source>{n} paket usaha senilai {total} diserahkan dari persediaan koperasi.</source>
        <translation>{n} business packages worth {total} are handed over from the cooperative&apos;s stock.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="141"/>
        <source>Uang tunai {total} keluar dari kas untuk {n} anggota.</source>
        <translation>Cash of {total} is paid out for {n} members.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="156"/>
        <source>Tambah barang</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="159"/>
        <source>Hapus barang</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="172"/>
        <source>Isi paket yang diserahkan kepada setiap anggota</source>
        <translation>Package contents handed over to each member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="173"/>
        <source>Klik dua kali untuk mengubah. Daftar ini tercetak di daftar serah terima paket.</source>
        <translation>Double-click to change. This list is printed on the package handover list.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="180"/>
        <source>Setelah dicairkan, jadwal angsuran setiap anggota ditetapkan mulai dari tanggal pencairan dan jurnal pencairan dibukukan. Pencairan tidak dapat diubah.</source>
        <translation>Once disbursed, each member&apos;s instalment schedule is fixed starting from the disbursement date and the disbursement journal is posted. A disbursement cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="184"/>
        <source>Cairkan sekarang</source>
        <translation>Disburse now</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="188"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="214"/>
        <source>Barang baru</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>DisbursementTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="47"/>
        <source>Tampilkan juga yang sudah dicairkan</source>
        <translation>Also show those already disbursed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="53"/>
        <source>Anda masuk sebagai {role}: pencairan hanya oleh Bendahara{fund}.</source>
        <translation>You are logged in as {role}: disbursements are made only by the Treasurer{fund}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="55"/>
        <source>; Anda dapat mencatat sumber dana</source>
        <translation>; you can record the source of funds</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="64"/>
        <source>Danai sisa dari modal sendiri</source>
        <translation>Fund the rest from own capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="67"/>
        <source>Danai sisa dari dana bergulir</source>
        <translation>Fund the rest from the revolving fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="70"/>
        <source>Cairkan…</source>
        <translation>Disburse…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="76"/>
        <source>Cetak tanda terima pencairan</source>
        <translation>Print disbursement receipt</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="79"/>
        <source>Cetak daftar serah terima paket</source>
        <translation>Print package handover list</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="88"/>
        <source>Dana lender dicatat di buku Lender.</source>
        <translation>Lender funds are recorded in the Lenders book.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="97"/>
        <source>Pendanaan</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="101"/>
        <source>Tidak ada pengajuan disetujui yang menunggu pencairan.</source>
        <translation>No approved applications are awaiting disbursement.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="105"/>
        <source>Pengajuan disetujui</source>
        <translation>Approved applications</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="140"/>
        <source>Sudah dicairkan. Semua {total} terdanai.</source>
        <translation>Already disbursed. All {total} funded.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="144"/>
        <source>Terdanai penuh: {total}. Siap dicairkan.</source>
        <translation>Fully funded: {total}. Ready to disburse.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="148"/>
        <source>Terdanai {funded} dari {total} — kurang {gap}.</source>
        <translation>Funded {funded} of {total} — {gap} short.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="162"/>
        <source>Danai dulu seluruh kredit.</source>
        <translation>Fund the whole credit first.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="178"/>
        <source>Danai sisa</source>
        <translation>Fund the rest</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="179"/>
        <source>Danai sisa {gap} pengajuan {number} ({code} {group}) dari {source}?</source>
        <translation>Fund the remaining {gap} of application {number} ({code} {group}) from {source}?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="187"/>
        <source>Sisa pengajuan {number} didanai dari {source}.</source>
        <translation>The rest of application {number} is funded from {source}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="204"/>
        <source>Pengajuan {number} dicairkan: {n} kredit berjalan, jumlah {total}. Cetak tanda terima{handover} di bawah.</source>
        <translation>Application {number} disbursed: {n} active credits, total {total}. Print the receipt{handover} below.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/disbursement_tab.py" line="207"/>
        <source> dan daftar serah terima paket</source>
        <translation> and the package handover list</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="92"/>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="113"/>
        <source>Selamat datang di Kamura Desktop</source>
        <extracomment>the profile fields asked for at the start (the rest are in Settings)</extracomment>
        <translation>Welcome to Kamura Desktop</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="118"/>
        <source>Database ini masih kosong. Pilih cara memulai. Data disimpan di komputer ini, di berkas {path}.</source>
        <translation>This database is still empty. Choose how to start. The data is kept on this computer, in the file {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="124"/>
        <source>Koperasi baru</source>
        <translation>New cooperative</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="125"/>
        <source>Isi profil koperasi dan buat akun admin (pengelola program).</source>
        <translation>Fill in the cooperative&apos;s profile and create the admin account (who manages the program).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="130"/>
        <source>Koperasi Mekarmukti dengan anggota, kredit dan angsuran contoh, untuk mencoba dan berlatih.</source>
        <translation>The Mekarmukti cooperative with example members, credits and repayments, to try things out and practise.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="135"/>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="136"/>
        <source>Pakai berkas cadangan dari komputer lama atau flashdisk.</source>
        <translation>Use a backup file from the old computer or a USB stick.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="177"/>
        <source>Nama koperasi</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="178"/>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="179"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="180"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="181"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="182"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="183"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="185"/>
        <source>Profil koperasi</source>
        <translation>Cooperative profile</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="197"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="199"/>
        <source>Akun admin</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="211"/>
        <source>Nama pengguna admin</source>
        <translation>Admin user name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="212"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="213"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="214"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="278"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="279"/>
        <source>Database Kamura (*.sqlite);;Semua berkas (*)</source>
        <translation>Kamura database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="282"/>
        <source>Pulihkan database</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="283"/>
        <source>Buku koperasi akan diisi dari cadangan {path}. Lanjutkan?</source>
        <translation>The cooperative&apos;s books will be filled from the backup {path}. Continue?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="297"/>
        <source>Database dipulihkan dari {path}.</source>
        <translation>Database restored from {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="305"/>
        <source>Memulihkan database…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="129"/>
        <source>Buka koperasi contoh</source>
        <translation>Open the example cooperative</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="151"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="216"/>
        <source>Admin mengelola pengguna, pengaturan dan pemulihan data, bukan uang. Simpan kata sandinya di tempat yang aman.</source>
        <translation>The admin manages users, settings and restoring data, not money. Keep the password in a safe place.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="234"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="237"/>
        <source>Buat koperasi dan mulai</source>
        <translation>Create the cooperative and start</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="255"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FundChart</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/chart.py" line="44"/>
        <source>{n} jt</source>
        <translation>{n} M</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/chart.py" line="46"/>
        <source>{n} rb</source>
        <translation>{n} k</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/chart.py" line="58"/>
        <source>Modal dana bergulir</source>
        <translation>Revolving fund capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/chart.py" line="59"/>
        <source>Pinjaman beredar</source>
        <translation>Loans outstanding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/chart.py" line="105"/>
        <source>{year}: modal {capital} · beredar {outstanding}</source>
        <translation>{year}: capital {capital} · outstanding {outstanding}</translation>
    </message>
</context>
<context>
    <name>FundGrantModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="330"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="330"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="330"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="330"/>
        <source>No. jurnal</source>
        <translation>Journal no.</translation>
    </message>
</context>
<context>
    <name>FundYearModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="289"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="289"/>
        <source>Hibah diterima</source>
        <translation>Grants received</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="289"/>
        <source>Jml. kredit</source>
        <translation>No. of credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="290"/>
        <source>Disalurkan</source>
        <translation>Lent out</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="290"/>
        <source>Pokok kembali</source>
        <translation>Principal returned</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="290"/>
        <source>Pendapatan jasa</source>
        <translation>Service fee income</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="291"/>
        <source>Kerugian</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="291"/>
        <source>Modal akhir tahun</source>
        <translation>Year-end capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="291"/>
        <source>Pinjaman beredar</source>
        <translation>Loans outstanding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="293"/>
        <source>Banyaknya kredit yang dicairkan dari dana bergulir tahun itu</source>
        <translation>Number of credits disbursed from the revolving fund that year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="294"/>
        <source>Hibah + pendapatan jasa − kerugian, sampai akhir tahun</source>
        <translation>Grants + service fee income − losses, up to the end of the year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="295"/>
        <source>Pokok pinjaman dana bergulir yang belum kembali pada akhir tahun</source>
        <translation>Revolving-fund loan principal not yet returned at the end of the year</translation>
    </message>
</context>
<context>
    <name>FundsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="152"/>
        <source>Modal dana bergulir sekarang</source>
        <translation>Revolving fund capital now</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="153"/>
        <source>Pinjaman dana bergulir beredar</source>
        <translation>Revolving-fund loans outstanding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="154"/>
        <source>Hibah diterima seluruhnya</source>
        <translation>Total grants received</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="161"/>
        <source>Terima modal…</source>
        <translation>Receive capital…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="163"/>
        <source>Catat hibah dana bergulir atau modal dari pemangku kepentingan (bendahara)</source>
        <translation>Record a revolving-fund grant or capital from a stakeholder (treasurer)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="166"/>
        <source>Cetak perkembangan dana</source>
        <translation>Print fund development</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="192"/>
        <source>Hibah dana bergulir</source>
        <translation>Revolving-fund grants</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="207"/>
        <source>Modal = hibah + pendapatan jasa − kerugian, dijumlah sampai akhir tahun. Pinjaman beredar = pokok dana bergulir yang belum kembali.</source>
        <translation>Capital = grants + service fee income − losses, summed up to the end of the year. Loans outstanding = revolving-fund principal not yet returned.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="229"/>
        <source>akhir {year}</source>
        <translation>end of {year}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="231"/>
        <source>pokok belum kembali</source>
        <translation>principal not yet returned</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="233"/>
        <source>sejak {year}</source>
        <translation>since {year}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="236"/>
        <source>Belum ada hibah atau pinjaman dana bergulir.</source>
        <translation>No revolving-fund grants or loans yet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="262"/>
        <source>{fund} {amount} dari {giver} diterima pada {date}.</source>
        <translation>{fund} {amount} from {giver} received on {date}.</translation>
    </message>
</context>
<context>
    <name>GroupCreditsModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="53"/>
        <source>No. kredit</source>
        <translation>Credit no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="53"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="53"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="54"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="54"/>
        <source>Sisa</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="54"/>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="69"/>
        <source>(telat {n} hari)</source>
        <translation>({n} days late)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="81"/>
        <source>{number} · {product}</source>
        <translation>{number} · {product}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="53"/>
        <source>Kelompok baru</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="54"/>
        <source>Ubah kelompok {code}</source>
        <translation>Edit group {code}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="59"/>
        <source>misalnya Pindang Jaya 1</source>
        <translation>for example Pindang Jaya 1</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="77"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="79"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="89"/>
        <source>misalnya rumah ketua kelompok</source>
        <translation>for example the group leader&apos;s house</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="90"/>
        <source>sudah, tanggal</source>
        <translation>yes, on</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="93"/>
        <source>Data kelompok</source>
        <translation>Group details</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="96"/>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="97"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="98"/>
        <source>Tanggal dibentuk</source>
        <translation>Date formed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="99"/>
        <source>Kampung</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="100"/>
        <source>Tempat tinggal</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="102"/>
        <source>Hari pertemuan</source>
        <translation>Meeting day</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="103"/>
        <source>Tempat pertemuan</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="104"/>
        <source>Perjanjian ditandatangani</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="109"/>
        <source>Bentuk kelompok</source>
        <translation>Form group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="110"/>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="114"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="143"/>
        <source>Bantu bentuk kelompok menurut kedekatan tempat tinggal</source>
        <translation>Help forming the group by closeness of residence</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="151"/>
        <source>— tanpa memeriksa syarat —</source>
        <translation>— without checking requirements —</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="158"/>
        <source>Periksa syarat untuk produk</source>
        <translation>Check requirements for product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="182"/>
        <source>Anggota dipilih</source>
        <translation>Members chosen</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="183"/>
        <source>Ketua kelompok</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="187"/>
        <source>Isi RW (dan RT, kampung) di kiri. Daftar ini berisi anggota RW itu yang belum masuk kelompok aktif, yang paling dekat di atas. Centang anggota kelompok, lalu pilih ketuanya.</source>
        <translation>Fill in the RW (and RT, hamlet) on the left. This list holds that RW&apos;s members who are not yet in an active group, closest first. Tick the group&apos;s members, then choose its leader.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="202"/>
        <source>Isi RW tempat tinggal kelompok untuk melihat calon anggota.</source>
        <translation>Fill in the group&apos;s RW to see candidate members.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="214"/>
        <source>Tidak ada anggota RW {rw} yang belum berkelompok.</source>
        <translation>There are no members in RW {rw} who are not yet in a group.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="218"/>
        <source>{n} calon anggota, {ok} memenuhi syarat produk. Klik baris untuk mencentang.</source>
        <translation>{n} candidates, {ok} meet the product&apos;s requirements. Click a row to tick it.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="236"/>
        <source>— belum dipilih —</source>
        <translation>— not chosen yet —</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="243"/>
        <source>{n} orang</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/group_dialog.py" line="245"/>
        <source>belum memenuhi syarat: {names}</source>
        <translation>not yet meeting the requirements: {names}</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="164"/>
        <source>Kode</source>
        <extracomment>a column&apos;s kind decides how its raw value is shown and aligned</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="164"/>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="164"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="165"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="165"/>
        <source>Ketua</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="165"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="190"/>
        <source>Kelompok belum punya ketua</source>
        <translation>The group has no leader yet</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="111"/>
        <source>Cari kode, nama kelompok, anggota, RT/RW…</source>
        <translation>Search code, group name, member, RT/RW…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="112"/>
        <source>Tampilkan yang bubar</source>
        <translation>Show dissolved groups</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="114"/>
        <source>Kelompok baru…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="117"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="142"/>
        <source>Anda masuk sebagai {role}: kelompok hanya dapat dilihat.</source>
        <translation>You are logged in as {role}: groups can only be viewed.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="166"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="166"/>
        <source>Tempat tinggal</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="167"/>
        <source>Dibentuk</source>
        <translation>Formed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="167"/>
        <source>Pertemuan</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="168"/>
        <source>Tanggung renteng</source>
        <translation>Joint liability</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="186"/>
        <source>Tambah anggota…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="189"/>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="491"/>
        <source>Keluarkan anggota</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="192"/>
        <source>Jadikan ketua</source>
        <translation>Make leader</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="204"/>
        <source>Tambah pengawas…</source>
        <translation>Add supervisor…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="219"/>
        <source>Cetak perjanjian tanggung renteng</source>
        <translation>Print joint liability agreement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="227"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="234"/>
        <source>Pengawas (lender pendamping)</source>
        <translation>Supervisors (mentoring lenders)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="235"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="241"/>
        <source>Kredit kelompok</source>
        <translation>Group credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="276"/>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="334"/>
        <source>Pilih kelompok di daftar untuk melihat anggota dan kreditnya.</source>
        <translation>Choose a group in the list to see its members and credits.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="302"/>
        <source>{n} kelompok aktif, {m} anggota berkelompok.</source>
        <translation>{n} active groups, {m} members in groups.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="336"/>
        <source>Belum ada kelompok. Klik &quot;Kelompok baru…&quot; untuk membentuk kelompok dari anggota yang tinggal berdekatan.</source>
        <translation>No groups yet. Click &quot;New group…&quot; to form a group from members who live close to each other.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="349"/>
        <source>RT {rt}/RW {rw}</source>
        <translation>RT {rt}/RW {rw}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="353"/>
        <source>belum ditentukan</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="355"/>
        <source>ditandatangani {date}</source>
        <translation>signed {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="356"/>
        <source>belum ditandatangani</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="358"/>
        <source>Anggota ({n} orang)</source>
        <translation>Members ({n} people)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="365"/>
        <source>{n} berjalan, pokok {amount}</source>
        <translation>{n} active, principal {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="368"/>
        <source>belum ada yang berjalan</source>
        <translation>none active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="370"/>
        <source>belum pernah mengajukan</source>
        <translation>never applied</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="374"/>
        <source>Kelompok ini belum punya ketua. Pilih anggota di daftar lalu klik &quot;Jadikan ketua&quot;.</source>
        <translation>This group has no leader yet. Choose a member in the list, then click &quot;Make leader&quot;.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="437"/>
        <source>sudah di kelompok ini</source>
        <translation>already in this group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="446"/>
        <source>Tambah anggota ke {code}</source>
        <translation>Add member to {code}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="447"/>
        <source>Anggota RW {rw} yang belum masuk kelompok, yang terdekat di atas. Ketik untuk mencari di semua anggota aktif.</source>
        <translation>Members in RW {rw} who are not yet in a group, closest first. Type to search all active members.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="449"/>
        <source>Kedekatan</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="449"/>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="470"/>
        <source>tunggakan wajib {amount}</source>
        <translation>compulsory savings in arrears {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="472"/>
        <source>sukarela {amount}</source>
        <translation>voluntary {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="478"/>
        <source>Tambah pengawas {code}</source>
        <translation>Add supervisor to {code}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="479"/>
        <source>Pengawas adalah lender (anggota aktif, KTP/KK ada, simpanan pokok dan wajib lunas) yang mendampingi dan mendukung kelompok.</source>
        <translation>A supervisor is a lender (active member, KTP/KK on file, principal and compulsory savings paid up) who mentors and supports the group.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="481"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="481"/>
        <source>Jadikan pengawas</source>
        <translation>Make supervisor</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/groups_tab.py" line="492"/>
        <source>Keluarkan {name} dari kelompok {code} {group} hari ini?</source>
        <translation>Remove {name} from group {code} {group} today?</translation>
    </message>
</context>
<context>
    <name>HolidayTableModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="481"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="481"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="481"/>
        <source>Hari libur</source>
        <translation>Holiday</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="55"/>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="146"/>
        <source>Hapus hari libur</source>
        <translation>Delete holiday</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="64"/>
        <source>misalnya Idulfitri 1448 H</source>
        <translation>for example Eid al-Fitr 1448 H</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="66"/>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="70"/>
        <source>Tambah hari libur</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="72"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="73"/>
        <source>Nama hari libur</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="80"/>
        <source>Anda masuk sebagai {role}: kalender hanya dapat dilihat.</source>
        <translation>You are logged in as {role}: the calendar can only be viewed.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="84"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="95"/>
        <source>Angsuran yang jatuh pada hari libur (dan hari Minggu, bila produknya begitu) digeser ke hari kerja berikutnya. Jadwal kredit yang sudah dicairkan tidak berubah; perubahan kalender berlaku untuk pencairan berikutnya.</source>
        <translation>Instalments that fall on a holiday (and on Sundays, if the product says so) move to the next working day. Schedules of credits already disbursed do not change; calendar changes apply to later disbursements.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="111"/>
        <source>{n} hari libur pada {year}.</source>
        <translation>{n} holidays in {year}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/holidays_tab.py" line="147"/>
        <source>Hapus {date} ({name}) dari kalender hari libur?</source>
        <translation>Delete {date} ({name}) from the holiday calendar?</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="101"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="40"/>
        <source>Calon anggota</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="40"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="41"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="44"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="44"/>
        <source>Wajib</source>
        <translation>Compulsory</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="45"/>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="48"/>
        <source>Simpanan pokok</source>
        <translation>Principal savings (simpanan pokok)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="48"/>
        <source>Simpanan wajib</source>
        <translation>Compulsory savings (simpanan wajib)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="49"/>
        <source>Simpanan sukarela</source>
        <translation>Voluntary savings (simpanan sukarela)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="52"/>
        <source>Setoran</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="52"/>
        <source>Penarikan</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="53"/>
        <source>Saldo awal</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="53"/>
        <source>Pengembalian (keluar)</source>
        <translation>Refund (on leaving)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="54"/>
        <source>Pembalikan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="54"/>
        <source>SHU</source>
        <translation>Surplus share (SHU)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="55"/>
        <source>Disalurkan ke kredit</source>
        <translation>Deployed to a credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="56"/>
        <source>Pengembalian pokok (lender)</source>
        <translation>Principal returned (lender)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="57"/>
        <source>Bagi hasil jasa (lender)</source>
        <translation>Service fee share (lender)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="60"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="60"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="41"/>
        <source>Keluar dari koperasi — {name}</source>
        <translation>Leaving the cooperative — {name}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="44"/>
        <source>{name} ({number}) keluar dari koperasi. Simpanan pokok, wajib dan sukarela dikembalikan tunai, dikurangi kewajiban yang masih ada.</source>
        <translation>{name} ({number}) leaves the cooperative. Principal, compulsory and voluntary savings are refunded in cash, less any obligations still outstanding.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="65"/>
        <source>mis. pindah domisili, permintaan sendiri</source>
        <translation>e.g. moved away, own request</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="67"/>
        <source>Tanggal keluar</source>
        <translation>Date of leaving</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="68"/>
        <source>Alasan keluar *</source>
        <translation>Reason for leaving *</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="74"/>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="154"/>
        <source>Proses keluar</source>
        <translation>Process leaving</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="78"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="126"/>
        <source>Simpanan pokok</source>
        <translation>Principal savings (simpanan pokok)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="127"/>
        <source>Simpanan wajib</source>
        <translation>Compulsory savings (simpanan wajib)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="128"/>
        <source>Simpanan sukarela</source>
        <translation>Voluntary savings (simpanan sukarela)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="129"/>
        <source>Jumlah simpanan</source>
        <translation>Total savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="135"/>
        <source>Tidak ada kewajiban yang dipotong.</source>
        <translation>No obligations are deducted.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="139"/>
        <source>Dikembalikan tunai</source>
        <translation>Refunded in cash</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="141"/>
        <source>Belum dapat keluar:</source>
        <translation>Cannot leave yet:</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/leave.py" line="155"/>
        <source>{name} keluar dan menerima {amount} tunai. Lanjutkan?</source>
        <translation>{name} leaves and receives {amount} in cash. Continue?</translation>
    </message>
</context>
<context>
    <name>LenderDetailDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="73"/>
        <source>Ubah preferensi</source>
        <translation>Edit preferences</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="76"/>
        <source>Cetak pendaftaran</source>
        <translation>Print registration</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="78"/>
        <source>Formulir pendaftaran lender dan pernyataan komitmen</source>
        <translation>Lender registration form and commitment statement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="80"/>
        <source>Laporan dana lender…</source>
        <translation>Lender fund statement…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="96"/>
        <source>Simpanan sukarela</source>
        <translation>Voluntary savings (simpanan sukarela)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="97"/>
        <source>Dijanjikan</source>
        <translation>Pledged</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="98"/>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="99"/>
        <source>Tersalur</source>
        <translation>Deployed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="100"/>
        <source>Pokok kembali</source>
        <translation>Principal returned</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="101"/>
        <source>Bagi hasil</source>
        <translation>Profit share</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="102"/>
        <source>Kerugian</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="118"/>
        <source>Tarik komitmen…</source>
        <translation>Withdraw commitment…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="120"/>
        <source>Batalkan janji dana untuk kredit yang belum dicairkan; sukarelanya kembali tersedia</source>
        <translation>Cancel a funding pledge for a credit not yet disbursed; the voluntary savings become available again</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="143"/>
        <source>Belum ada dana yang disalurkan. Dana keluar dari sukarela saat kredit yang didanai dicairkan, lalu kembali bersama angsuran.</source>
        <translation>No funds deployed yet. Funds leave voluntary savings when a funded credit is disbursed, and come back with the instalments.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="154"/>
        <source>Komitmen &amp;&amp; penyaluran</source>
        <translation>Commitments &amp;&amp; deployment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="155"/>
        <source>Dana keluar &amp;&amp; kembali</source>
        <translation>Funds out &amp;&amp; back</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="157"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="182"/>
        <source>Lender {number} — {name}</source>
        <translation>Lender {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="186"/>
        <source>kredit belum cair</source>
        <translation>credits not yet disbursed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="187"/>
        <source>bisa dijanjikan</source>
        <translation>can be pledged</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="188"/>
        <source>dipinjam kelompok</source>
        <translation>borrowed by groups</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="189"/>
        <source>masuk ke sukarela</source>
        <translation>back into voluntary savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="190"/>
        <source>bagian jasa</source>
        <translation>service fee share</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="191"/>
        <source>kredit hapus buku</source>
        <translation>written-off credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="193"/>
        <source>Belum memenuhi syarat lender: {reasons}. Komitmen baru ditolak sampai syaratnya dipenuhi.</source>
        <translation>Does not yet meet the lender requirements: {reasons}. New commitments are refused until the requirements are met.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="208"/>
        <source>{n} komitmen menunggu pencairan ({amount}). Komitmen dapat ditarik sebelum kreditnya dicairkan.</source>
        <translation>{n} commitments awaiting disbursement ({amount}). A commitment can be withdrawn before its credit is disbursed.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="210"/>
        <source>Tidak ada komitmen yang menunggu pencairan.</source>
        <translation>No commitments awaiting disbursement.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="212"/>
        <source>Daftar komitmen per kredit belum tersedia di buku lender.</source>
        <translation>The list of commitments per credit is not yet available in the lender book.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="221"/>
        <source>{number} · belum terdaftar sebagai lender</source>
        <translation>{number} · not registered as a lender</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="223"/>
        <source>lender sejak {date}</source>
        <translation>lender since {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="224"/>
        <source>lender terdaftar</source>
        <translation>registered lender</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="226"/>
        <source>usaha pilihan: {trades}</source>
        <translation>preferred businesses: {trades}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="228"/>
        <source>paling banyak {amount} per kelompok</source>
        <translation>at most {amount} per group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="254"/>
        <source>Tarik komitmen</source>
        <translation>Withdraw commitment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="255"/>
        <source>Tarik komitmen {amount} untuk kredit {credit} ({borrower})? Dana itu kembali tersedia di simpanan sukarela.</source>
        <translation>Withdraw the commitment of {amount} to credit {credit} ({borrower})? The funds become available again in voluntary savings.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="266"/>
        <source>Komitmen {amount} untuk {credit} ditarik.</source>
        <translation>Commitment of {amount} to {credit} withdrawn.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/detail.py" line="287"/>
        <source>Laporan dana lender</source>
        <translation>Lender fund statement</translation>
    </message>
</context>
<context>
    <name>LenderHistoryModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="252"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="252"/>
        <source>Gerakan</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="252"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="253"/>
        <source>No. jurnal</source>
        <translation>Journal no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="253"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LenderLabels</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="22"/>
        <source>Dana disalurkan</source>
        <extracomment>the trades of RW 08 a lender may prefer to fund (what the clerk ticks; free text is allowed too) the board&apos;s follow-up stages for a potential investor (stored as these words) stages after which nobody needs to be called any more sukarela movements that belong to the lender pool</extracomment>
        <translation>Funds deployed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="23"/>
        <source>Pengembalian pokok</source>
        <translation>Principal returned</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="24"/>
        <source>Bagi hasil jasa</source>
        <translation>Service fee share</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="25"/>
        <source>Pembalikan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="26"/>
        <source>Setoran</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="27"/>
        <source>Penarikan</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="31"/>
        <source>Dana bergulir (hibah)</source>
        <translation>Revolving fund (grant)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="32"/>
        <source>Modal pemangku kepentingan</source>
        <translation>Stakeholder capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="36"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="36"/>
        <source>Sudah dihubungi</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="37"/>
        <source>Tertarik</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="37"/>
        <source>Negosiasi</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="38"/>
        <source>Bergabung</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="38"/>
        <source>Tidak berminat</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="43"/>
        <source>Diajukan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="43"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="44"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="44"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="45"/>
        <source>Berjalan</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="45"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/labels.py" line="46"/>
        <source>Dihapusbukukan</source>
        <translation>Written off</translation>
    </message>
</context>
<context>
    <name>LenderTableModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="134"/>
        <source>No. anggota</source>
        <extracomment>(funded, principal) of a marketplace row, for the progress bar delegate</extracomment>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="134"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="134"/>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="135"/>
        <source>Komitmen</source>
        <translation>Committed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="135"/>
        <source>Tersalur</source>
        <translation>Deployed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="135"/>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="136"/>
        <source>Kembali</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="136"/>
        <source>Bagi hasil</source>
        <translation>Profit share</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="136"/>
        <source>Kerugian</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="137"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="139"/>
        <source>Saldo simpanan sukarela sekarang</source>
        <translation>Current voluntary savings balance</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="140"/>
        <source>Dijanjikan untuk kredit yang belum dicairkan (tidak dapat ditarik)</source>
        <translation>Pledged to credits not yet disbursed (cannot be withdrawn)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="141"/>
        <source>Dana yang sedang dipinjam kelompok (belum kembali)</source>
        <translation>Funds currently borrowed by groups (not yet returned)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="142"/>
        <source>Sukarela yang masih dapat dijanjikan atau ditarik</source>
        <translation>Voluntary savings that can still be pledged or withdrawn</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="143"/>
        <source>Pokok yang sudah kembali ke sukarela</source>
        <translation>Principal already returned to voluntary savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="144"/>
        <source>Bagian jasa yang sudah diterima</source>
        <translation>Service fee share received so far</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="145"/>
        <source>Bagian kerugian kredit yang dihapusbukukan</source>
        <translation>Share of losses on written-off credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="160"/>
        <source>Belum memenuhi syarat</source>
        <translation>Requirements not met</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="172"/>
        <source>Belum memenuhi syarat lender: {reasons}. Komitmen baru ditolak sampai dipenuhi.</source>
        <translation>Does not yet meet the lender requirements: {reasons}. New commitments are refused until they are met.</translation>
    </message>
</context>
<context>
    <name>LendersPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/page.py" line="27"/>
        <location filename="../../kamura_desktop/ui/lenders/page.py" line="42"/>
        <source>Lender</source>
        <translation>Lenders</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/page.py" line="29"/>
        <source>Alt+1 lender · Alt+2 pasar · Alt+3 sumber dana · Alt+4 calon investor</source>
        <translation>Alt+1 lenders · Alt+2 market · Alt+3 fund sources · Alt+4 prospective investors</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/page.py" line="43"/>
        <source>Pasar</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/page.py" line="44"/>
        <source>Sumber dana</source>
        <translation>Fund sources</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/page.py" line="45"/>
        <source>Calon investor</source>
        <translation>Prospective investors</translation>
    </message>
</context>
<context>
    <name>LendersPrinting</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/printing.py" line="22"/>
        <source>Pendaftaran lender {number}</source>
        <translation>Lender registration {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/printing.py" line="32"/>
        <source>Laporan dana lender {number}</source>
        <translation>Lender fund statement {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/printing.py" line="39"/>
        <source>Perkembangan dana bergulir</source>
        <translation>Revolving fund development</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/printing.py" line="48"/>
        <source>Lembar fakta kelompok {number}</source>
        <translation>Group fact sheet {number}</translation>
    </message>
</context>
<context>
    <name>LendersTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="36"/>
        <source>Daftarkan lender…</source>
        <translation>Register lender…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="38"/>
        <source>Daftarkan anggota yang memenuhi syarat sebagai lender</source>
        <translation>Register an eligible member as a lender</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="40"/>
        <source>Buka data lender</source>
        <translation>Open lender details</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="42"/>
        <source>Atau tekan Enter / klik dua kali pada baris</source>
        <translation>Or press Enter / double-click the row</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="46"/>
        <source>Cari nama atau nomor lender…</source>
        <translation>Search lender name or number…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="75"/>
        <source>Belum ada lender. Daftarkan anggota yang memenuhi syarat: anggota aktif, fotokopi KTP/KK ada, simpanan pokok dan wajib lunas.</source>
        <translation>No lenders yet. Register members who meet the requirements: active member, copies of KTP/KK on file, principal and compulsory savings paid up.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="79"/>
        <source>Tersedia = sukarela − dana yang dijanjikan untuk kredit yang belum cair · Tersalur = dana yang sedang dipinjam kelompok</source>
        <translation>Available = voluntary savings − funds pledged to credits not yet disbursed · Deployed = funds currently borrowed by groups</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="105"/>
        <source>{n} lender · sukarela {sukarela} · dijanjikan {committed} · tersalur {deployed} · tersedia {available} · bagi hasil diterima {earned}</source>
        <translation>{n} lenders · voluntary {sukarela} · pledged {committed} · deployed {deployed} · available {available} · profit share received {earned}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/lenders_tab.py" line="157"/>
        <source>{name} ({number}) terdaftar sebagai lender. Sukarela tersedia {available}.</source>
        <translation>{name} ({number}) is registered as a lender. Voluntary savings available: {available}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="28"/>
        <source>Masuk — Kamura Desktop</source>
        <translation>Log in — Kamura Desktop</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="39"/>
        <source>Silakan masuk dengan akun Anda.</source>
        <translation>Please log in with your account.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="50"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="51"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="64"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="65"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="120"/>
        <source>Menyiapkan buku…</source>
        <translation>Preparing the books…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/app.py" line="73"/>
        <source>Koperasi contoh — {logins}</source>
        <extracomment>where ``--self-check`` also writes its report (the windowed Windows program has no console)</extracomment>
        <translation>Example cooperative — {logins}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="0"/>
        <source>Simpan cadangan terenkripsi</source>
        <translation>Save encrypted backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="0"/>
        <source>Cadangan terenkripsi (*.enc)</source>
        <translation>Encrypted backup (*.enc)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="52"/>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="48"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="49"/>
        <source>Lender</source>
        <translation>Lenders</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="50"/>
        <source>Kelompok &amp; Kredit</source>
        <translation>Groups &amp; Credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="51"/>
        <source>Angsuran</source>
        <translation>Repayments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="53"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="56"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="109"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="110"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="114"/>
        <source>Simpan cadangan ke…</source>
        <translation>Save backup to…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="117"/>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="121"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="126"/>
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="127"/>
        <source>Tentang Kamura Desktop</source>
        <translation>About Kamura Desktop</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="141"/>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="143"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="146"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="147"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="169"/>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="174"/>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="196"/>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="181"/>
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="183"/>
        <source>Database Kamura (*.sqlite)</source>
        <translation>Kamura database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="191"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="191"/>
        <source>Cadangan disimpan di {path}.</source>
        <translation>Backup saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="209"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="211"/>
        <source>Database Kamura (*.sqlite);;Semua berkas (*)</source>
        <translation>Kamura database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="217"/>
        <source>Pulihkan database</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="219"/>
        <source>Seluruh isi database sekarang akan diganti dengan isi cadangan {path}. Database sekarang disimpan dulu sebagai cadangan. Lanjutkan?</source>
        <translation>The whole current database will be replaced by the backup {path}. The current database is kept as a backup first. Continue?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="239"/>
        <source>Database sebelumnya disimpan sebagai {path}.</source>
        <translation>The previous database was kept as {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="247"/>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="248"/>
        <source>Database dipulihkan dari {path}.</source>
        <translation>Database restored from {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="258"/>
        <source>Memulihkan database…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="284"/>
        <source>Cadangan otomatis gagal</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="289"/>
        <source>Membuat cadangan otomatis…</source>
        <translation>Making the automatic backup…</translation>
    </message>
</context>
<context>
    <name>MarketModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="211"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="211"/>
        <source>No. kredit</source>
        <translation>Credit no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="211"/>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="212"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="212"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="212"/>
        <source>Terdanai</source>
        <translation>Funded</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="213"/>
        <source>Kekurangan</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="213"/>
        <source>Pendanaan</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>MarketTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/market_tab.py" line="53"/>
        <source>Kredit yang sudah disetujui dan menunggu dana. Lender memilih kelompok dari lembar faktanya lalu menjanjikan sebagian simpanan sukarelanya; sisanya didanai koperasi saat pencairan.</source>
        <translation>Approved credits waiting for funds. A lender chooses a group from its fact sheet and pledges part of their voluntary savings; the cooperative funds the rest at disbursement.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/market_tab.py" line="59"/>
        <source>Komitmen dana…</source>
        <translation>Funding commitment…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/market_tab.py" line="61"/>
        <source>Catat dana yang dijanjikan lender untuk kredit terpilih (Enter atau klik dua kali pada baris)</source>
        <translation>Record the funds a lender pledges to the selected credit (Enter or double-click the row)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/market_tab.py" line="64"/>
        <source>Lembar fakta kelompok</source>
        <translation>Group fact sheet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/market_tab.py" line="66"/>
        <source>Cetak anggota, usaha, keperluan, jumlah dan riwayat kelompok untuk calon lender</source>
        <translation>Print the group&apos;s members, businesses, purposes, amounts and history for prospective lenders</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/market_tab.py" line="86"/>
        <source>Tidak ada kredit yang menunggu dana. Kredit muncul di sini setelah pengajuannya disetujui.</source>
        <translation>No credits are waiting for funds. A credit appears here once its application is approved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/market_tab.py" line="114"/>
        <source>{n} kredit · {g} kelompok · kekurangan {gap}</source>
        <translation>{n} credits · {g} groups · shortfall {gap}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/market_tab.py" line="158"/>
        <source>Komitmen {lender} untuk {credit} tercatat. Sisa sukarela tersedia {available}.</source>
        <translation>{lender}&apos;s commitment to {credit} recorded. Voluntary savings still available: {available}.</translation>
    </message>
</context>
<context>
    <name>MemberDetailDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="127"/>
        <source>Ubah data</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="130"/>
        <source>Keluar dari koperasi…</source>
        <translation>Leave the cooperative…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="133"/>
        <source>Cetak formulir</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="150"/>
        <source>Data</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="151"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="152"/>
        <source>Kredit</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="387"/>
        <source>Belum tergabung dalam kelompok.</source>
        <translation>Not in a group yet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="153"/>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="336"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="154"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="156"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="186"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="187"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="187"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="188"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="188"/>
        <source>No. KK</source>
        <translation>Family card no. (KK)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="189"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="189"/>
        <source>Tempat, tanggal lahir</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="191"/>
        <source>Alamat dan usaha</source>
        <translation>Address and business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="192"/>
        <source>Kampung</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="192"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="192"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="193"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="193"/>
        <source>Telepon / HP</source>
        <translation>Phone / mobile</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="194"/>
        <source>Jenis usaha</source>
        <translation>Type of business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="196"/>
        <source>Keanggotaan</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="197"/>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="337"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="197"/>
        <source>Tanggal masuk</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="198"/>
        <source>Aktif sejak</source>
        <translation>Active since</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="198"/>
        <source>Tanggal keluar</source>
        <translation>Date of leaving</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="199"/>
        <source>Peran di TKM</source>
        <translation>Role in TKM</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="199"/>
        <source>Berkas</source>
        <translation>Documents on file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="200"/>
        <source>Keluarga miskin</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="200"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="213"/>
        <source>Simpanan pokok</source>
        <translation>Principal savings (simpanan pokok)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="214"/>
        <source>Simpanan wajib</source>
        <translation>Compulsory savings (simpanan wajib)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="215"/>
        <source>Simpanan sukarela</source>
        <translation>Voluntary savings (simpanan sukarela)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="216"/>
        <source>Sukarela dapat ditarik</source>
        <translation>Voluntary savings withdrawable</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="217"/>
        <source>Tunggakan wajib</source>
        <translation>Compulsory savings arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="223"/>
        <source>Setor…</source>
        <translation>Deposit…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="226"/>
        <source>Setoran simpanan (Ctrl+D)</source>
        <translation>Savings deposit (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="228"/>
        <source>Tarik…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="231"/>
        <source>Balik transaksi…</source>
        <translation>Reverse transaction…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="234"/>
        <source>Cetak kwitansi</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="237"/>
        <source>Cetak buku simpanan…</source>
        <translation>Print savings book…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="262"/>
        <source>Riwayat transaksi (terbaru di atas)</source>
        <translation>Transaction history (newest first)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="276"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="276"/>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="277"/>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="285"/>
        <source>Belum ada dokumen yang dipindai untuk anggota ini.</source>
        <translation>No scanned documents for this member yet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="291"/>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="461"/>
        <source>KTP</source>
        <translation>KTP (ID card)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="292"/>
        <source>Kartu Keluarga (KK)</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="293"/>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="461"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="294"/>
        <source>Tambah berkas pindaian…</source>
        <translation>Add scanned file…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="297"/>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="305"/>
        <source>Pindaian atau foto KTP/KK (PNG, JPEG atau PDF, paling besar 5 MB). Menambah KTP atau KK sekaligus mencentang berkasnya di data anggota.</source>
        <translation>A scan or photo of the KTP/KK (PNG, JPEG or PDF, at most 5 MB). Adding a KTP or KK also ticks that document in the member&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="310"/>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="336"/>
        <source>No. kredit</source>
        <translation>Credit no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="336"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="336"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="337"/>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="337"/>
        <source>Hari tunggak</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="337"/>
        <source>Kol.</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="345"/>
        <source>Tanggung renteng</source>
        <translation>Joint liability</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="379"/>
        <source>Berutang {amount} kepada {name} (ditanggung kelompok).</source>
        <translation>Owes {amount} to {name} (covered by the group).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="382"/>
        <source>{name} berutang {amount} kepadanya.</source>
        <translation>{name} owes {amount} to this member.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="384"/>
        <source>Tidak ada utang tanggung renteng.</source>
        <translation>No joint-liability debt.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="389"/>
        <source>ketua kelompok</source>
        <translation>group leader</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="389"/>
        <source>anggota</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="391"/>
        <source>{code} {name} ({role}). Pertemuan: {day} di {place}.
Anggota: {names}</source>
        <translation>{code} {name} ({role}). Meetings: {day} at {place}.
Members: {names}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="403"/>
        <source>Anggota {number} — {name}</source>
        <translation>Member {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="406"/>
        <source>{number} · {status} · masuk {date}</source>
        <translation>{number} · {status} · joined {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="426"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="426"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="428"/>
        <source>KTP: {ktp} · KK: {kk}</source>
        <translation>KTP: {ktp} · KK: {kk}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="429"/>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="430"/>
        <source>ada</source>
        <translation>on file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="429"/>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="430"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="444"/>
        <source>belum lunas: {amount}</source>
        <translation>not fully paid: {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="445"/>
        <source>lunas</source>
        <translation>paid in full</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="448"/>
        <source>{months} bulan wajib</source>
        <translation>{months} months of compulsory savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="450"/>
        <source>dikomitmenkan: {amount}</source>
        <translation>committed: {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="453"/>
        <source>{months} bulan belum dibayar</source>
        <translation>{months} months unpaid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="455"/>
        <source>dibayar di muka {amount}</source>
        <translation>paid in advance {amount}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="457"/>
        <source>tidak ada tunggakan</source>
        <translation>no arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="461"/>
        <source>KK</source>
        <translation>KK (family card)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="490"/>
        <source>Hanya Bendahara yang dapat membalik transaksi.</source>
        <translation>Only the Treasurer can reverse transactions.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="524"/>
        <source>Buku simpanan {name}</source>
        <translation>Savings book of {name}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="542"/>
        <source>Data tersimpan. Perhatian: </source>
        <translation>Details saved. Note: </translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="545"/>
        <source>Data anggota tersimpan.</source>
        <translation>Member details saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="553"/>
        <source>Pilih pindaian KTP/KK</source>
        <translation>Choose a KTP/KK scan</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="554"/>
        <source>Gambar atau PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/detail.py" line="561"/>
        <source>Berkas tidak dapat dibaca: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="61"/>
        <source>Anggota baru</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="62"/>
        <source>Ubah data anggota {number}</source>
        <translation>Edit member {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="74"/>
        <source>seperti tertulis di KTP</source>
        <translation>as written on the KTP</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="75"/>
        <source>16 angka, mis. 3217014103850001</source>
        <translation>16 digits, e.g. 3217014103850001</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="76"/>
        <source>16 angka, boleh kosong</source>
        <translation>16 digits, may be left empty</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="79"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="80"/>
        <source>L — Laki-laki</source>
        <translation>M — Male</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="81"/>
        <source>P — Perempuan</source>
        <translation>F — Female</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="83"/>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="94"/>
        <source>mis. pindang, kasur, wajik, konveksi</source>
        <translation>e.g. pindang fish, mattresses, wajik cakes, garments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="100"/>
        <source>(bukan anggota TKM)</source>
        <translation>(not a TKM member)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="103"/>
        <source>Fotokopi KTP ada</source>
        <translation>Copy of KTP on file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="105"/>
        <source>Fotokopi KK ada</source>
        <translation>Copy of KK on file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="107"/>
        <source>Keluarga miskin (peserta program)</source>
        <translation>Poor household (programme participant)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="111"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="113"/>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="114"/>
        <source>NIK *</source>
        <translation>NIK *</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="115"/>
        <source>No. KK</source>
        <translation>Family card no. (KK)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="116"/>
        <source>Jenis kelamin *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="117"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="118"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="120"/>
        <source>Alamat dan usaha</source>
        <translation>Address and business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="122"/>
        <source>Kampung</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="123"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="124"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="125"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="126"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="127"/>
        <source>Telepon / HP</source>
        <translation>Phone / mobile</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="128"/>
        <source>Jenis usaha</source>
        <translation>Type of business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="130"/>
        <source>Keanggotaan</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="132"/>
        <source>Tanggal masuk *</source>
        <translation>Date joined *</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="133"/>
        <source>Peran di TKM</source>
        <translation>Role in TKM</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="140"/>
        <source>Berkas</source>
        <translation>Documents on file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="142"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="144"/>
        <source>* wajib diisi. Enter: ke isian berikutnya; Enter di Catatan: simpan; Esc: batal.</source>
        <translation>* required. Enter: next field; Enter in Notes: save; Esc: cancel.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="152"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/form.py" line="156"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/widgets.py" line="166"/>
        <source>Ketik nomor, nama, NIK atau RT anggota lalu Enter</source>
        <translation>Type the member&apos;s number, name, NIK or RT, then Enter</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/widgets.py" line="238"/>
        <location filename="../../kamura_desktop/ui/members/widgets.py" line="259"/>
        <source>Tidak ada anggota yang cocok.</source>
        <translation>No matching member.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/widgets.py" line="253"/>
        <source>Banyak anggota cocok; pilih dari daftar atau ketik lebih lengkap.</source>
        <translation>Many members match; choose from the list or type more.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/widgets.py" line="256"/>
        <source>{n} anggota cocok; pilih dari daftar.</source>
        <translation>{n} members match; choose from the list.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/widgets.py" line="289"/>
        <source>{name} · {number} · RT/RW {rtrw} · {status}</source>
        <translation>{name} · {number} · RT/RW {rtrw} · {status}</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/pickers.py" line="78"/>
        <source>Ketik nama, nomor anggota atau RT untuk mencari…</source>
        <translation>Type a name, member number or RT to search…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/pickers.py" line="100"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="86"/>
        <source>No. anggota</source>
        <extracomment>column -&gt; the sort key list_members understands (None: not sortable) fetch(offset) -&gt; the next MemberPage; set by the page, None when all rows are in</extracomment>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="86"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="87"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="87"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="88"/>
        <source>Kampung</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="88"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="89"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="90"/>
        <source>Wajib</source>
        <translation>Compulsory</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="90"/>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="91"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="91"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="92"/>
        <source>Tgl. masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="145"/>
        <source>Tunggakan simpanan wajib: yang belum dibayar sampai bulan ini</source>
        <translation>Compulsory savings arrears: what is unpaid up to this month</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="191"/>
        <source>Menjadi anggota aktif setelah simpanan pokok dibayar</source>
        <translation>Becomes an active member once the principal savings (simpanan pokok) are paid</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="99"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="111"/>
        <source>Anggota baru (Ctrl+N)</source>
        <translation>New member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="114"/>
        <source>Daftarkan anggota baru (Ctrl+N)</source>
        <translation>Register a new member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="116"/>
        <source>Setoran (Ctrl+D)</source>
        <translation>Deposit (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="119"/>
        <source>Catat setoran simpanan (Ctrl+D)</source>
        <translation>Record a savings deposit (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="121"/>
        <source>Penarikan</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="123"/>
        <source>Catat penarikan simpanan sukarela</source>
        <translation>Record a withdrawal of voluntary savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="125"/>
        <source>Buka data anggota</source>
        <translation>Open member details</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="127"/>
        <source>Atau tekan Enter / klik dua kali pada baris</source>
        <translation>Or press Enter / double-click the row</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="129"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="131"/>
        <source>Simpan daftar yang tampil (sesuai pencarian dan saringan) ke berkas Excel</source>
        <translation>Save the list shown (as searched and filtered) to an Excel file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="134"/>
        <source>Formulir kosong</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="136"/>
        <source>Cetak formulir pendaftaran kosong untuk diisi tangan</source>
        <translation>Print a blank registration form to fill in by hand</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="149"/>
        <source>Cari nama, nomor, NIK, RT/RW, kampung atau usaha…</source>
        <translation>Search name, number, NIK, RT/RW, hamlet or business…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="156"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="157"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="158"/>
        <source>Calon anggota</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="159"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="160"/>
        <source>Menunggak wajib</source>
        <translation>Compulsory savings in arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="164"/>
        <source>Lender: semua</source>
        <translation>Lenders: all</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="165"/>
        <source>Lender saja</source>
        <translation>Lenders only</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="166"/>
        <source>Bukan lender</source>
        <translation>Not lenders</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="169"/>
        <source>Peminjam: semua</source>
        <translation>Borrowers: all</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="170"/>
        <source>Peminjam saja</source>
        <translation>Borrowers only</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="171"/>
        <source>Bukan peminjam</source>
        <translation>Not borrowers</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="204"/>
        <source>Enter atau klik dua kali: buka data anggota · Ctrl+F: cari · klik judul kolom: urutkan</source>
        <translation>Enter or double-click: open member details · Ctrl+F: search · click a column heading: sort</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="260"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="263"/>
        <source>Menghitung saldo dan tunggakan anggota…</source>
        <translation>Calculating members&apos; balances and arrears…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="283"/>
        <source>{n} dari {all} anggota</source>
        <translation>{n} of {all} members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="286"/>
        <source>{n} anggota</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="293"/>
        <source>Daftar tidak dapat dimuat: {error}</source>
        <translation>The list could not be loaded: {error}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="397"/>
        <source>{name} terdaftar sebagai {number} (calon anggota sampai simpanan pokok dibayar).</source>
        <translation>{name} registered as {number} (an applicant until the principal savings are paid).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="400"/>
        <source>Perhatian: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="401"/>
        <source>Setor simpanan pokok</source>
        <translation>Deposit principal savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="423"/>
        <source>Ekspor daftar anggota</source>
        <translation>Export member list</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/page.py" line="424"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MembersPrinting</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/printing.py" line="30"/>
        <source>Kwitansi {number}</source>
        <extracomment>paper for receipts: &apos;a6&apos; (a quarter of A4) or &apos;half_a4&apos;</extracomment>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/printing.py" line="41"/>
        <source>Formulir pendaftaran anggota</source>
        <translation>Member registration form</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/printing.py" line="50"/>
        <source>Buku simpanan {number}</source>
        <translation>Savings book {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/printing.py" line="63"/>
        <source>Ekspor Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/printing.py" line="64"/>
        <source>Daftar anggota disimpan di {path}.</source>
        <translation>Member list saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/printing.py" line="68"/>
        <source>Menulis daftar anggota ke Excel…</source>
        <translation>Writing the member list to Excel…</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/widgets.py" line="101"/>
        <source>mis. 25.000</source>
        <translation>e.g. 25.000</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/widgets.py" line="120"/>
        <location filename="../../kamura_desktop/ui/credit/widgets.py" line="127"/>
        <location filename="../../kamura_desktop/ui/repayments/widgets.py" line="104"/>
        <source>Tutup catatan</source>
        <extracomment>kolektibilitas 1..5, from calm to alarming (chart bars and the kol column)</extracomment>
        <translation>Close note</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/passphrase.py" line="0"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/passphrase.py" line="0"/>
        <source>Cadangan ini dienkripsi: tanpa kata sandi ini isinya (termasuk NIK anggota) tidak dapat dibaca siapa pun — juga tidak oleh kantor sendiri bila kata sandinya lupa. Simpan kata sandi di tempat aman, terpisah dari flashdisk.</source>
        <translation>This backup is encrypted: without this passphrase nobody can read it (including the members' NIK) — not even the office itself if the passphrase is forgotten. Keep the passphrase somewhere safe, apart from the flash drive.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/passphrase.py" line="0"/>
        <source>Cadangan {name} terenkripsi. Masukkan kata sandi cadangannya.</source>
        <translation>The backup {name} is encrypted. Enter its backup passphrase.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/passphrase.py" line="0"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/passphrase.py" line="0"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/passphrase.py" line="0"/>
        <source>Masukkan kata sandi cadangan.</source>
        <translation>Enter the backup passphrase.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/passphrase.py" line="0"/>
        <source>Cadangan Kamura (*.sqlite *.enc);;Semua berkas (*)</source>
        <translation>Kamura backups (*.sqlite *.enc);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="243"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="243"/>
        <source>Kwitansi</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="243"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="243"/>
        <source>Dibayar oleh</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="244"/>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="244"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="261"/>
        <source>Ditanggung {name}</source>
        <translation>Covered by {name}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="263"/>
        <source>Pembalikan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="264"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="268"/>
        <source>membalik {receipt}</source>
        <translation>reverses {receipt}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="270"/>
        <source>DIBALIK {date}</source>
        <translation>REVERSED {date}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="288"/>
        <source>Pokok {principal}, jasa {service}</source>
        <translation>Principal {principal}, service fee {service}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="204"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="204"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="204"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="205"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="205"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="205"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="206"/>
        <source>Pengawas sejak</source>
        <translation>Supervisor since</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="206"/>
        <source>Bergabung</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="217"/>
        <source>{name}  ★ ketua</source>
        <translation>{name}  ★ leader</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="491"/>
        <source>Dari tanggal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="492"/>
        <source>Sampai tanggal</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="493"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="496"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PickModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/pickers.py" line="50"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/pickers.py" line="50"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/pickers.py" line="50"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/pickers.py" line="51"/>
        <source>Kampung</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/pickers.py" line="51"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="245"/>
        <source>Menyiapkan cetakan…</source>
        <translation>Preparing the printout…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="73"/>
        <source>Pratinjau cetak — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="104"/>
        <source>Pas lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="110"/>
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="112"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="117"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="120"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="177"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="190"/>
        <source>Printer tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="210"/>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="220"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="211"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/print_preview.py" line="221"/>
        <source>Berkas tidak dapat disimpan: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="87"/>
        <source>Produk {name} (hanya lihat)</source>
        <translation>Product {name} (view only)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="89"/>
        <source>Ubah produk {name}</source>
        <translation>Edit product {name}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="91"/>
        <source>Produk kredit baru</source>
        <translation>New credit product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="106"/>
        <source>Produk dapat dipakai untuk pengajuan baru</source>
        <translation>The product can be used for new applications</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="109"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="111"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="112"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="113"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="114"/>
        <source>Sumber dana bawaan</source>
        <translation>Default source of funds</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="115"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="127"/>
        <source>Jumlah pinjaman</source>
        <translation>Loan amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="129"/>
        <source>Per anggota (Rp)</source>
        <translation>Per member (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="130"/>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="136"/>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="168"/>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="192"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="132"/>
        <source>Pinjaman pertama paling banyak</source>
        <translation>First loan at most</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="134"/>
        <source>Plafon kelompok</source>
        <translation>Group limit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="135"/>
        <source>Anggota kelompok (orang)</source>
        <translation>Group members (people)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="139"/>
        <source>Kosongkan pinjaman pertama atau plafon bila tidak dibatasi.</source>
        <translation>Leave the first loan or the limit empty when there is no limit.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="145"/>
        <source>Isi paket usaha (satu barang per baris)</source>
        <translation>Business package contents (one item per line)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="149"/>
        <source>Dapat diubah lagi saat pengajuan dan saat pencairan.</source>
        <translation>Can be changed again at application and at disbursement.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="156"/>
        <source>Hari Minggu bukan hari angsuran</source>
        <translation>No instalments on Sundays</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="165"/>
        <source>Angsuran</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="167"/>
        <source>Jumlah angsuran</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="171"/>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="172"/>
        <source>Hari Minggu</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="173"/>
        <source>Dibulatkan ke (Rp)</source>
        <translation>Rounded to (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="174"/>
        <source>Cara pembulatan</source>
        <translation>Rounding method</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="188"/>
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="189"/>
        <source>Jasa, denda dan batas pinjam</source>
        <translation>Service fee, late fee and borrowing limit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="191"/>
        <source>Cara jasa</source>
        <translation>Service fee method</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="193"/>
        <source>Jasa per bulan</source>
        <translation>Service fee per month</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="195"/>
        <source>Jasa tetap per pinjaman</source>
        <translation>Fixed service fee per loan</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="196"/>
        <source>Denda keterlambatan</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="197"/>
        <source>Batas pinjam (kali)</source>
        <translation>Borrowing limit (loans)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="204"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="206"/>
        <source>Anggota aktif</source>
        <translation>Active member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="207"/>
        <source>Simpanan pokok lunas</source>
        <translation>Principal savings paid in full</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="208"/>
        <source>Simpanan wajib tidak menunggak</source>
        <translation>No compulsory savings arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="209"/>
        <source>Fotokopi KTP dan KK ada</source>
        <translation>Copies of KTP and KK on file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="210"/>
        <source>Tidak menunggak kredit lain</source>
        <translation>No arrears on other credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="211"/>
        <source>Syarat peminjam</source>
        <translation>Borrower requirements</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="213"/>
        <source>Lama menjadi anggota</source>
        <translation>Length of membership</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="222"/>
        <source>kosong: semua jenis usaha</source>
        <translation>empty: all types of business</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="223"/>
        <source>Jenis usaha memuat</source>
        <translation>Type of business contains</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="224"/>
        <source>Pisahkan dengan koma, misalnya: pindang, kasur</source>
        <translation>Separate with commas, for example: pindang, kasur</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="249"/>
        <source>Anda masuk sebagai {role}: produk hanya dapat dilihat. Perubahan hanya oleh Ketua.</source>
        <translation>You are logged in as {role}: the product can only be viewed. Only the Chair can make changes.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="253"/>
        <source>Perubahan berlaku untuk pengajuan baru. Kredit yang sudah ada tetap memakai syarat saat diajukan.</source>
        <translation>Changes apply to new applications. Existing credits keep the terms they were applied for with.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="256"/>
        <source>Simpan produk</source>
        <translation>Save product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="261"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="261"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="350"/>
        <source>Kode produk wajib diisi.</source>
        <translation>The product code is required.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="435"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="435"/>
        <source>Nama produk</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="435"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="436"/>
        <source>Per anggota</source>
        <translation>Per member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="436"/>
        <source>Plafon kelompok</source>
        <translation>Group limit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="437"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="437"/>
        <source>Angsuran dan jasa</source>
        <translation>Instalments and service fee</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="438"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="452"/>
        <source>tanpa plafon</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="456"/>
        <source>{n} orang</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="465"/>
        <source>jasa flat {rate} per bulan</source>
        <translation>flat service fee {rate} per month</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="467"/>
        <source>{n}× {freq}, {service}</source>
        <translation>{n}× {freq}, {service}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="470"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="470"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="380"/>
        <source>Anda masuk sebagai {role}: produk kredit hanya dapat dilihat. Perubahan hanya oleh Ketua.</source>
        <translation>You are logged in as {role}: credit products can only be viewed. Only the Chair can make changes.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="382"/>
        <source>Produk baru…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="385"/>
        <source>Salin…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="390"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="390"/>
        <source>Lihat…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="408"/>
        <source>Produk kredit</source>
        <translation>Credit product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="443"/>
        <source>anggota minimal {n} bulan</source>
        <translation>member for at least {n} months</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="445"/>
        <source>pokok lunas</source>
        <translation>principal savings paid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="447"/>
        <source>wajib tidak menunggak</source>
        <translation>no compulsory savings arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="449"/>
        <source>KTP/KK ada</source>
        <translation>KTP/KK on file</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="451"/>
        <source>usaha: {trades}</source>
        <translation>business: {trades}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="453"/>
        <source>tidak menunggak kredit lain</source>
        <translation>no arrears on other credits</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="456"/>
        <source>Pinjaman pertama paling banyak {amount}.</source>
        <translation>First loan at most {amount}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="458"/>
        <source>Syarat peminjam: {rules}.</source>
        <translation>Borrower requirements: {rules}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="460"/>
        <source>Isi paket: {items}.</source>
        <translation>Package contents: {items}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/products_tab.py" line="483"/>
        <source>{name} (salinan)</source>
        <translation>{name} (copy)</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="48"/>
        <source>Ubah calon investor</source>
        <translation>Edit prospective investor</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="48"/>
        <source>Calon investor baru</source>
        <translation>New prospective investor</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="53"/>
        <source>nama orang yang dihubungi</source>
        <translation>name of the contact person</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="56"/>
        <source>mis. Pemerintah Desa Mekarmukti</source>
        <translation>e.g. Mekarmukti Village Government</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="59"/>
        <source>telepon, WhatsApp atau alamat</source>
        <translation>phone, WhatsApp or address</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="62"/>
        <source>mis. hibah dana bergulir Rp10.000.000 untuk kelompok pindang</source>
        <translation>e.g. revolving-fund grant of Rp10.000.000 for pindang groups</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="69"/>
        <source>belum dijadwalkan</source>
        <translation>not scheduled yet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="73"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="74"/>
        <source>Lembaga</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="75"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="76"/>
        <source>Minat / rencana</source>
        <translation>Interest / plans</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="78"/>
        <source>Tindak lanjut berikutnya</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="84"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="88"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProspectModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="354"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="354"/>
        <source>Lembaga</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="354"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="354"/>
        <source>Minat</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="355"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="355"/>
        <source>Tindak lanjut berikutnya</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/models.py" line="389"/>
        <source>Sudah waktunya dihubungi lagi</source>
        <translation>Time to get in touch again</translation>
    </message>
</context>
<context>
    <name>ProspectsTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="151"/>
        <source>Pengurus mendata calon investor — pemerintah desa, dinas, donatur, anggota yang bermodal — dan mencatat tindak lanjutnya. Tanggal tindak lanjut yang sudah tiba tampil merah.</source>
        <translation>The board keeps a list of prospective investors — village government, government agencies, donors, members with capital — and records the follow-ups. Follow-up dates that have arrived are shown in red.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="157"/>
        <source>Tambah calon investor…</source>
        <translation>Add prospective investor…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="160"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="162"/>
        <source>Atau tekan Enter / klik dua kali pada baris</source>
        <translation>Or press Enter / double-click the row</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="182"/>
        <source>Belum ada calon investor yang dicatat.</source>
        <translation>No prospective investors recorded yet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="206"/>
        <source>{n} calon investor</source>
        <translation>{n} prospective investors</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="208"/>
        <source>{n} perlu dihubungi</source>
        <translation>{n} to contact</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/prospects_tab.py" line="254"/>
        <source>Calon investor {name} disimpan.</source>
        <translation>Prospective investor {name} saved.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="57"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/dialogs.py" line="62"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ReceiveCapitalDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="54"/>
        <source>Terima modal</source>
        <translation>Receive capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="70"/>
        <source>mis. Pemerintah Desa Mekarmukti, Dinas Koperasi KBB</source>
        <translation>e.g. Mekarmukti Village Government, KBB Cooperatives Office</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="77"/>
        <source>mis. nomor surat keputusan hibah; boleh dikosongkan</source>
        <translation>e.g. the number of the grant decree; may be left empty</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="80"/>
        <source>Sumber modal</source>
        <translation>Source of capital</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="81"/>
        <source>Pemberi</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="82"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="83"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="84"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="85"/>
        <source>Dibukukan sebagai kas masuk: Kas pada modal dana bergulir (hibah) atau modal donasi (pemangku kepentingan).</source>
        <translation>Posted as cash in: Cash against revolving fund capital (grant) or donated capital (stakeholder).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="94"/>
        <source>Catat penerimaan</source>
        <translation>Record receipt of funds</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/funds_tab.py" line="98"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="68"/>
        <source>Catat angsuran — {number}</source>
        <translation>Record instalment — {number}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="71"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({member}) · kredit &lt;b&gt;{number}&lt;/b&gt; · kelompok {group}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({member}) · credit &lt;b&gt;{number}&lt;/b&gt; · group {group}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="77"/>
        <source>Sisa kewajiban {outstanding} dari {total}.</source>
        <translation>Remaining due {outstanding} of {total}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="83"/>
        <source>mis. 4200 atau 4.200</source>
        <translation>e.g. 4200 or 4.200</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="98"/>
        <source>Siapa yang menerima uangnya (petugas, bendahara atau ketua kelompok)</source>
        <translation>Who received the money (clerk, treasurer or group leader)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="102"/>
        <source>boleh dikosongkan</source>
        <translation>may be left empty</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="107"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="108"/>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="109"/>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="110"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="112"/>
        <source>Uang dipakai untuk angsuran tertua lebih dulu (jasa, lalu pokok).</source>
        <translation>The money goes to the oldest instalment first (service fee, then principal).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="127"/>
        <source>Simpan angsuran</source>
        <translation>Save instalment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="131"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="165"/>
        <source>Tertagih s.d. tanggal ini {total}: tunggakan {overdue} + angsuran tanggal ini {today}.</source>
        <translation>Due up to this date {total}: arrears {overdue} + instalment on this date {today}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="170"/>
        <source>Belum ada angsuran yang jatuh tempo; pembayaran ini mengisi angsuran berikutnya (bayar di muka).</source>
        <translation>No instalment is due yet; this payment goes to the next instalment (paid in advance).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="205"/>
        <source>&lt;b&gt;Kredit LUNAS.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Credit PAID OFF.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="206"/>
        <source>Sisa kewajiban {amount}.</source>
        <translation>Remaining due {amount}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="208"/>
        <source>&lt;b&gt;Angsuran tersimpan.&lt;/b&gt; Kwitansi &lt;b style=&apos;font-size:15pt&apos;&gt;{receipt}&lt;/b&gt;&lt;br&gt;{amount} tanggal {date} (pokok {principal}, jasa {service}). {state}</source>
        <translation>&lt;b&gt;Instalment saved.&lt;/b&gt; Receipt &lt;b style=&apos;font-size:15pt&apos;&gt;{receipt}&lt;/b&gt;&lt;br&gt;{amount} on {date} (principal {principal}, service fee {service}). {state}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="216"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RegisterLenderDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="46"/>
        <source>Daftarkan lender</source>
        <translation>Register lender</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="50"/>
        <source>Lender adalah anggota yang meminjamkan sebagian simpanan sukarelanya kepada kelompok peminjam melalui koperasi. Syarat: anggota aktif, fotokopi KTP dan KK ada di berkas, simpanan pokok lunas dan simpanan wajib tidak menunggak.</source>
        <translation>A lender is a member who lends part of their voluntary savings to borrower groups through the cooperative. Requirements: active member, copies of KTP and KK on file, principal savings paid in full and no compulsory savings arrears.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="86"/>
        <source>usaha lain, pisahkan dengan koma</source>
        <translation>other businesses, separated by commas</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="90"/>
        <source>kosongkan bila tidak dibatasi</source>
        <translation>leave empty for no limit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="95"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="96"/>
        <source>Usaha yang ingin didanai</source>
        <translation>Businesses to fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="97"/>
        <source>Batas per kelompok (Rp)</source>
        <translation>Limit per group (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="98"/>
        <source>Tanggal daftar</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="104"/>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="155"/>
        <source>Daftarkan</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="109"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="140"/>
        <source>✘ Belum memenuhi syarat lender:</source>
        <translation>✘ Does not yet meet the lender requirements:</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="144"/>
        <source>✔ Memenuhi syarat lender. Simpanan sukarela {amount}.</source>
        <translation>✔ Meets the lender requirements. Voluntary savings {amount}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="147"/>
        <source>Sudah terdaftar sebagai lender; menyimpan mengganti preferensinya.</source>
        <translation>Already registered as a lender; saving replaces their preferences.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="155"/>
        <source>Simpan preferensi</source>
        <translation>Save preferences</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/lenders/register_dialog.py" line="188"/>
        <source>Pilih anggota yang didaftarkan.</source>
        <translation>Choose the member to register.</translation>
    </message>
</context>
<context>
    <name>RepaymentLabels</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="17"/>
        <source>Lancar</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="17"/>
        <source>Dalam Perhatian Khusus</source>
        <translation>Special mention</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="18"/>
        <source>Kurang Lancar</source>
        <translation>Substandard</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="18"/>
        <source>Diragukan</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="18"/>
        <source>Macet</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="30"/>
        <source>Diajukan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="30"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="31"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="31"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="32"/>
        <source>Berjalan</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="32"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="33"/>
        <source>Dihapusbukukan</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="36"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="36"/>
        <source>Tanggung renteng</source>
        <translation>Joint liability</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="37"/>
        <source>Pembalikan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="40"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/labels.py" line="40"/>
        <source>tidak terlambat</source>
        <translation>not late</translation>
    </message>
</context>
<context>
    <name>RepaymentPrinting</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/printing.py" line="60"/>
        <source>Cetakan ini belum tersedia di versi program ini.</source>
        <extracomment>pocket-book layouts of the print module: code -&gt; what the menu says</extracomment>
        <translation>This printout is not available in this version of the program.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/printing.py" line="65"/>
        <source>Ukuran A6 (4 halaman per kertas A4)</source>
        <translation>A6 size (4 pages per A4 sheet)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/printing.py" line="66"/>
        <source>Ukuran A5 (2 halaman per kertas A4)</source>
        <translation>A5 size (2 pages per A4 sheet)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/printing.py" line="27"/>
        <source>Buku lipat A6 (2 halaman per kertas A5, bolak-balik)</source>
        <translation>A6 folded booklet (2 pages per A5 sheet, both sides)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/printing.py" line="101"/>
        <source>Lembar penagihan {group}</source>
        <translation>Collection sheet {group}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/printing.py" line="119"/>
        <source>Ekspor Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/printing.py" line="120"/>
        <source>Daftar tunggakan disimpan di {path}.</source>
        <translation>Arrears list saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/printing.py" line="123"/>
        <source>Menulis daftar tunggakan ke Excel…</source>
        <translation>Writing the arrears list to Excel…</translation>
    </message>
</context>
<context>
    <name>RepaymentsPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/page.py" line="26"/>
        <source>Angsuran</source>
        <translation>Repayments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/page.py" line="31"/>
        <source>Alt+1 per kredit · Alt+2 lembar penagihan · Alt+3 tunggakan</source>
        <translation>Alt+1 by credit · Alt+2 collection sheet · Alt+3 arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/page.py" line="40"/>
        <source>Angsuran per kredit</source>
        <translation>Repayments by credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/page.py" line="41"/>
        <source>Lembar penagihan</source>
        <translation>Collection sheet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/page.py" line="42"/>
        <source>Tunggakan &amp;&amp; kolektibilitas</source>
        <translation>Arrears &amp;&amp; loan quality</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="415"/>
        <source>Balik transaksi simpanan</source>
        <translation>Reverse savings transaction</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="418"/>
        <source>{type} {kind} {amount} tanggal {date}{receipt}{name}</source>
        <translation>{type} {kind} {amount} on {date}{receipt}{name}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="421"/>
        <source>, kwitansi {n}</source>
        <translation>, receipt {n}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="426"/>
        <source>Transaksi yang sudah dibukukan tidak dihapus. Pembalikan mencatat transaksi baru dengan jumlah berlawanan dan jurnal cerminnya, keduanya menunjuk ke transaksi asal.</source>
        <translation>A posted transaction is never deleted. A reversal records a new transaction for the opposite amount with its mirror journal entry, both pointing to the original transaction.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="432"/>
        <source>mis. salah ketik jumlah, salah anggota</source>
        <translation>e.g. amount mistyped, wrong member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="434"/>
        <source>Transaksi</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="435"/>
        <source>Alasan *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="441"/>
        <source>Balik transaksi</source>
        <translation>Reverse transaction</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="445"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="231"/>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="254"/>
        <source>Balik angsuran</source>
        <translation>Reverse instalment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="234"/>
        <source>Angsuran {amount} tanggal {date}, kwitansi {receipt} — kredit {credit}</source>
        <translation>Instalment {amount} on {date}, receipt {receipt} — credit {credit}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="240"/>
        <source>Angsuran yang sudah dibukukan tidak dihapus. Pembalikan mencatat baris baru dengan jumlah berlawanan dan jurnal cerminnya; jadwal kembali seperti sebelum angsuran ini, dan kredit yang sudah lunas dibuka lagi.</source>
        <translation>A posted instalment payment is never deleted. A reversal records a new line for the opposite amount with its mirror journal entry; the schedule goes back to how it was before this payment, and a paid-off credit is reopened.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="245"/>
        <source>mis. salah ketik jumlah, salah kredit</source>
        <translation>e.g. amount mistyped, wrong credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="249"/>
        <source>Angsuran</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="250"/>
        <source>Alasan *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="251"/>
        <source>Tanggal pembalikan</source>
        <translation>Reversal date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/dialogs.py" line="258"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RupiahEdit</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/widgets.py" line="78"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SavingsHistoryModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="211"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="211"/>
        <source>No. kwitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="211"/>
        <source>Transaksi</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="212"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="212"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="212"/>
        <source>Tanda</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="213"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="213"/>
        <source>Petugas</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="241"/>
        <source>Dibalik</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/models.py" line="245"/>
        <source>Membalik {ref}</source>
        <translation>Reverses {ref}</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="410"/>
        <source>Ke-</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="410"/>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="157"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="410"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="411"/>
        <source>Jasa</source>
        <translation>Service fee</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/credit/models.py" line="411"/>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="157"/>
        <source>Angsuran</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="157"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="157"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="158"/>
        <source>Tanggal lunas</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="158"/>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="191"/>
        <source>Terlambat: jatuh tempo sudah lewat dan belum lunas</source>
        <translation>Late: past its due date and not yet paid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="192"/>
        <source>Jatuh tempo hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="193"/>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="0"/>
        <source>Enkripsi cadangan yang disimpan ke berkas lain (flashdisk) dengan kata sandi</source>
        <translation>Encrypt backups saved to another file (flash drive) with a passphrase</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="0"/>
        <source>Cadangan berisi NIK setiap anggota (data pribadi, UU 27/2022). Bila dicentang, Berkas → Simpan cadangan ke… meminta kata sandi dan menyimpan cadangan terenkripsi; pemulihan memintanya lagi. Cadangan otomatis di komputer ini tidak dienkripsi.</source>
        <translation>Backups hold every member's NIK (personal data, UU 27/2022). When ticked, File → Save backup to… asks for a passphrase and saves an encrypted backup; restoring asks for it again. Automatic backups on this PC are not encrypted.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="0"/>
        <source>Cadangan ke flashdisk</source>
        <translation>Backups to a flash drive</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="52"/>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="254"/>
        <source>Pengaturan</source>
        <extracomment>the six parts of the SHU in the by-laws, in the order of services/shu.ALLOCATIONS</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="58"/>
        <source>Profil koperasi (tampil di setiap cetakan)</source>
        <translation>Cooperative profile (shown on every printout)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="61"/>
        <source>Nama koperasi</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="61"/>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="62"/>
        <source>Nomor badan hukum</source>
        <translation>Legal entity number</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="62"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="63"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="63"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="64"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="64"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="65"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="65"/>
        <source>Tahun berdiri</source>
        <translation>Year founded</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="75"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="83"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="85"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="91"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="95"/>
        <source>Cadangan otomatis disimpan</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="99"/>
        <source>Praktik bank (POJK 40/2019)</source>
        <translation>Bank practice (POJK 40/2019)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="100"/>
        <source>Kementerian Koperasi (Permen KUKM 14/2009)</source>
        <translation>Ministry of Cooperatives (Permen KUKM 14/2009)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="101"/>
        <source>Dana bergulir (PNPM/KOTAKU)</source>
        <translation>Revolving fund (PNPM/KOTAKU)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="102"/>
        <source>Aturan kolektibilitas</source>
        <translation>Loan quality rules (kolektibilitas)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="106"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="110"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="147"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="197"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="214"/>
        <source>Anda masuk sebagai {role}: pengaturan hanya dapat dilihat. Perubahan hanya oleh Admin atau Ketua.</source>
        <translation>You are logged in as {role}: settings can only be viewed. Only the Admin or the Chair can change them.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="230"/>
        <source>Tahun berdiri harus angka, misalnya 2018.</source>
        <translation>The year founded must be a number, e.g. 2018.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="251"/>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="253"/>
        <source>Bahasa baru berlaku setelah program dibuka ulang.</source>
        <translation>The new language applies after the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="257"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="258"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SettlementPanel</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="59"/>
        <source>Tanggung renteng: utang anggota kepada penanggungnya</source>
        <translation>Joint liability: what members owe to those who covered for them</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="70"/>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="150"/>
        <source>Pilih baris utang di kiri.</source>
        <translation>Choose a debt row on the left.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="79"/>
        <source>boleh dikosongkan</source>
        <translation>may be left empty</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="84"/>
        <source>Catat pengembalian</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="88"/>
        <source>Anggota yang ditalangi mengembalikan uangnya langsung kepada penanggung; dicatat di sini (tidak lewat kas koperasi).</source>
        <translation>A member who was covered pays the money back directly to the member who covered; it is recorded here (not through the cooperative&apos;s cash).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="93"/>
        <source>Pengembalian</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="94"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="95"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="96"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="129"/>
        <source>Sisa utang tanggung renteng kelompok: {amount}.</source>
        <translation>Group&apos;s remaining joint liability debt: {amount}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="131"/>
        <source>Belum ada tanggungan dalam kelompok ini.</source>
        <translation>Nobody has been covered in this group yet.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="152"/>
        <source>{debtor} mengembalikan kepada {coverer} (sisa {amount})</source>
        <translation>{debtor} repays {coverer} ({amount} remaining)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_tab.py" line="157"/>
        <source>Hanya petugas atau bendahara yang mencatat pengembalian.</source>
        <translation>Only a clerk or the treasurer records repayments.</translation>
    </message>
</context>
<context>
    <name>SheetDelegate</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="365"/>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="72"/>
        <source>Anggota</source>
        <extracomment>the cells the clerk fills in, in the order Tab visits them row, message (what was typed is not an amount). A change of the entries is announced by ``dataChanged`` alone: one signal per edit (see ``_changed_row``).</extracomment>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="72"/>
        <source>Hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="72"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="73"/>
        <source>Saran
bayar</source>
        <translation>Suggested
payment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="73"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="73"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="74"/>
        <source>Penanggung</source>
        <translation>Covered by</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="74"/>
        <source>Jumlah
ditanggung</source>
        <translation>Amount
covered</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="74"/>
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="75"/>
        <source>Utang
renteng</source>
        <translation>Joint
debt</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="158"/>
        <source>Baris {row} ({name}): pilih penanggung untuk {amount} yang ditanggung kelompok.</source>
        <translation>Row {row} ({name}): choose who covers the {amount} covered by the group.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="181"/>
        <source>Angsuran yang jatuh tempo pada tanggal pertemuan</source>
        <translation>Instalments falling due on the meeting date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="182"/>
        <source>Angsuran yang sudah lewat jatuh tempo dan belum dibayar</source>
        <translation>Instalments past their due date and not yet paid</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="183"/>
        <source>Tunggakan + jatuh tempo hari ini</source>
        <translation>Arrears + due today</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="184"/>
        <source>Uang yang dibayar anggota sendiri (ketik angkanya)</source>
        <translation>Money paid by the member themselves (type the amount)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="185"/>
        <source>Hadir di pertemuan (Spasi)</source>
        <translation>Present at the meeting (Space)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="186"/>
        <source>Anggota kelompok yang menalangi kekurangan (tanggung renteng)</source>
        <translation>Group member who covers the shortfall (joint liability)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="187"/>
        <source>Jumlah yang ditalangi penanggung</source>
        <translation>Amount covered by that member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="188"/>
        <source>Saran bayar yang belum tertutup</source>
        <translation>Suggested payment not yet covered</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="189"/>
        <source>Utang tanggung renteng anggota ini kepada penanggungnya dari pertemuan sebelumnya</source>
        <translation>Joint liability debt this member owes to whoever covered for them at earlier meetings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="249"/>
        <source>{name} ({number}) — tanpa kredit berjalan; hanya kehadiran yang dicatat</source>
        <translation>{name} ({number}) — no active credit; only attendance is recorded</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="251"/>
        <source>{name} ({number}) — kredit {credit}, sisa kewajiban {outstanding}</source>
        <translation>{name} ({number}) — credit {credit}, remaining due {outstanding}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/sheet_model.py" line="286"/>
        <source>JUMLAH</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../kamura_desktop/ui/single_instance.py" line="58"/>
        <source>Kamura Desktop sudah berjalan untuk database {path}, tetapi tidak menjawab. Tunggu sebentar, atau tutup program yang lama (Task Manager) lalu buka lagi. Program kedua tidak dibuka agar data tidak tertulis dua kali.</source>
        <translation>Kamura Desktop is already running on the database {path}, but it does not answer. Wait a moment, or close the old program (Task Manager) and start again. A second program was not opened, so that nothing is written twice.</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="306"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="306"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="306"/>
        <source>Pokok
terutang</source>
        <translation>Principal
outstanding</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="307"/>
        <source>Hari
terlambat</source>
        <translation>Days
late</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="307"/>
        <source>Angsuran
tertunggak</source>
        <translation>Instalments
in arrears</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="307"/>
        <source>Kolektibilitas</source>
        <translation>Loan quality</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="308"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="308"/>
        <source>Ketua kelompok</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="308"/>
        <source>No. kredit</source>
        <translation>Credit no.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="308"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="328"/>
        <source>Hari sejak angsuran tertua yang belum dibayar jatuh tempo</source>
        <translation>Days since the oldest unpaid instalment fell due</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="329"/>
        <source>Kali angsuran yang tertunggak; setelah angsuran terakhir lewat, terus bertambah satu tiap periode (cara dana bergulir)</source>
        <translation>Number of instalments in arrears; after the last instalment has passed, it keeps growing by one each period (the revolving-fund method)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="302"/>
        <source>Jasa
terutang</source>
        <translation>Service
owed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="332"/>
        <source>Pokok pinjaman yang masih terutang: dasar PAR, kolektibilitas dan PPKA, sama dengan piutang di neraca</source>
        <translation>Principal still owed: the base of PAR, loan quality and the provision, equal to the receivable on the balance sheet</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/repayments/models.py" line="334"/>
        <source>Jasa yang masih terutang; ditampilkan tersendiri, tidak ikut dihitung dalam PAR</source>
        <translation>Service still owed; shown on its own, not counted in PAR</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../kamura_desktop/ui/tasks.py" line="106"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/tasks.py" line="108"/>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="370"/>
        <source>Penarikan simpanan sukarela</source>
        <translation>Withdrawal of voluntary savings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="373"/>
        <source>Simpan penarikan</source>
        <translation>Save withdrawal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="376"/>
        <source>Penarikan berikutnya</source>
        <translation>Next withdrawal</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="382"/>
        <source>Saldo sukarela yang dapat ditarik: {amount}.</source>
        <translation>Voluntary savings that can be withdrawn: {amount}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="385"/>
        <source>({held} sedang dikomitmenkan sebagai lender.)</source>
        <translation>({held} is committed as a lender.)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="396"/>
        <source>&lt;b&gt;Penarikan tersimpan.&lt;/b&gt; Bukti &lt;b style=&apos;font-size:13pt&apos;&gt;{receipt}&lt;/b&gt;&lt;br&gt;{name} ({number}) menarik {amount}; saldo sukarela sekarang {balance}.</source>
        <translation>&lt;b&gt;Withdrawal saved.&lt;/b&gt; Slip &lt;b style=&apos;font-size:13pt&apos;&gt;{receipt}&lt;/b&gt;&lt;br&gt;{name} ({number}) withdrew {amount}; voluntary savings balance is now {balance}.</translation>
    </message>
</context>
<context>
    <name>_CounterDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="68"/>
        <source>mis. 25000 atau 25.000</source>
        <translation>e.g. 25000 or 25.000</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="80"/>
        <source>boleh dikosongkan</source>
        <translation>may be left empty</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="91"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="99"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="100"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="101"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="117"/>
        <source>Cetak kwitansi</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="136"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="194"/>
        <source>Saldo: pokok {pokok} · wajib {wajib} · sukarela {sukarela}</source>
        <translation>Balances: principal {pokok} · compulsory {wajib} · voluntary {sukarela}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/members/savings_dialogs.py" line="222"/>
        <source>Pilih anggota dulu: ketik nomor atau nama, lalu Enter.</source>
        <translation>Choose a member first: type a number or name, then Enter.</translation>
    </message>
</context>
<context>
    <name>save_dialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/save_dialog.py" line="24"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/save_dialog.py" line="25"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../kamura_desktop/ui/messages.py" line="14"/>
        <source>Tidak diizinkan</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/messages.py" line="16"/>
        <source>Periksa isian</source>
        <translation>Check the input</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/messages.py" line="19"/>
        <source>Kesalahan program</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/messages.py" line="20"/>
        <source>Terjadi kesalahan yang tidak terduga. Tidak ada data yang setengah tersimpan. Laporkan pesan ini kepada pengelola program:</source>
        <translation>An unexpected error occurred. No data was half-saved. Report this message to the program&apos;s maintainer:</translation>
    </message>
</context>
</TS>
