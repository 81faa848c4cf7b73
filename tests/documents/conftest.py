"""A small cooperative for the printout tests: profile and logo, users, one member with
pokok, wajib and sukarela movements (a deposit and a withdrawal with their kwitansi):
tests/documents/books.py builds it."""

from tests.helpers_books import prepared

from .books import NIK, member_book

__all__ = ["NIK", "book"]


@prepared
def book(db, actors):
    return member_book(db, actors)
