<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="101" />
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="112" />
        <source>Nama pengguna *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="114" />
        <source>Peran *</source>
        <translation>Role *</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="115" />
        <source>Kata sandi awal *</source>
        <translation>Initial password *</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="117" />
        <source>Berikan kata sandi awal kepada pengguna; ia wajib menggantinya saat pertama masuk.</source>
        <translation>Give the user the initial password; they must change it at their first login.</translation>
    </message>
    </context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="148" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="153" />
        <source>Kata sandi lama *</source>
        <translation>Old password *</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="154" />
        <source>Kata sandi baru *</source>
        <translation>New password *</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="155" />
        <source>Ulangi kata sandi baru *</source>
        <translation>Repeat new password *</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="156" />
        <source>Admin telah mereset kata sandi Anda. Pilih kata sandi baru sebelum melanjutkan.</source>
        <translation>The admin has reset your password. Choose a new password before you go on.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="158" />
        <source>Simpan kata sandi</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="163" />
        <source>Kata sandi baru dan ulangannya tidak sama.</source>
        <translation>The new password and its repetition differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="145" />
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="187" />
        <source>Sambungkan ke server kantor</source>
        <translation>Connect to the office server</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="146" />
        <source>Beberapa komputer memakai satu database PostgreSQL di komputer kantor.</source>
        <translation>Several computers use one PostgreSQL database on the office computer.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="190" />
        <source>Isi alamat server PostgreSQL kantor. Kata sandi disimpan di pengelola kredensial Windows, tidak di berkas pengaturan. Panduan admin: docs/server-kantor.md.</source>
        <translation>Enter the address of the office's PostgreSQL server. The password is kept in the Windows credential manager, not in a settings file. Admin guide: docs/server-kantor.md.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="200" />
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="200" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="201" />
        <source>Nama database</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="201" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="209" />
        <source>Uji sambungan</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="212" />
        <source>Sambungkan</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="237" />
        <source>Isi alamat server dan nama database.</source>
        <translation>Enter the server address and the database name.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/first_run.py" line="239" />
        <source>Port harus angka (biasanya 5432).</source>
        <translation>The port must be a number (usually 5432).</translation>
    </message>
    </context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/main_window.py" line="220" />
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/main_window.py" line="282" />
        <source>Pemeriksaan lengkap: database RUSAK (lihat pesan)</source>
        <translation>Full check: database DAMAGED (see the message)</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/main_window.py" line="288" />
        <source>Pemeriksaan lengkap: {when}</source>
        <translation>Full check: {when}</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/main_window.py" line="299" />
        <source>Pemeriksaan lengkap: sedang berjalan…</source>
        <translation>Full check: running…</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/main_window.py" line="310" />
        <source>Database bermasalah</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/main_window.py" line="311" />
        <source>Pemeriksaan mingguan menemukan masalah pada database: {problem}. Jangan menambah data; hubungi pengelola dan pulihkan dari cadangan terakhir yang baik (Berkas → Pulihkan dari cadangan).</source>
        <translation>The weekly check found a problem in the database: {problem}. Do not add data; call the administrator and restore the last good backup (File → Restore from backup).</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/main_window.py" line="326" />
        <source>Memeriksa database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/shell/main_window.py" line="340" />
        <source>Database di server kantor: cadangan dibuat dengan 'kamura backup' (pg_dump) di komputer server.</source>
        <translation>Database on the office server: backups are made with 'kamura backup' (pg_dump) on the server computer.</translation>
    </message>
    </context>
