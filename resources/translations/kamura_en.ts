<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="29" />
        <source>Selamat datang di Kamura Desktop</source>
        <translation>Welcome to Kamura Desktop</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="33" />
        <source>Database ini masih kosong. Buat akun admin untuk mulai, atau buka koperasi contoh untuk mencoba program.</source>
        <translation>This database is still empty. Create an admin account to start, or open the example cooperative to try the program.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="49" />
        <source>Nama pengguna admin</source>
        <translation>Admin user name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="50" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="51" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="52" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="54" />
        <source>Buat admin dan mulai</source>
        <translation>Create admin and start</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="57" />
        <source>Buka koperasi contoh</source>
        <translation>Open the example cooperative</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="59" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/first_run.py" line="75" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="28" />
        <source>Masuk — Kamura Desktop</source>
        <translation>Log in — Kamura Desktop</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="39" />
        <source>Silakan masuk dengan akun Anda.</source>
        <translation>Please log in with your account.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="50" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="51" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="64" />
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/login.py" line="65" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="45" />
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="47" />
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="48" />
        <source>Buku anggota dan simpanan: pokok, wajib, sukarela.</source>
        <translation>Membership book and savings: principal, compulsory, voluntary.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="55" />
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="57" />
        <source>Lender</source>
        <translation>Lenders</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="58" />
        <source>Kelompok pemberi pinjaman: komitmen dana, pengembalian, sumber dana.</source>
        <translation>Lender pool: fund commitments, returns, fund sources.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="66" />
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="68" />
        <source>Kelompok &amp; Kredit</source>
        <translation>Groups &amp; Credit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="69" />
        <source>Kelompok peer borrower, produk kredit, pengajuan, pencairan.</source>
        <translation>Peer-borrower groups, credit products, applications, disbursement.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="76" />
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="78" />
        <source>Angsuran</source>
        <translation>Repayments</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="79" />
        <source>Buku angsuran: setoran dari buku saku, lembar penagihan, tunggakan.</source>
        <translation>Repayment books: instalments from pocket books, collection sheets, arrears.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="87" />
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="89" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="90" />
        <source>Buku kas, neraca, perhitungan hasil usaha, laporan RAT dan evaluasi.</source>
        <translation>Cash book, balance sheet, income statement, annual meeting and evaluation reports.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="98" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="151" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="152" />
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="156" />
        <source>Simpan cadangan ke…</source>
        <translation>Save backup to…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="159" />
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="163" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="168" />
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="169" />
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="309" />
        <source>Tentang Kamura Desktop</source>
        <translation>About Kamura Desktop</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="183" />
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="185" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="188" />
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="189" />
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="211" />
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="216" />
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="238" />
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="223" />
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="225" />
        <source>Database Kamura (*.sqlite)</source>
        <translation>Kamura database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="233" />
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="233" />
        <source>Cadangan disimpan di {path}.</source>
        <translation>Backup saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="251" />
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="253" />
        <source>Database Kamura (*.sqlite);;Semua berkas (*)</source>
        <translation>Kamura database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="259" />
        <source>Pulihkan database</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="261" />
        <source>Seluruh isi database sekarang akan diganti dengan isi cadangan {path}. Database sekarang disimpan dulu sebagai cadangan. Lanjutkan?</source>
        <translation>The whole current database will be replaced by the backup {path}. The current database is kept as a backup first. Continue?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="281" />
        <source>Database sebelumnya disimpan sebagai {path}.</source>
        <translation>The previous database was kept as {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="289" />
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="290" />
        <source>Database dipulihkan dari {path}.</source>
        <translation>Database restored from {path}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="300" />
        <source>Memulihkan database…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="311" />
        <source>&lt;b&gt;Kamura Desktop&lt;/b&gt; versi {version}&lt;br&gt;Program kantor Koperasi Awilarangan Mukti Rahayu: anggota, simpanan, kredit kelompok I-P2P, buku besar dan laporan.</source>
        <translation>&lt;b&gt;Kamura Desktop&lt;/b&gt; version {version}&lt;br&gt;Office program of Koperasi Awilarangan Mukti Rahayu: members, savings, I-P2P group credit, ledger and reports.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="330" />
        <source>Cadangan otomatis gagal</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="335" />
        <source>Membuat cadangan otomatis…</source>
        <translation>Making the automatic backup…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="47" />
        <location filename="../../kamura_desktop/ui/settings/page.py" line="181" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="53" />
        <source>Profil koperasi (tampil di setiap cetakan)</source>
        <translation>Cooperative profile (shown on every printout)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="56" />
        <source>Nama koperasi</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="56" />
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="57" />
        <source>Nomor badan hukum</source>
        <translation>Legal entity number</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="57" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="58" />
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="58" />
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="59" />
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="59" />
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="60" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="60" />
        <source>Tahun berdiri</source>
        <translation>Year founded</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="70" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="78" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="80" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="86" />
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="90" />
        <source>Cadangan otomatis disimpan</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="94" />
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="96" />
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="135" />
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="145" />
        <source>Anda masuk sebagai {role}: pengaturan hanya dapat dilihat. Perubahan hanya oleh Admin atau Ketua.</source>
        <translation>You are logged in as {role}: settings can only be viewed. Only the Admin or the Chair can change them.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="161" />
        <source>Tahun berdiri harus angka, misalnya 2018.</source>
        <translation>The year founded must be a number, e.g. 2018.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="178" />
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="180" />
        <source>Bahasa baru berlaku setelah program dibuka ulang.</source>
        <translation>The new language applies after the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="184" />
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="185" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../kamura_desktop/ui/tasks.py" line="106" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/tasks.py" line="108" />
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../kamura_desktop/ui/messages.py" line="14" />
        <source>Tidak diizinkan</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/messages.py" line="16" />
        <source>Periksa isian</source>
        <translation>Check the input</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/messages.py" line="19" />
        <source>Kesalahan program</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/messages.py" line="20" />
        <source>Terjadi kesalahan yang tidak terduga. Tidak ada data yang setengah tersimpan. Laporkan pesan ini kepada pengelola program:</source>
        <translation>An unexpected error occurred. No data was half-saved. Report this message to the program's maintainer:</translation>
    </message>
</context>
</TS>