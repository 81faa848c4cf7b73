<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AttendanceModel</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="232" />
            <source>Anggota</source>
            <extracomment>the cells filled in, in the order Tab visits them</extracomment>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="232" />
            <source>Kehadiran</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="232" />
            <source>Alasan</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="233" />
            <source>Buku saku menurut buku angsuran</source>
            <translation>Pocket book per the repayment book</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="233" />
            <source>Diperiksa</source>
            <translation>Checked</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="234" />
            <source>Catatan buku saku</source>
            <translation>Pocket-book note</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="237" />
            <source>Hadir</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="237" />
            <source>Izin</source>
            <translation>Excused</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="237" />
            <source>Tidak hadir</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="242" />
            <source>Tidak ada kredit berjalan</source>
            <translation>No running credit</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="244" />
            <source>Lancar (sisa {outstanding})</source>
            <translation>Up to date ({outstanding} left)</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="245" />
            <source>Tertinggal {amount} ({n} angsuran)</source>
            <translation>Behind {amount} (instalments: {n})</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="301" />
            <source>H / 1: hadir · I / 2: izin · A / 3: tidak hadir · Spasi: berganti</source>
            <translation>H / 1: present · I / 2: excused · A / 3: absent · Space: next state</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="302" />
            <source>Alasan izin atau tidak hadir (ketik untuk mengisi)</source>
            <translation>Why excused or absent (type to fill in)</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="303" />
            <source>Tunggakan menurut buku angsuran koperasi pada tanggal pertemuan: angsuran yang jatuh tempo sebelum hari itu dan belum dibayar</source>
            <translation>Arrears per the cooperative's repayment book on the meeting date: instalments due before that day and not paid</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="305" />
            <source>Buku saku anggota sudah dicocokkan dengan buku angsuran (Spasi)</source>
            <translation>The member's pocket book was compared with the repayment book (Space)</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="332" />
            <source> · ketua</source>
            <translation> · leader</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="349" />
            <source>Kredit {credits}; sisa kewajiban {outstanding}</source>
            <translation>Credit {credits}; {outstanding} still owed</translation>
        </message>
    </context>
    <context>
        <name>BlankListDialog</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="602" />
            <source>Cetak daftar hadir kosong</source>
            <translation>Print blank attendance list</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="607" />
            <source>{code} — {name} ({day}, {place})</source>
            <translation>{code} — {name} ({day}, {place})</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="612" />
            <source>Kelompok</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="613" />
            <source>Tanggal pertemuan</source>
            <translation>Meeting date</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="615" />
            <source>Cetak</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="616" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="620" />
            <source>Pertemuan yang akan datang boleh dipilih: daftar kosong menunjukkan keadaan buku saku menurut buku angsuran pada tanggal itu.</source>
            <translation>A coming meeting may be chosen: the blank list shows the pocket books as the repayment book has them on that date.</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="556" />
            <source>Tindak lanjut selesai</source>
            <translation>Follow-up done</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="565" />
            <source>apa yang sudah dilakukan (boleh kosong)</source>
            <translation>what was done (may be left empty)</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="567" />
            <source>Tanggal selesai</source>
            <translation>Date done</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="568" />
            <source>Keterangan</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="570" />
            <source>Tandai selesai</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="572" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FollowupDialog</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="461" />
            <source>Ubah tindak lanjut</source>
            <translation>Edit follow-up</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="461" />
            <source>Tambah tindak lanjut</source>
            <translation>Add follow-up</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="466" />
            <source>— tidak terkait kelompok —</source>
            <translation>— no particular group —</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="485" />
            <source>Tindak lanjut</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="486" />
            <source>Kelompok</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="487" />
            <source>Anggota (bila ada)</source>
            <translation>Member (if any)</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="488" />
            <source>Penanggung jawab</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="489" />
            <source>Tanggal dicatat</source>
            <translation>Date raised</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="490" />
            <source>Batas waktu</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="492" />
            <source>Simpan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="494" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="514" />
            <source>— seluruh kelompok —</source>
            <translation>— the whole group —</translation>
        </message>
    </context>
    <context>
        <name>FollowupTableModel</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="170" />
            <source>Batas waktu</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="170" />
            <source>Tindak lanjut</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="170" />
            <source>Kelompok / anggota</source>
            <translation>Group / member</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="171" />
            <source>Penanggung jawab</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="171" />
            <source>Dicatat</source>
            <translation>Raised</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="171" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="179" />
            <source>Selesai {date}</source>
            <translation>Done {date}</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="181" />
            <source>Terlambat {n} hari</source>
            <translation>Overdue {n} days</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="182" />
            <source>Terbuka</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>HomeVisitDialog</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="349" />
            <source>Ubah kunjungan rumah</source>
            <translation>Edit home visit</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="349" />
            <source>Catat kunjungan rumah</source>
            <translation>Record home visit</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="372" />
            <source>Kelompok</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="373" />
            <source>Anggota yang dikunjungi</source>
            <translation>Member visited</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="374" />
            <source>Tanggal kunjungan</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="375" />
            <source>Yang berkunjung</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="376" />
            <source>Tujuan</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="377" />
            <source>Hasil</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="379" />
            <source>Simpan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="381" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="415" />
            <source>{name} ({number}) · ketua</source>
            <translation>{name} ({number}) · leader</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="425" />
            <source>Pilih anggota yang dikunjungi.</source>
            <translation>Choose the member visited.</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="111" />
            <source>{code} — {name} (ketua: {leader})</source>
            <translation>{code} — {name} (leader: {leader})</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="120" />
            <source>nama pendamping yang memimpin pertemuan</source>
            <translation>name of the facilitator who led the meeting</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="122" />
            <source>Kelompok</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="123" />
            <source>Tanggal pertemuan</source>
            <translation>Meeting date</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="125" />
            <source>Tempat</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="126" />
            <source>Pendamping</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="143" />
            <source>Kolom Kehadiran: H hadir · I izin · A tidak hadir (atau 1 / 2 / 3), Spasi berganti · Tab: sel berikutnya · Enter: baris berikutnya · kolom Diperiksa: Spasi · Ctrl+S: simpan</source>
            <translation>Attendance column: H present · I excused · A absent (or 1 / 2 / 3), Space cycles · Tab: next cell · Enter: next row · Checked column: Space · Ctrl+S: save</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="146" />
            <source>Semua hadir</source>
            <translation>Everyone present</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="149" />
            <source>Semua buku saku diperiksa</source>
            <translation>All pocket books checked</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="172" />
            <source>Yang membantu pembayaran</source>
            <translation>What helps repayment</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="173" />
            <source>Yang menghambat pembayaran</source>
            <translation>What hinders repayment</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="174" />
            <source>Masalah usaha anggota</source>
            <translation>Members' business problems</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="175" />
            <source>Solusi yang disepakati</source>
            <translation>Agreed solutions</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="176" />
            <source>Arahan dan motivasi</source>
            <translation>Direction and motivation</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="177" />
            <source>Catatan lain</source>
            <translation>Other notes</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="187" />
            <source>Cetak daftar hadir kosong</source>
            <translation>Print blank attendance list</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="189" />
            <source>Daftar hadir untuk dibawa ke pertemuan: anggota kelompok dan keadaan buku saku mereka menurut buku angsuran</source>
            <translation>The attendance list to take to the meeting: the group's members and their pocket books per the repayment book</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="194" />
            <source>Simpan (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="196" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="229" />
            <source>Ubah pertemuan {group} — {date}</source>
            <translation>Edit meeting {group} — {date}</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="232" />
            <source>Catat pertemuan kelompok</source>
            <translation>Record group meeting</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="245" />
            <source>Pertemuan ini sudah dicatat; perubahan disimpan dengan jejak audit. Angka buku saku tetap seperti saat diperiksa.</source>
            <translation>This meeting is already recorded; changes are saved with an audit trail. The pocket-book figures stay as they were checked.</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="278" />
            <source>Menurut buku angsuran, {n} anggota tertinggal angsurannya pada {date}: cocokkan dengan buku saku mereka di pertemuan.</source>
            <translation>Per the repayment book, {n} members are behind with their instalments on {date}: compare with their pocket books at the meeting.</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="284" />
            <source>Hadir {present} · izin {excused} · tidak hadir {absent} dari {n} anggota · buku saku tertinggal: {behind}</source>
            <translation>Present {present} · excused {excused} · absent {absent} of {n} members · pocket books behind: {behind}</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="302" />
            <source>Pilih kelompok.</source>
            <translation>Choose a group.</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="109" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="109" />
            <source>Kelompok</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="109" />
            <source>Tempat</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="109" />
            <source>Pendamping</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="110" />
            <source>Hadir</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="110" />
            <source>Buku saku tertinggal</source>
            <translation>Pocket books behind</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="124" />
            <source>{n} izin</source>
            <translation>{n} excused</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="126" />
            <source>{n} tidak hadir</source>
            <translation>{n} absent</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="127" />
            <source>{present} dari {n} ({pct})</source>
            <translation>{present} of {n} ({pct})</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="132" />
            <source>semua lancar</source>
            <translation>all up to date</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="133" />
            <source>{n} anggota, {amount}</source>
            <translation>members: {n}, {amount}</translation>
        </message>
    </context>
    <context>
        <name>MentoringPrinting</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/dialogs.py" line="77" />
            <source>Daftar hadir {group}</source>
            <translation>Attendance list {group}</translation>
        </message>
    </context>
    <context>
        <name>MentoringTab</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="63" />
            <source>Kelompok</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="66" />
            <source>Dari</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="68" />
            <source>sampai</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="77" />
            <source>Anda masuk sebagai {role}: catatan pendampingan hanya dapat dilihat.</source>
            <translation>You are signed in as {role}: the mentoring log can only be viewed.</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="89" />
            <source>Catat pertemuan…</source>
            <translation>Record meeting…</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="92" />
            <source>Buka / ubah…</source>
            <translation>Open / edit…</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="95" />
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="131" />
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="169" />
            <source>Hapus</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="98" />
            <source>Cetak daftar hadir</source>
            <translation>Print attendance list</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="101" />
            <source>Daftar hadir &amp;&amp; notulen pertemuan terpilih</source>
            <translation>Attendance list &amp;&amp; minutes of the selected meeting</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="103" />
            <source>Daftar hadir kosong untuk pertemuan…</source>
            <translation>Blank attendance list for a meeting…</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="125" />
            <source>Catat kunjungan…</source>
            <translation>Record visit…</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="128" />
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="166" />
            <source>Ubah…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="142" />
            <source>Tindak lanjut pertemuan: ketua kelompok mengunjungi rumah anggota, terutama yang tidak hadir atau tertinggal angsurannya.</source>
            <translation>Meeting follow-up: the group leader visits members at home, above all those who were absent or are behind with their instalments.</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="154" />
            <source>Hanya yang belum selesai</source>
            <translation>Open ones only</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="157" />
            <source>Tambah…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="160" />
            <source>Tandai selesai…</source>
            <translation>Mark done…</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="163" />
            <source>Buka lagi</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="190" />
            <source>Buka…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="194" />
            <source>Pertemuan kelompok</source>
            <translation>Group meetings</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="195" />
            <source>Kunjungan rumah</source>
            <translation>Home visits</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="196" />
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="256" />
            <source>Tindak lanjut</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="219" />
            <source>Semua kelompok</source>
            <translation>All groups</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="221" />
            <source> (bubar)</source>
            <translation> (dissolved)</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="238" />
            <source>{from_} – {to}: {meetings} pertemuan dari {groups} kelompok, kehadiran {rate}; {visits} kunjungan rumah; tindak lanjut {done} selesai, {open} masih terbuka.</source>
            <translation>{from_} – {to}: {meetings} meetings of {groups} groups, attendance {rate}; {visits} home visits; follow-ups: {done} done, {open} still open.</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="253" />
            <source>{n} tindak lanjut: {open} belum selesai, {late} terlambat.</source>
            <translation>{n} follow-ups: {open} open, {late} overdue.</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="255" />
            <source>Tindak lanjut ({late} terlambat)</source>
            <translation>Follow-ups ({late} overdue)</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="337" />
            <source>Hapus pertemuan</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="338" />
            <source>Hapus catatan pertemuan {group} tanggal {date} beserta daftar hadirnya? Tindak lanjutnya tetap tersimpan.</source>
            <translation>Delete the record of the {group} meeting of {date} with its attendance? Its follow-ups are kept.</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="392" />
            <source>Hapus kunjungan</source>
            <translation>Delete visit</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="393" />
            <source>Hapus catatan kunjungan ke {name} tanggal {date}?</source>
            <translation>Delete the record of the visit to {name} on {date}?</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="424" />
            <source>Hapus tindak lanjut</source>
            <translation>Delete follow-up</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/tab.py" line="425" />
            <source>Hapus tindak lanjut “{text}”?</source>
            <translation>Delete the follow-up “{text}”?</translation>
        </message>
    </context>
    <context>
        <name>VisitTableModel</name>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="148" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="148" />
            <source>Anggota</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="148" />
            <source>Kelompok</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="148" />
            <source>Pengunjung</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="149" />
            <source>Tujuan</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../kamura_desktop/ui/mentoring/models.py" line="149" />
            <source>Hasil</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>CreditPage</name>
        <message>
            <location filename="../../kamura_desktop/ui/credit/page.py" line="56" />
            <source>Pendampingan</source>
            <translation>Mentoring</translation>
        </message>
    </context>
</TS>
