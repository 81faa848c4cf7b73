<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardBox</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="31"/>
        <source>Pengurus dan Pengawas (masa jabatan)</source>
        <translation>Board and supervisors (terms of office)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="34"/>
        <source>Badan</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="35"/>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="69"/>
        <source>Jabatan</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="36"/>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="70"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="37"/>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="38"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="47"/>
        <source>Ketua Pengurus</source>
        <translation>Chair (board)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="48"/>
        <source>Sekretaris Pengurus</source>
        <translation>Secretary (board)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="49"/>
        <source>Bendahara Pengurus</source>
        <translation>Treasurer (board)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="50"/>
        <source>Ketua Pengawas</source>
        <translation>Chair of the supervisors</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="51"/>
        <source>Anggota Pengawas</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="60"/>
        <source>Tambah ke daftar</source>
        <translation>Add to the register</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="62"/>
        <source>Hapus baris terpilih</source>
        <translation>Remove the selected row</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="73"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="78"/>
        <source>Masa jabatan</source>
        <translation>Term of office</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="92"/>
        <source>Hanya ketua atau admin yang mencatat pengurus dan pengawas.</source>
        <translation>Only the chair or the admin records the board and the supervisors.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="101"/>
        <source>Belum ada pengurus dan pengawas yang dicatat: buku RAT memakai pengguna ketua dan bendahara dan memberi garis kosong untuk sekretaris dan Pengawas.</source>
        <translation>No board or supervisors recorded yet: the RAT book uses the chair and treasurer users and leaves blank lines for the secretary and the supervisors.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="113"/>
        <source>{title} {name} dicatat.</source>
        <translation>{title} {name} recorded.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="122"/>
        <source>Pilih dulu baris yang akan dihapus.</source>
        <translation>Select the row to remove first.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/board_box.py" line="126"/>
        <source>{name} dihapus dari daftar.</source>
        <translation>{name} removed from the register.</translation>
    </message>
</context>
</TS>
