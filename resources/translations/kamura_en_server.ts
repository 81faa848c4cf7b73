<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CopyToServerDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="84"/>
        <source>Salin ke server kantor</source>
        <translation>Copy to the office server</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="86"/>
        <source>Seluruh isi berkas ini (anggota, buku besar, log audit, nomor urut) disalin ke database server yang masih kosong. Berkas ini tidak diubah. Setelah salinan terbukti sama, komputer ini memakai server mulai program dibuka lagi.</source>
        <translation>Everything in this file (members, ledger, audit log, running numbers) is copied to an empty database on the server. This file is not changed. Once the copy is proved identical, this PC uses the server from the next start.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="96"/>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="96"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="97"/>
        <source>Nama database</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="97"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="98"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="111"/>
        <source>Uji sambungan</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="114"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="118"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="138"/>
        <source>Isi alamat server dan nama database.</source>
        <translation>Enter the server address and the database name.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="140"/>
        <source>Port harus angka (biasanya 5432).</source>
        <translation>The port must be a number (usually 5432).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="159"/>
        <source>Menyalin…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="162"/>
        <source>Menyalin ke server kantor</source>
        <translation>Copying to the office server</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="171"/>
        <source>GAGAL: salinan tidak sama dengan sumbernya (lihat BEDA). Jangan pakai database server itu; komputer ini tetap memakai berkasnya.</source>
        <translation>FAILED: the copy differs from its source (see BEDA). Do not use that server database; this PC keeps using its file.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="179"/>
        <source>Sama persis: jumlah baris semua tabel dan hash buku besar serta simpanan. Mulai program dibuka lagi, komputer ini memakai {where}; komputer lain: &apos;Sambungkan ke server kantor&apos;.</source>
        <translation>Identical: the row counts of every table and the hashes of the ledger and savings. From the next start this PC uses {where}; other PCs: &apos;Connect to the office server&apos;.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="35"/>
        <source>Server kantor {host}:{port}, database {database}, pengguna {user}</source>
        <translation>Office server {host}:{port}, database {database}, user {user}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="39"/>
        <source>Berkas {path}</source>
        <translation>File {path}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="44"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="52"/>
        <source>Yang dibuka</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="53"/>
        <source>Salin ke server kantor…</source>
        <translation>Copy to the office server…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/server.py" line="56"/>
        <source>Memindahkan kantor ke server PostgreSQL: seluruh isi berkas ini disalin ke database server yang masih kosong, lalu dibuktikan sama (jumlah baris dan hash).</source>
        <translation>Moving the office to the PostgreSQL server: everything in this file is copied to an empty database on the server, then proved identical (row counts and hashes).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="300"/>
        <source>Database di server kantor: menutup program di komputer ini tidak membuat cadangan. Cadangan dibuat di komputer server dengan 'kamura backup' (pg_dump) terjadwal setiap hari.</source>
        <translation>Database on the office server: closing the program on this PC makes no backup. Backups are made on the server PC with 'kamura backup' (pg_dump), scheduled daily.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="310"/>
        <source>Pemeriksaan lengkap: di komputer server</source>
        <translation>Full check: on the server PC</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="310"/>
        <source>Database di server kantor diperiksa di komputer server dengan 'kamura check' (terjadwal, bersama cadangan pg_dump).</source>
        <translation>The database on the office server is checked on the server PC with 'kamura check' (scheduled, with the pg_dump backups).</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="497"/>
        <source>Pulihkan dari cadangan server</source>
        <translation>Restore from a server backup</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="497"/>
        <source>Cadangan server Kamura (*.dump)</source>
        <translation>Kamura server backups (*.dump)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="497"/>
        <source>Pulihkan database server</source>
        <translation>Restore the server database</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="497"/>
        <source>Seluruh isi database di {server} akan diganti dengan isi cadangan {path}, untuk semua komputer kantor. Isi sekarang disimpan dulu sebagai cadangan server. Lanjutkan?</source>
        <translation>Everything in the database on {server} will be replaced by the backup {path}, for every PC in the office. The current contents are kept first as a server backup. Continue?</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="497"/>
        <source>Database server dipulihkan dari {path}. Isi sebelumnya disimpan sebagai {kept}.</source>
        <translation>The server database was restored from {path}. The previous contents were kept as {kept}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/main_window.py" line="497"/>
        <source>Memulihkan database server…</source>
        <translation>Restoring the server database…</translation>
    </message>
</context>
<context>
    <name>SealKeyPasswordDialog</name>
    <message>
        <location filename="../../kamura_desktop/ui/shell/seal_key_password.py" line="1"/>
        <source>Kunci segel cadangan</source>
        <translation>Backup seal key</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/seal_key_password.py" line="1"/>
        <source>Cadangan ini disegel dengan kunci yang belum ada di komputer ini. Masukkan kata sandi Anda (pengguna {name}) untuk memasang kuncinya dari cadangan.</source>
        <translation>This backup is sealed with a key this PC does not hold yet. Enter your password (user {name}) to install its key from the backup.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/seal_key_password.py" line="1"/>
        <source>Cadangan: {file}. Kata sandi yang dipakai saat cadangan itu dibuat. Database server belum diubah.</source>
        <translation>Backup: {file}. The password you had when that backup was made. The server database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/seal_key_password.py" line="1"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/seal_key_password.py" line="1"/>
        <source>Kata sandi salah: kata sandi itu tidak membuka kunci di cadangan ini. Coba lagi dengan kata sandi Anda saat cadangan dibuat, atau Batal.</source>
        <translation>Wrong password: it does not open the key in this backup. Try again with the password you had when the backup was made, or Cancel.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/shell/seal_key_password.py" line="1"/>
        <source>Masukkan kata sandi Anda.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
</TS>