<context>
    <name>RatBookBox</name>
    <message>
        <source>Tanggal RAT</source>
        <translation>RAT date</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="33" />
        <source>Rapat Anggota Tahunan dan naskah buku RAT</source>
        <translation>Annual members' meeting and the RAT book texts</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="37" />
        <source>mis. ke-7</source>
        <translation>e.g. 7th</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="38" />
        <source>Tanggal sudah ditetapkan</source>
        <translation>Date already set</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="44" />
        <source>mis. Balai Desa Mekarmukti</source>
        <translation>e.g. Mekarmukti village hall</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="51" />
        <source>Kata pengantar Pengurus (awal BAB I).</source>
        <translation>The board's foreword (start of chapter I).</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="52" />
        <source>Peristiwa penting tahun ini, satu paragraf per peristiwa.</source>
        <translation>Important events of the year, one paragraph each.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="53" />
        <source>Laporan Pengawas seperti ditulis Pengawas (BAB X).</source>
        <translation>The supervisors' report as they wrote it (chapter X).</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="57" />
        <source>Simpan data RAT</source>
        <translation>Save RAT details</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="67" />
        <source>Nomor RAT</source>
        <translation>RAT number</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="70" />
        <source>Kata pengantar</source>
        <translation>Foreword</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="71" />
        <source>Peristiwa penting</source>
        <translation>Important events</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="72" />
        <source>Laporan Pengawas</source>
        <translation>Supervisors' report</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="81" />
        <source>Hanya ketua yang mencatat data RAT.</source>
        <translation>Only the chair records the RAT details.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="97" />
        <source>Belum dicatat: sampul tanpa nomor dan tanggal RAT, tanda tangan bertanggal kosong.</source>
        <translation>Not recorded yet: the cover has no RAT number or date, dated signatures are left blank.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/reports/rat_book_box.py" line="107" />
        <source>Data RAT tahun buku {year} disimpan.</source>
        <translation>RAT details for financial year {year} saved.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="128" />
        <source>Atur ulang kata sandi {name}</source>
        <translation>Reset the password of {name}</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="133" />
        <source>Kata sandi sementara *</source>
        <translation>Temporary password *</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="136" />
        <source>{name} wajib mengganti kata sandi sementara ini saat masuk berikutnya. Kunci karena salah kata sandi ikut dibuka.</source>
        <translation>{name} must change this temporary password at the next login. A lock from wrong passwords is lifted too.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="137" />
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/page.py" line="118" />
        <source>Kertas kwitansi dan bukti kas keluar: A6, setengah A4, atau rol printer thermal 58 mm / 80 mm di loket</source>
        <translation>Paper for receipts and cash-out slips: A6, half A4, or a 58 mm / 80 mm thermal printer roll at the counter</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/page.py" line="120" />
        <source>Ukuran kwitansi</source>
        <translation>Receipt size</translation>
    </message>
    </context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="176" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="184" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="193" />
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="196" />
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="199" />
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="202" />
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="206" />
        <source>Setiap perubahan pengguna langsung tersimpan dan tercatat di jejak audit. Pengguna tidak pernah dihapus: yang berhenti dinonaktifkan, jejak auditnya tetap.</source>
        <translation>Every change to a user is saved at once and recorded in the audit trail. Users are never deleted: those who leave are deactivated, their audit trail stays.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="227" />
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="230" />
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="232" />
        <source>wajib ganti kata sandi</source>
        <translation>must change password</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="265" />
        <source>Hanya admin yang dapat mengelola pengguna.</source>
        <translation>Only the admin can manage users.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="266" />
        <source>Pilih pengguna di daftar dulu.</source>
        <translation>Select a user in the list first.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="267" />
        <source>Tambah pengguna dengan peran</source>
        <translation>Add a user with a role</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="270" />
        <source>Kata sandi Anda sendiri diganti lewat Berkas → Ganti kata sandi.</source>
        <translation>Your own password is changed through File → Change password.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="271" />
        <source>Pengguna ini nonaktif.</source>
        <translation>This user is inactive.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="272" />
        <source>Beri kata sandi sementara; wajib diganti saat masuk</source>
        <translation>Give a temporary password; it must be changed at login</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="274" />
        <source>Pengguna ini tidak sedang terkunci.</source>
        <translation>This user is not locked.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="275" />
        <source>Buka kunci setelah terlalu banyak salah kata sandi</source>
        <translation>Unlock after too many wrong passwords</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="277" />
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="278" />
        <source>Pengguna ini sudah nonaktif.</source>
        <translation>This user is already inactive.</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="279" />
        <source>Pengguna tidak dapat masuk lagi; jejak auditnya tetap</source>
        <translation>The user can no longer log in; their audit trail stays</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="302" />
        <source>Nonaktifkan pengguna</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../work/main/kamura_desktop/ui/settings/users.py" line="303" />
        <source>Nonaktifkan {name} ({username})? Ia tidak dapat masuk lagi; data dan jejak auditnya tetap tersimpan.</source>
        <translation>Deactivate {name} ({username})? They can no longer log in; their data and audit trail stay.</translation>
    </message>
</context>
</TS>