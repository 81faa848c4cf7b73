"""What the issue 21 guards cost (for information; no pass/fail targets):

- the output gate's check of a target (reads 16 bytes, a few stats);
- a 1 MB document written through the gate (temporary file, fsync, rename) against a plain
  write of the same bytes;
- masking the NIK of 20.000 members (a clerk's whole member list).
"""

from __future__ import annotations

from kamura_desktop.documents.outputs import check_target, writing
from kamura_desktop.domain.nik import mask_nik

DOC = b"%PDF-1.4\n" + b"x" * (1 << 20)


def test_check_target_of_an_existing_pdf(benchmark, tmp_path):
    target = tmp_path / "laporan.pdf"
    target.write_bytes(DOC)
    assert benchmark(check_target, target, "pdf") == target


def test_write_1mb_through_the_gate(benchmark, tmp_path):
    target = tmp_path / "laporan.pdf"

    def write() -> None:
        with writing(target, "pdf") as tmp:
            tmp.write_bytes(DOC)

    benchmark(write)
    assert target.read_bytes() == DOC


def test_write_1mb_plainly_for_comparison(benchmark, tmp_path):
    target = tmp_path / "laporan.pdf"
    benchmark(target.write_bytes, DOC)
    assert target.stat().st_size == len(DOC)


def test_mask_20000_niks(benchmark):
    """What list_members adds for a clerk's whole list: the rows are built with the masked NIK
    (one permission check per page, mask_nik per row)."""
    niks = [f"3217{i:012d}" for i in range(20_000)]
    masked = benchmark(lambda: [mask_nik(n) for n in niks])
    assert masked[1] == "3217••••••••0001"
