<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="57"/>
        <source>Skema penilaian yang dipakai Dinas Koperasi</source>
        <translation>The assessment scheme the cooperative office uses</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="58"/>
        <source>Hitung</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="61"/>
        <source>Simpan penilaian</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="63"/>
        <source>Pratinjau / cetak PDF</source>
        <translation>Preview / print PDF</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="65"/>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="76"/>
        <source>Aspek / komponen</source>
        <translation>Aspect / component</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="76"/>
        <source>Rasio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="76"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="77"/>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="77"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="84"/>
        <source>Pertanyaan (centang bila ya)</source>
        <translation>Question (tick for yes)</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="86"/>
        <source>Rincian rasio</source>
        <translation>Ratio details</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="87"/>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="95"/>
        <source>Posisi per</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="97"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="112"/>
        <source>Hanya ketua yang menyimpan penilaian kesehatan.</source>
        <translation>Only the chair saves the health assessment.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="155"/>
        <source>Menghitung rasio dari buku…</source>
        <translation>Computing the ratios from the books…</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="188"/>
        <source>Skor {score} — {predicate}</source>
        <translation>Score {score} — {predicate}</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="192"/>
        <source>Penilaian sebelumnya per {date}: skor {score} ({predicate}); perubahan {delta}.</source>
        <translation>Previous assessment as of {date}: score {score} ({predicate}); change {delta}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="197"/>
        <source>Belum ada penilaian tersimpan sebelumnya untuk dibandingkan.</source>
        <translation>No earlier saved assessment to compare with.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="199"/>
        <source>Daftar periksa tersimpan oleh {name}.</source>
        <translation>Checklist saved by {name}.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="270"/>
        <source>Penilaian per {date} disimpan.</source>
        <translation>Assessment as of {date} saved.</translation>
    </message>
    <message>
        <location filename="../../kamura_desktop/ui/reports/health_tab.py" line="280"/>
        <source>Penilaian kesehatan per {date}</source>
        <translation>Health assessment as of {date}</translation>
    </message>
</context>
</TS>
