<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CollectionSheetTab</name>
    <message>
        <source>Cetak kwitansi (Ctrl+P)</source>
        <translation>Print receipts (Ctrl+P)</translation>
    </message>
    <message>
        <source>Kwitansi setiap setoran lembar ini dalam satu PDF, satu per halaman</source>
        <translation>The receipt of every payment on this sheet in one PDF, one per page</translation>
    </message>
    <message>
        <source>Cetak ulang kwitansi lembar ini (ditandai CETAK ULANG)</source>
        <translation>Reprint this sheet's receipts (marked CETAK ULANG (reprint))</translation>
    </message>
    <message>
        <source>Kwitansi dicetak setelah lembar penagihan dibukukan</source>
        <translation>Receipts are printed once the collection sheet is posted</translation>
    </message>
    <message>
        <source>Lembar ini dibukukan tanpa setoran; tidak ada kwitansi.</source>
        <translation>This sheet was posted without payments; there are no receipts.</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <source>Cetak ulang kwitansi</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Cetak lagi kwitansi angsuran {receipt}; kertasnya bertanda CETAK ULANG dan tercatat di log audit</source>
        <translation>Print the receipt of instalment {receipt} again; the paper is marked CETAK ULANG (reprint) and the audit log records it</translation>
    </message>
    <message>
        <source>Pilih angsuran di riwayat pembayaran untuk mencetak ulang kwitansinya.</source>
        <translation>Select a payment in the payment history to reprint its receipt.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Cetak bukti kas keluar (Ctrl+P)</source>
        <translation>Print cash payment voucher (Ctrl+P)</translation>
    </message>
    <message>
        <source>Keluar tercatat. Bukti kas keluar {receipt}: {amount} tunai kepada {name}; cetak dan minta tanda tangannya.</source>
        <translation>Leaving recorded. Cash payment voucher {receipt}: {amount} in cash to {name}; print it and have it signed.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>MemberDetailDialog</name>
    <message>
        <source>Cetak ulang kwitansi</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Kwitansi atau bukti kas keluar transaksi yang dipilih, bertanda CETAK ULANG (tercatat di log audit)</source>
        <translation>The receipt or cash payment voucher of the selected transaction, marked CETAK ULANG (reprint) (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Rol {width} mm</source>
        <translation>Roll {width} mm</translation>
    </message>
    <message>
        <source>Cetak ulang {numbers}</source>
        <translation>Reprint {numbers}</translation>
    </message>
    <message>
        <source>Kwitansi {numbers}</source>
        <translation>Receipts {numbers}</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <source>Cetak kwitansi (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cetak kwitansi angsuran yang baru disimpan, pada kertas yang dipilih di Pengaturan</source>
        <translation>Print the receipt of the instalment just saved, on the paper chosen in Settings</translation>
    </message>
</context>
<context>
    <name>ShuTab</name>
    <message>
        <source>Bukti kas keluar SHU</source>
        <translation>SHU cash vouchers</translation>
    </message>
    <message>
        <source>SHU {year} dibayarkan; {n} bukti kas keluar ({first} s.d. {last}) untuk anggota yang dibayar tunai: cetak dengan "Bukti kas keluar SHU".</source>
        <translation>SHU {year} paid; {n} cash payment vouchers ({first} to {last}) for the members paid in cash: print them with "SHU cash vouchers".</translation>
    </message>
    <message>
        <source>Bukti kas keluar setiap anggota yang menerima SHU tunai, satu per halaman, untuk ditandatangani</source>
        <translation>The cash payment voucher of every member paid SHU in cash, one per page, to be signed</translation>
    </message>
</context>
<context>
    <name>_CounterDialog</name>
    <message>
        <source>Cetak kwitansi (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Cetak kwitansi (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Cetak kwitansi (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
</context>
</TS>
