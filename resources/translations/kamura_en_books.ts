<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="140"/>
        <source>SHU (AD/ART)</source>
        <translation>Surplus sharing (SHU, by-laws)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="142"/>
        <source>Pembagian sisa hasil usaha menurut anggaran dasar; jumlahnya harus 100 %.</source>
        <translation>The year's surplus (SHU) is shared as the by-laws say; the parts must total 100 %.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="147"/>
        <source>Cadangan</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="147"/>
        <source>Jasa anggota</source>
        <translation>Members' part</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="148"/>
        <source>Dana pengurus</source>
        <translation>Board fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="148"/>
        <source>Dana karyawan</source>
        <translation>Staff fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="149"/>
        <source>Dana pendidikan</source>
        <translation>Education fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="149"/>
        <source>Dana sosial</source>
        <translation>Social fund</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="170"/>
        <source>Bagian jasa anggota yang dibagi menurut simpanan; sisanya (jasa usaha) menurut jasa pinjaman yang dibayar. RAT dapat memutuskan lain.</source>
        <translation>The share of the members' part divided by savings (jasa modal); the rest (jasa usaha) is divided by the loan service paid. The members' meeting may decide otherwise.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="172"/>
        <source>Jasa modal dari bagian anggota</source>
        <translation>Savings share (jasa modal) of the members' part</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="174"/>
        <source>Simpanan sukarela ikut dihitung untuk jasa modal</source>
        <translation>Voluntary savings (sukarela) count towards the savings share</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/settings/page.py" line="181"/>
        <source>Jumlah: {total} %</source>
        <translation>Total: {total} %</translation>
    </message>
</context>
</TS>
