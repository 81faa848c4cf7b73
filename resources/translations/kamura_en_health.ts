<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="56"/>
        <source>Skema penilaian yang dipakai Dinas Koperasi</source>
        <translation>The assessment scheme the cooperative office uses</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="57"/>
        <source>Hitung</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="60"/>
        <source>Simpan penilaian</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="62"/>
        <source>Pratinjau / cetak PDF</source>
        <translation>Preview / print PDF</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="64"/>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="75"/>
        <source>Aspek / komponen</source>
        <translation>Aspect / component</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="75"/>
        <source>Rasio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="75"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="76"/>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="76"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="83"/>
        <source>Pertanyaan (centang bila ya)</source>
        <translation>Question (tick for yes)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="85"/>
        <source>Rincian rasio</source>
        <translation>Ratio details</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="86"/>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="94"/>
        <source>Posisi per</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="96"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="111"/>
        <source>Hanya ketua yang menyimpan penilaian kesehatan.</source>
        <translation>Only the chair saves the health assessment.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="175"/>
        <source>Skor {score} — {predicate}</source>
        <translation>Score {score} — {predicate}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="179"/>
        <source>Penilaian sebelumnya per {date}: skor {score} ({predicate}); perubahan {delta}.</source>
        <translation>Previous assessment as of {date}: score {score} ({predicate}); change {delta}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="184"/>
        <source>Belum ada penilaian tersimpan sebelumnya untuk dibandingkan.</source>
        <translation>No earlier saved assessment to compare with.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="186"/>
        <source>Daftar periksa tersimpan oleh {name}.</source>
        <translation>Checklist saved by {name}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="257"/>
        <source>Penilaian per {date} disimpan.</source>
        <translation>Assessment as of {date} saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="267"/>
        <source>Penilaian kesehatan per {date}</source>
        <translation>Health assessment as of {date}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/page.py" line="45"/>
        <source>Kesehatan KSP</source>
        <translation>Cooperative health</translation>
    </message>
</context>
</TS>
